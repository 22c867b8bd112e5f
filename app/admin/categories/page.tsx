import { CategoryForm } from "@/components/admin/category-form";
import { TextFieldsForm } from "@/components/admin/text-fields-form";
import { requireCapability } from "@/lib/auth/guards";
import { intervalLabel } from "@/lib/categories/freshness";
import { listManagedCategories } from "@/lib/categories/queries";
import { createCategoryAction, setUpdateIntervalAction } from "./actions";

export const metadata = { title: "分类管理" };

export default async function CategoriesPage() {
  const actor = await requireCapability("units.manage");
  const { rows, units, allowSystemWide } = await listManagedCategories(actor);
  const topics = rows.filter((r) => r.kind === "TOPIC");
  const roots = topics.filter((t) => t.parentId === null);
  const genres = rows.filter((r) => r.kind === "GENRE");
  const suffix = (r: (typeof rows)[number]) => (r.unit ? `（${r.unit.name}）` : "");
  const uses = (r: (typeof rows)[number]) => r._count.topicRevisions + r._count.genreRevisions;
  const interval = (r: (typeof rows)[number]) =>
    r.updateIntervalDays ? <span className="ml-1 rounded bg-sky-100 px-1 text-sm text-sky-900">{intervalLabel(r.updateIntervalDays)}更新</span> : null;
  // A column's interval is set by whoever may manage it: system administrators for system-wide ones.
  const editable = roots.flatMap((r) => [r, ...topics.filter((t) => t.parentId === r.id)]).filter((t) => allowSystemWide || t.unit);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">分类管理</h1>
      <section aria-labelledby="new-category" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="new-category" className="text-lg font-semibold">
          新增分类
        </h2>
        <CategoryForm
          action={createCategoryAction}
          parents={roots.map((r) => ({ id: r.id, label: `${r.name}${suffix(r)}` }))}
          units={units.map((u) => ({ id: u.id, label: u.name }))}
          allowSystemWide={allowSystemWide}
        />
      </section>
      {editable.length > 0 && (
        <section aria-labelledby="intervals" className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <h2 id="intervals" className="text-lg font-semibold">
            栏目更新周期
          </h2>
          <p className="text-sm text-slate-700">
            设置后，各单位超过周期未在该栏目（含下级分类）发布信息的，会列在工作台的“栏目更新提醒”中。空白栏目和长期不更新的栏目是网站检查中最常见的扣分项。
          </p>
          <TextFieldsForm
            action={setUpdateIntervalAction}
            initial={{}}
            submitLabel="保存更新周期"
            fields={[
              {
                name: "categoryId",
                label: "栏目（主题分类）",
                required: true,
                options: Object.fromEntries(editable.map((t) => [String(t.id), `${t.parentId ? "　" : ""}${t.name}${suffix(t)}`])),
              },
              { name: "days", label: "更新周期（天）", type: "number", hint: "如 7 为每周、30 为每月、365 为每年；留空表示不作要求" },
            ]}
          />
        </section>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="topics" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="topics" className="mb-2 text-lg font-semibold">
            主题分类
          </h2>
          <ul className="space-y-1">
            {roots.map((root) => (
              <li key={root.id}>
                {root.name}
                {suffix(root)} <span className="text-sm text-slate-500">{uses(root)} 条</span>
                {interval(root)}
                <ul className="ml-6 list-disc">
                  {topics
                    .filter((t) => t.parentId === root.id)
                    .map((t) => (
                      <li key={t.id}>
                        {t.name}
                        {suffix(t)} <span className="text-sm text-slate-500">{uses(t)} 条</span>
                        {interval(t)}
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="genres" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="genres" className="mb-2 text-lg font-semibold">
            体裁
          </h2>
          <ul className="flex flex-wrap gap-2">
            {genres.map((g) => (
              <li key={g.id} className="rounded bg-slate-100 px-2 py-1">
                {g.name}
                {suffix(g)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
