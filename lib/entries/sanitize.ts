import sanitizeHtml from "sanitize-html";

/**
 * The rich-text subset an entry body may contain: headings, paragraphs, lists, tables, emphasis and
 * links. No scripts, styles, event handlers, iframes or images from elsewhere; links only to http(s),
 * mailto or site-relative paths. Applied on save and again on render.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "p",
    "br",
    "hr",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "blockquote",
    "ul",
    "ol",
    "li",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "a",
    "span",
    "div",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], th: ["colspan", "rowspan", "scope"], td: ["colspan", "rowspan"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Links that leave the site open in place, never with window.opener.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(/^\s*https?:/i.test(attribs.href ?? "") ? { rel: "noopener noreferrer" } : {}) } }),
    h1: "h2",
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of a body, for search snippets and length checks. */
export function bodyText(html: string): string {
  // Block ends become spaces so paragraphs do not run together; sanitize-html escapes the text it keeps.
  const spaced = html.replace(/<\/(p|h[1-6]|li|div|tr|td|th|blockquote|caption)>|<br\s*\/?>/gi, "$& ");
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Clerks often paste plain text (from Word or a chat window) into the body. Text without any tag is
 * turned into paragraphs, one per line; text with markup is left to the sanitiser as it is.
 */
export function plainTextToHtml(input: string): string {
  if (/<[a-z!/][^>]*>/i.test(input)) return input;
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
}
