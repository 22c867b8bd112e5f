"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">出错了</h1>
      <p>系统处理您的请求时发生错误，您填写的内容未被保存。请稍后重试；如果问题持续出现，请把下面的错误编号告诉管理员。</p>
      {error.digest && <p className="font-mono text-sm">错误编号：{error.digest}</p>}
      <button type="button" onClick={reset} className="bg-brand-700 rounded-md px-4 py-2 text-white">
        重试
      </button>
    </main>
  );
}
