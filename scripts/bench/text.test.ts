import { describe, expect, it } from "vitest";
import { bodyText, sanitizeBody } from "@/lib/entries/sanitize";
import { DEFAULT_GENRES, DEFAULT_TOPICS } from "@/prisma/seed/categories";
import { BENCH_GENRES, BENCH_TERMS, BENCH_TOPICS, EntryGenerator, FIRST_DAY, LAST_DAY, RARE_RATE } from "./text";
import { BENCH_UNITS } from "./world";

const N = 4000;
const generator = new EntryGenerator(7, N);
const entries = Array.from({ length: N }, (_, i) => generator.entry(i));
const share = (word: string) => entries.filter((e) => `${e.title}${bodyText(e.bodyHtml)}`.includes(word)).length / N;

describe("EntryGenerator", () => {
  it("is deterministic per seed and entry, whatever was generated before", () => {
    expect(new EntryGenerator(7, N).entry(1234)).toEqual(entries[1234]);
    expect(new EntryGenerator(8, N).entry(1234)).not.toEqual(entries[1234]);
  });

  it("dates entries from first to last day, newer with higher index, denser in recent years", () => {
    const times = entries.map((e) => e.publishedAt.getTime());
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]! - 86_400_000)).toBe(true);
    expect(entries[0]!.publishedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(`${FIRST_DAY}T00:00:00+08:00`));
    expect(entries.at(-1)!.publishedAt.getTime()).toBeLessThanOrEqual(Date.parse(`${LAST_DAY}T18:00:00+08:00`));
    const perYear = (year: number) => entries.filter((e) => e.publishedAt.getUTCFullYear() === year).length;
    expect(perYear(2025)).toBeGreaterThan(perYear(2016) * 2);
    for (const e of entries) {
      expect(e.generatedOn < e.publishedAt.toISOString().slice(0, 10) || e.generatedOn === e.publishedAt.toISOString().slice(0, 10)).toBe(true);
      if (e.writtenOn) expect(e.writtenOn <= e.generatedOn).toBe(true);
    }
  });

  it("makes the common word common, the phrase less so, and the rare word rare", () => {
    expect(share(BENCH_TERMS.common)).toBeGreaterThan(0.15);
    expect(share(BENCH_TERMS.common)).toBeLessThan(0.45);
    expect(share(BENCH_TERMS.phrase)).toBeGreaterThan(0.05);
    expect(share(BENCH_TERMS.phrase)).toBeLessThan(share(BENCH_TERMS.common));
    expect(share(BENCH_TERMS.rare)).toBeLessThan(RARE_RATE * 10);
  });

  it("spreads entries over the units, more to the busy departments", () => {
    const perUnit = new Map<number, number>();
    for (const e of entries) perUnit.set(e.unit, (perUnit.get(e.unit) ?? 0) + 1);
    expect(perUnit.size).toBeGreaterThan(100);
    const finance = BENCH_UNITS.findIndex((u) => u.shortName === "区财政局");
    const school = BENCH_UNITS.findIndex((u) => u.kind === "INSTITUTION" && u.parentKey?.startsWith("town"));
    expect(perUnit.get(finance)!).toBeGreaterThan((perUnit.get(school) ?? 0) * 5);
  });

  it("writes bodies the sanitiser leaves alone, with no unfilled slots", () => {
    for (const e of entries.slice(0, 500)) {
      expect(sanitizeBody(e.bodyHtml)).toBe(e.bodyHtml);
      expect(`${e.title}${e.bodyHtml}${e.documentNo ?? ""}`).not.toMatch(/[{}]|undefined|NaN/);
      expect(e.title.length).toBeGreaterThan(4);
      expect(e.keywords.length).toBeGreaterThan(0);
    }
  });
});

describe("vocabulary", () => {
  it("uses only the default categories", () => {
    const topics = new Set(DEFAULT_TOPICS.flatMap(([parent, children]) => [parent, ...children.map((c) => `${parent}\\${c}`)]));
    for (const topic of BENCH_TOPICS) expect(topics.has(topic), topic).toBe(true);
    for (const genre of BENCH_GENRES) expect(DEFAULT_GENRES, genre).toContain(genre);
  });

  it("has more than 100 units, each parent before its children, with unique names", () => {
    expect(BENCH_UNITS.length).toBeGreaterThan(100);
    const seen = new Set<string>();
    for (const unit of BENCH_UNITS) {
      if (unit.parentKey) expect(seen.has(unit.parentKey), unit.key).toBe(true);
      seen.add(unit.key);
    }
    expect(new Set(BENCH_UNITS.map((u) => u.name)).size).toBe(BENCH_UNITS.length);
  });
});
