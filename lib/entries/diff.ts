import { diffChars } from "diff";
import { ARTICLE_20_ITEMS, ATTRIBUTE_LABELS, VALIDITY_LABELS, type EntryContent } from "./model";
import { bodyText } from "./sanitize";

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

type Names = { topic: (id: number) => string; genre: (id: number) => string; attachment?: (sha256: string) => string };

const FIELDS: [string, (c: EntryContent, n: Names) => string][] = [
  ["标题", (c) => c.title],
  ["文号", (c) => c.documentNo ?? ""],
  ["生成日期", (c) => c.generatedOn],
  ["成文日期", (c) => c.writtenOn ?? ""],
  ["主题分类", (c, n) => n.topic(c.topicId)],
  ["体裁", (c, n) => n.genre(c.genreId)],
  ["关键词", (c) => c.keywords.join("、")],
  ["有效性", (c) => VALIDITY_LABELS[c.validity]],
  ["公开属性", (c) => ATTRIBUTE_LABELS[c.attribute]],
  ["公开方式", (c) => c.methods.join("、")],
  ["公开范围", (c) => c.scope],
  ["条例第二十条", (c) => (c.article20Item ? (ARTICLE_20_ITEMS[c.article20Item] ?? c.article20Item) : "")],
  ["内容概述", (c) => c.summary],
  ["附件", (c, n) => c.attachmentHashes.map((h) => n.attachment?.(h) ?? h.slice(0, 12)).join("、")],
];

/**
 * What changed between two revisions, for reviewers: each changed metadata field with its old and
 * new value, and the body as plain text with insertions and deletions marked (character level,
 * which suits Chinese text without word boundaries). `body` is null when the body is unchanged.
 */
export function diffContent(before: EntryContent, after: EntryContent, names: Names): { fields: FieldChange[]; body: TextPart[] | null } {
  const fields = FIELDS.map(([label, read]) => ({ label, before: read(before, names), after: read(after, names) })).filter((f) => f.before !== f.after);
  const oldText = bodyText(before.bodyHtml);
  const newText = bodyText(after.bodyHtml);
  const body =
    oldText === newText ? null : diffChars(oldText, newText).map((part) => ({ value: part.value, added: Boolean(part.added), removed: Boolean(part.removed) }));
  return { fields, body };
}
