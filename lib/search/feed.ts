/** RSS 2.0 and Atom 1.0 for the catalogue (newest first). Pure, so they can be tested as text. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  publishedAt: Date;
  guid: string;
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

export interface Feed {
  title: string;
  /** The web page the feed belongs to. */
  link: string;
  /** The feed's own address (Atom's id and rel="self"). */
  self: string;
  description: string;
  items: FeedItem[];
}

export function renderRss({ title, link, description, items }: Feed): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="false">${escapeXml(item.guid)}</guid><pubDate>${item.publishedAt.toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title><link>${escapeXml(link)}</link><description>${escapeXml(description)}</description><language>zh-cn</language>${entries}</channel></rss>`;
}

/** Atom 1.0; entry ids are the entries' permanent page addresses. */
export function renderAtom({ title, link, self, description, items }: Feed): string {
  const updated = (items[0]?.publishedAt ?? new Date(0)).toISOString();
  const entries = items
    .map(
      (item) =>
        `<entry><title>${escapeXml(item.title)}</title><link href="${escapeXml(item.link)}"/><id>${escapeXml(item.link)}</id><published>${item.publishedAt.toISOString()}</published><updated>${item.publishedAt.toISOString()}</updated><summary>${escapeXml(item.description)}</summary></entry>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title>${escapeXml(title)}</title><subtitle>${escapeXml(description)}</subtitle><link href="${escapeXml(link)}"/><link rel="self" href="${escapeXml(self)}"/><id>${escapeXml(self)}</id><updated>${updated}</updated>${entries}</feed>`;
}
