import { normalize } from "./tokenize";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * About `width` characters of `text` around the first matched phrase (or from the start), split into
 * parts with the phrases marked, for <mark> in the result list. Matching is on normalised text, so
 * "ＰＰＰ" in the query marks "ppp".
 */
export function snippetParts(text: string, phrases: string[], width = 80): SnippetPart[] {
  const flat = normalize(text.replace(/\s+/g, " "));
  const wanted = phrases.map(normalize).filter(Boolean);
  const first =
    wanted
      .map((p) => flat.indexOf(p))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, first - Math.floor(width / 4));
  const window = flat.slice(start, start + width);
  const parts: SnippetPart[] = [];
  let i = 0;
  while (i < window.length) {
    const next = wanted
      .map((p) => ({ p, at: window.indexOf(p, i) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at || b.p.length - a.p.length)[0];
    if (!next) {
      parts.push({ text: window.slice(i), hit: false });
      break;
    }
    if (next.at > i) parts.push({ text: window.slice(i, next.at), hit: false });
    parts.push({ text: next.p, hit: true });
    i = next.at + next.p.length;
  }
  if (start > 0) parts.unshift({ text: "…", hit: false });
  if (start + width < flat.length) parts.push({ text: "…", hit: false });
  return parts;
}
