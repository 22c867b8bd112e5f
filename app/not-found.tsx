import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">页面不存在（404）</h1>
      <p>您访问的页面不存在，或已被移除。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </main>
  );
}
