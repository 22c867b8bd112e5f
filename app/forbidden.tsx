import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
      <h1 className="text-2xl font-bold">无权访问（403）</h1>
      <p>您的账号没有访问此页面所需的角色。如需开通，请联系本单位的单位管理员。</p>
      <p>
        <Link href="/admin">返回工作台</Link>
      </p>
    </main>
  );
}
