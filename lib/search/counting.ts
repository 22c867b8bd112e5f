/**
 * Counting the matches of a common word without reading all of them.
 *
 * Counting is the part of a search whose cost grows with the number of matches: 预算 is in 28% of a
 * catalogue, and counting 280,000 rows takes seconds on the embedded database. Every search row
 * carries nested sample keys (r:4, r:16, r:64, r:256: one row in 4, 16, 64, 256, chosen by a hash
 * of its id; migration search_facet_keys). A search first counts its matches among the r:256 rows.
 * When that predicts fewer than `exactLimit` matches it counts them all; otherwise it counts the
 * matches in the sparsest sample that still holds `sampleMin` of them, and multiplies by the
 * sample's size. The sample is fixed, so a search shows the same estimate each time, and narrowing
 * it (a facet, a longer word) soon brings it under the limit, where every number is exact again.
 * A phrase the tokens cannot prove is counted by its candidates (rows with all its bigrams), scaled
 * by the share of CONFIRM_CHECKS of them whose text contains it.
 */

/** Sample sizes, sparsest first: a row with key r:N is one of every N rows. */
export const SAMPLE_LEVELS = [256, 64, 16, 4] as const;

/** The sample the first count uses. */
export const PROBE_LEVEL = SAMPLE_LEVELS[0];

export interface SamplingLimits {
  /** Searches predicted to match fewer rows than this are counted exactly. */
  exactLimit: number;
  /** The fewest matches a sample must hold to stand for the whole (1,000: about ±3% on the total). */
  sampleMin: number;
}

export const DEFAULT_SAMPLING: SamplingLimits = { exactLimit: 8_000, sampleMin: 1_000 };

/**
 * How to count a search whose r:256 sample held `probeCount` matches: 1 for an exact count, else
 * the sample level N whose r:N rows to count.
 */
export function samplingLevel(probeCount: number, limits: SamplingLimits = DEFAULT_SAMPLING): number {
  const predicted = probeCount * PROBE_LEVEL;
  if (predicted < limits.exactLimit) return 1;
  return SAMPLE_LEVELS.find((level) => predicted / level >= limits.sampleMin) ?? 1;
}

export interface FacetCount<K> {
  key: K;
  count: number;
}

export interface Facets {
  units: FacetCount<number>[];
  topics: FacetCount<number>[];
  genres: FacetCount<number>[];
  years: FacetCount<number>[];
  validity: FacetCount<string>[];
}

/** The unit and category ids whose names a results page shows: those of its facets and of the filters chosen. */
export function facetLabelIds(facets: Facets, chosen: { unitId?: number; topicId?: number; genreId?: number }): [number[], number[]] {
  const units = new Set(facets.units.map((f) => f.key));
  const categories = new Set([...facets.topics, ...facets.genres].map((f) => f.key));
  if (chosen.unitId) units.add(chosen.unitId);
  for (const id of [chosen.topicId, chosen.genreId]) if (id) categories.add(id);
  return [[...units], [...categories]];
}

export interface Counts {
  total: number;
  facets: Facets;
  /** Whether the numbers are estimates from a sample (shown as “约”). */
  estimated: boolean;
}

/**
 * Counts from a sample of one row in `level`, scaled to the whole. `confirmed` is the share of the
 * sample's candidates that really contain the phrase (see confirmedShare); facet counts that scale
 * to nothing are left out.
 */
export function scaleCounts(counts: Omit<Counts, "estimated">, level: number, confirmed = 1): Counts {
  if (level === 1 && confirmed === 1) return { ...counts, estimated: false };
  const factor = level * confirmed;
  const scale = <K>(list: FacetCount<K>[]) => list.map((f) => ({ key: f.key, count: Math.round(f.count * factor) })).filter((f) => f.count > 0);
  const { units, topics, genres, years, validity } = counts.facets;
  return {
    total: Math.round(counts.total * factor),
    facets: { units: scale(units), topics: scale(topics), genres: scale(genres), years: scale(years), validity: scale(validity) },
    estimated: true,
  };
}

/**
 * How many of a sample's candidates the text check reads to estimate the share that really contain
 * a phrase the tokens cannot prove (政府采购: its bigrams 政府, 府采 and 采购 can stand apart). 200
 * checks put a share of 95% within about ±3%; reading the text of every candidate in the sample was
 * the most expensive part of counting a common phrase.
 */
export const CONFIRM_CHECKS = 200;

/** The share of checked candidates that contain the phrase; 1 when none were checked. */
export function confirmedShare(checked: number, confirmed: number): number {
  return checked === 0 ? 1 : confirmed / checked;
}

/** Facet order: largest count first, then by key, so that ties do not depend on how rows were counted. */
export const byCount = <K extends number | string>(a: FacetCount<K>, b: FacetCount<K>) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Counts from FacetCount rows ("u:3" → 12, "*" → total). Keys of other kinds are ignored, so adding
 * a kind of key in the database cannot break a page.
 */
export function countsFromKeys(rows: { key: string; n: number }[]): Counts {
  const facets: Facets = { units: [], topics: [], genres: [], years: [], validity: [] };
  let total = 0;
  for (const { key, n } of rows) {
    if (n <= 0) continue;
    if (key === "*") {
      total = n;
      continue;
    }
    const [kind, value = ""] = key.split(":", 2);
    const id = Number(value);
    if (kind === "u") facets.units.push({ key: id, count: n });
    else if (kind === "t") facets.topics.push({ key: id, count: n });
    else if (kind === "g") facets.genres.push({ key: id, count: n });
    else if (kind === "y") facets.years.push({ key: id, count: n });
    else if (kind === "v") facets.validity.push({ key: value, count: n });
  }
  for (const list of Object.values(facets) as FacetCount<number | string>[][]) list.sort(byCount);
  return { total, facets, estimated: false };
}

export interface FacetFilters {
  unitId?: number;
  genreId?: number;
  year?: number;
  validity?: string;
}

/** The facet keys every match must carry (the topic, which includes subtopics, is separate). */
export function filterKeys(filters: FacetFilters): string[] {
  return [
    filters.unitId ? `u:${filters.unitId}` : null,
    filters.genreId ? `g:${filters.genreId}` : null,
    filters.year ? `y:${filters.year}` : null,
    filters.validity ? `v:${filters.validity}` : null,
  ].filter((k): k is string => k !== null);
}

/**
 * The facet keys a match must carry in the GIN index: filterKeys, with a unit and a year together as
 * their one combined key (uy:, migration search_unit_year_key), whose posting list is the rows of
 * both and so much shorter than either's. FacetCount has no such key: it is scoped by filterKeys.
 */
export function indexKeys(filters: FacetFilters): string[] {
  const { unitId, year, ...rest } = filters;
  if (!unitId || !year) return filterKeys(filters);
  return [`uy:${unitId}:${year}`, ...filterKeys(rest)];
}

/** Keys of a topic and its subtopics: a match carries one of them. */
export const topicKeys = (topicIds: number[]) => topicIds.map((id) => `t:${id}`);
