/**
 * Turns generated entries into the rows the application itself would have written for a published
 * entry: Entry, its PUBLISHED revision with the service's content hash, the approval that binds to that
 * hash (so the public page shows the entry as intact), and the SearchDocument built by the same code
 * as the publishing transaction (lib/search/index-document.ts). Pure.
 */
import { chinaYear, contentHash, formatIndexNo, type EntryContent } from "@/lib/entries/model";
import { searchDocumentData } from "@/lib/search/index-document";
import type { GeneratedEntry } from "./text";

/** Ids of what generate.ts inserted before the entries. */
export interface WorldIds {
  /** Per BENCH_UNITS index: database id and 统一社会信用代码. */
  units: { id: number; code: string }[];
  /** 主题分类 path (parent\child) → id. */
  topics: Record<string, number>;
  /** 体裁 name → id. */
  genres: Record<string, number>;
}

export interface BenchRow {
  id: number;
  unitId: number;
  indexNo: string;
  topicId: number;
  genreId: number;
  title: string;
  summary: string;
  documentNo: string | null;
  generatedOn: string;
  writtenOn: string | null;
  keywords: string[];
  validity: GeneratedEntry["validity"];
  article20Item: string | null;
  bodyHtml: string;
  contentHash: string;
  /** Timestamps as PostgreSQL `timestamp(3)` text in UTC, the way Prisma stores DateTime. */
  createdAt: string;
  submittedAt: string;
  approvedAt: string;
  publishedAt: string;
  year: number;
  searchTitle: string;
  searchText: string;
  titleTokens: string[];
  tokens: string[];
}

const HOUR = 3_600_000;
const sqlTimestamp = (ms: number) => new Date(ms).toISOString().replace("T", " ").replace("Z", "");

/**
 * Allocates 索引号 serials per unit and year in the order entries come, like IndexSequence does at
 * publication. Keep one instance for a whole run.
 */
export class SerialCounter {
  private readonly last = new Map<string, number>();
  next(unitId: number, year: number): number {
    const key = `${unitId}:${year}`;
    const serial = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, serial);
    return serial;
  }
}

export function buildRow(id: number, entry: GeneratedEntry, world: WorldIds, serials: SerialCounter): BenchRow {
  const unit = world.units[entry.unit];
  const topicId = world.topics[entry.topic];
  const genreId = world.genres[entry.genre];
  if (!unit || topicId === undefined || genreId === undefined)
    throw new Error(`Unknown unit, topic or genre in generated entry ${id}: ${entry.unit}, ${entry.topic}, ${entry.genre}`);
  const content: EntryContent = {
    title: entry.title,
    summary: entry.summary,
    documentNo: entry.documentNo,
    generatedOn: entry.generatedOn,
    writtenOn: entry.writtenOn,
    unitId: unit.id,
    topicId,
    genreId,
    keywords: entry.keywords,
    validity: entry.validity,
    attribute: "PROACTIVE",
    methods: ["政府网站"],
    scope: "面向社会",
    article20Item: entry.article20Item,
    bodyHtml: entry.bodyHtml,
    attachmentHashes: [],
  };
  const published = entry.publishedAt.getTime();
  const year = chinaYear(entry.publishedAt);
  const indexNo = formatIndexNo(unit.code, year, serials.next(unit.id, year));
  const indexed = searchDocumentData({ unitId: unit.id, indexNo, firstPublishedAt: entry.publishedAt, withdrawnAt: null }, { ...content, topicId, genreId });
  return {
    id,
    unitId: unit.id,
    indexNo,
    topicId,
    genreId,
    title: entry.title,
    summary: entry.summary,
    documentNo: entry.documentNo,
    generatedOn: entry.generatedOn,
    writtenOn: entry.writtenOn,
    keywords: entry.keywords,
    validity: entry.validity,
    article20Item: entry.article20Item,
    bodyHtml: entry.bodyHtml,
    contentHash: contentHash(content),
    createdAt: sqlTimestamp(published - 72 * HOUR),
    submittedAt: sqlTimestamp(published - 48 * HOUR),
    approvedAt: sqlTimestamp(published - 2 * HOUR),
    publishedAt: sqlTimestamp(published),
    year: indexed.year,
    searchTitle: indexed.title,
    searchText: indexed.text,
    titleTokens: indexed.titleTokens,
    tokens: indexed.tokens,
  };
}
