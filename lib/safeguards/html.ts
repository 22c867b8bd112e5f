import { scanText } from "./detectors";
import { maskedValue } from "./mask";
import { type Finding, type ScanOptions } from "./model";

/*
 * Entry bodies are HTML (sanitised by lib/entries/sanitize.ts). They are scanned as the text a reader
 * sees, and masking edits that text inside the HTML, so a number split by markup (138<b>0013</b>8000)
 * is found and masked too. Block elements end a line (so a mark alone in a paragraph is a header
 * mark), table cells are separated by a tab, and entities are decoded. Attribute values are not
 * scanned, but masking also replaces the matched value in them (a mailto: link behind an address).
 */

/** The text of an HTML body and, for each UTF-16 unit of it, the HTML range it came from. */
export type HtmlText = { text: string; htmlStart: number[]; htmlEnd: number[] };

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][A-Za-z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>?|<![^>]*>?/g;
const LINE_TAGS = new Set([
  "p",
  "div",
  "br",
  "hr",
  "li",
  "ul",
  "ol",
  "tr",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "caption",
  "blockquote",
  "section",
  "article",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const CELL_TAGS = new Set(["td", "th"]);
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "template"]);
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));/y;

function decodeEntity(html: string, at: number): { value: string; length: number } | null {
  ENTITY.lastIndex = at;
  const match = ENTITY.exec(html);
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    const value = NAMED_ENTITIES[name.toLowerCase()];
    return value === undefined ? null : { value, length: whole.length };
  }
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? "", 16);
  return code > 0 && code <= 0x10ffff ? { value: String.fromCodePoint(code), length: whole.length } : null;
}

/** The text content of `html` with its position map (see the comment at the top of this file). */
export function htmlToText(html: string): HtmlText {
  const chars: string[] = [];
  const htmlStart: number[] = [];
  const htmlEnd: number[] = [];
  const push = (value: string, from: number, to: number) => {
    for (const unit of value.split("")) {
      chars.push(unit);
      htmlStart.push(from);
      htmlEnd.push(to);
    }
  };
  const pushText = (from: number, to: number) => {
    for (let i = from; i < to;) {
      const entity = html.charAt(i) === "&" ? decodeEntity(html, i) : null;
      const length = entity ? entity.length : 1;
      push(entity ? entity.value : html.charAt(i), i, i + length);
      i += length;
    }
  };
  const separate = (separator: string, at: number) => {
    const last = chars[chars.length - 1];
    if (last === "\t" && separator === "\n") chars[chars.length - 1] = "\n";
    else if (last !== undefined && last !== "\n" && last !== separator) push(separator, at, at);
  };

  let position = 0;
  for (const token of html.matchAll(TOKEN)) {
    if (token.index < position) continue;
    pushText(position, token.index);
    position = token.index + token[0].length;
    const tag = token[1]?.toLowerCase();
    if (!tag) continue;
    if (LINE_TAGS.has(tag)) separate("\n", token.index);
    else if (CELL_TAGS.has(tag)) separate("\t", token.index);
    if (RAW_TEXT_TAGS.has(tag) && !token[0].startsWith("</")) {
      const close = html.toLowerCase().indexOf(`</${tag}`, position);
      position = close < 0 ? html.length : close;
    }
  }
  pushText(position, html.length);
  return { text: chars.join(""), htmlStart, htmlEnd };
}

/** scanText over the text of an HTML body; offsets are into the returned `text`. */
export function scanHtml(html: string, options: ScanOptions = {}): { text: string; findings: Finding[] } {
  const { text } = htmlToText(html);
  return { text, findings: scanText(text, options) };
}

type Edit = { from: number; to: number; insert: string };

const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, "&quot;");

/** The HTML edits that turn the finding's text into `masked`. */
function textEdits(source: HtmlText, finding: Finding, masked: string): Edit[] {
  const { text, htmlStart, htmlEnd } = source;
  const edits: Edit[] = [];
  if (masked.length === finding.end - finding.start) {
    // Same length: replace only the units that change, so entities and markup around the rest stay.
    for (let i = finding.start; i < finding.end; i++) {
      const unit = masked.charAt(i - finding.start);
      if (unit !== text.charAt(i)) edits.push({ from: htmlStart[i] ?? 0, to: htmlEnd[i] ?? 0, insert: escapeText(unit) });
    }
    return edits;
  }
  // Otherwise the first contiguous run of HTML text takes the whole masked value and later runs are emptied.
  let runStart = finding.start;
  for (let i = finding.start + 1; i <= finding.end; i++) {
    if (i < finding.end && htmlStart[i] === htmlEnd[i - 1]) continue;
    edits.push({ from: htmlStart[runStart] ?? 0, to: htmlEnd[i - 1] ?? 0, insert: runStart === finding.start ? escapeText(masked) : "" });
    runStart = i;
  }
  return edits;
}

const TAG = /<[A-Za-z][A-Za-z0-9]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ATTRIBUTE_VALUE = /(=\s*)("[^"]*"|'[^']*')/g;

function maskAttributes(html: string, replacements: [string, string][]): string {
  if (replacements.length === 0) return html;
  return html.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE_VALUE, (_whole, equals: string, quoted: string) => {
      let value = quoted;
      for (const [match, masked] of replacements)
        value = value.split(escapeAttribute(match)).join(escapeAttribute(masked)).split(match).join(escapeAttribute(masked));
      return equals + value;
    }),
  );
}

/**
 * `html` with every maskable finding (from scanHtml of this same html) masked in the text, and its
 * value also masked inside attribute values. Throws when a finding no longer matches the text.
 */
export function maskAllInHtml(html: string, findings: Finding[]): string {
  const source = htmlToText(html);
  const edits: Edit[] = [];
  const replacements: [string, string][] = [];
  for (const finding of findings) {
    if (source.text.slice(finding.start, finding.end) !== finding.match)
      throw new Error(`Stale finding: text at ${finding.start}–${finding.end} is not "${finding.match}"`);
    const masked = maskedValue(finding);
    if (masked === null) continue;
    edits.push(...textEdits(source, finding, masked));
    replacements.push([finding.match, masked]);
  }
  let result = html;
  let limit = Infinity;
  for (const edit of edits.sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (edit.to > limit) continue;
    result = result.slice(0, edit.from) + edit.insert + result.slice(edit.to);
    limit = edit.from;
  }
  return maskAttributes(result, replacements);
}

/** `html` with one finding masked; see maskAllInHtml. */
export function maskInHtml(html: string, finding: Finding): string {
  return maskAllInHtml(html, [finding]);
}
