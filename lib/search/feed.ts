/** Minimal RSS 2.0 for the catalogue (one channel, newest first). Pure, so it can be tested as text. */
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

export function renderRss({ title, link, description, items }: { title: string; link: string; description: string; items: FeedItem[] }): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link><guid isPermaLink="false">${escapeXml(item.guid)}</guid><pubDate>${item.publishedAt.toUTCString()}</pubDate><description>${escapeXml(item.description)}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title><link>${escapeXml(link)}</link><description>${escapeXml(description)}</description><language>zh-cn</language>${entries}</channel></rss>`;
}
