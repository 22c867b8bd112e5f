import { CategoryForm } from "@/components/admin/category-form";
import { requireCapability } from "@/lib/auth/guards";
import { listManagedCategories } from "@/lib/categories/queries";
import { createCategoryAction } from "./actions";

export const metadata = { title: "分类管理" };

export default async function CategoriesPage() {
  const actor = await requireCapability("units.manage");
  const { rows, units, allowSystemWide } = await listManagedCategories(actor);
  const topics = rows.filter((r) => r.kind === "TOPIC");
  const roots = topics.filter((t) => t.parentId === null);
  const genres = rows.filter((r) => r.kind === "GENRE");
  const suffix = (r: (typeof rows)[number]) => (r.unit ? `（${r.unit.name}）` : "");
  const uses = (r: (typeof rows)[number]) => r._count.topicRevisions + r._count.genreRevisions;
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
                <ul className="ml-6 list-disc">
                  {topics
                    .filter((t) => t.parentId === root.id)
                    .map((t) => (
                      <li key={t.id}>
                        {t.name}
                        {suffix(t)} <span className="text-sm text-slate-500">{uses(t)} 条</span>
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
