import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/env";
import { listSitemapEntries } from "@/lib/search/queries";

export const dynamic = "force-dynamic";

/** Home, search and every public entry (a sitemap holds at most 50,000 URLs). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = publicOrigin(await headers());
  const entries = await listSitemapEntries(49_998);
  return [
    { url: `${origin}/`, changeFrequency: "daily" },
    { url: `${origin}/search`, changeFrequency: "daily" },
    ...entries.map((e) => ({ url: `${origin}/entries/${e.entryId}`, lastModified: e.updatedAt })),
  ];
}
