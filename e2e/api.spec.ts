import { expect, test } from "@playwright/test";

type Schema = { required?: string[]; properties?: Record<string, unknown> };

/** Checks that an object has exactly the documented properties, all required ones present. */
function conforms(value: Record<string, unknown>, schema: Schema) {
  expect(Object.keys(value).sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
  for (const key of schema.required ?? []) expect(value).toHaveProperty(key);
}

test("api: the list and single-entry endpoints return what openapi.json documents", async ({ request }) => {
  const spec = (await (await request.get("/openapi.json")).json()) as { components: { schemas: Record<string, Schema> } };
  const list = (await (await request.get("/api/v1/entries?q=%E9%A2%84%E7%AE%97")).json()) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  conforms(list, spec.components.schemas.EntryList!);
  expect(list.items.length).toBeGreaterThan(0);
  for (const item of list.items) conforms(item, spec.components.schemas.EntrySummary!);

  const first = list.items[0]!;
  const one = await request.get(`/api/v1/entries/${String(first.id)}`);
  expect(one.status()).toBe(200);
  const entry = (await one.json()) as Record<string, unknown>;
  conforms(entry, spec.components.schemas.Entry!);
  expect(entry.title).toBe(first.title);

  const missing = await request.get("/api/v1/entries/999999");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: "not_found" });
});

test("api: sitemap.xml lists public entries", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain("<urlset");
  expect((xml.match(/\/entries\/\d+<\/loc>/g) ?? []).length).toBeGreaterThan(100);
});
