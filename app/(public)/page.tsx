import { listPublicUnits } from "@/lib/units/public-queries";
import { UNIT_KIND_LABELS } from "@/lib/units/model";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const units = await listPublicUnits();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">政府信息公开</h1>
        <p className="text-lg leading-relaxed">根据《中华人民共和国政府信息公开条例》，本平台集中发布本区各单位主动公开的政府信息，并受理政府信息公开申请。</p>
      </section>
      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-2xl font-bold">
          公开单位
        </h2>
        {units.length === 0 ? (
          <p>暂无公开单位。</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {units.map(({ item, depth }) => (
              <li key={item.id} style={{ paddingInlineStart: `${depth * 1.25}rem` }} className="rounded bg-white px-3 py-2 shadow-sm">
                {item.name} <span className="text-sm text-slate-600">（{UNIT_KIND_LABELS[item.kind]}）</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
