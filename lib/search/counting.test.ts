import { describe, expect, it } from "vitest";
import { confirmedShare, countsFromKeys, DEFAULT_SAMPLING, facetLabelIds, filterKeys, indexKeys, samplingLevel, scaleCounts, topicKeys } from "./counting";

describe("samplingLevel", () => {
  it("counts exactly when the r:256 sample predicts fewer matches than the limit", () => {
    expect(samplingLevel(0)).toBe(1);
    expect(samplingLevel(31)).toBe(1); // 7,936 predicted
  });

  it("uses the sparsest sample that still holds the minimum number of matches", () => {
    expect(samplingLevel(32)).toBe(4); // 8,192 predicted: 2,048 in r:4
    expect(samplingLevel(62)).toBe(4); // 15,872: 992 in r:16 is too few
    expect(samplingLevel(63)).toBe(16); // 16,128: 1,008 in r:16
    expect(samplingLevel(629)).toBe(64); // 161,024 (政府采购 in 1M): 2,516 in r:64
    expect(samplingLevel(1_089)).toBe(256); // 278,784 (预算 in 1M): the probe itself
  });

  it("never samples fewer matches than the minimum, at any level", () => {
    for (let probe = 0; probe < 5_000; probe += 7) {
      const level = samplingLevel(probe);
      const predicted = probe * 256;
      if (level === 1) expect(predicted).toBeLessThan(DEFAULT_SAMPLING.exactLimit);
      else expect(predicted / level).toBeGreaterThanOrEqual(DEFAULT_SAMPLING.sampleMin);
    }
  });

  it("follows the limits it is given", () => {
    expect(samplingLevel(0, { exactLimit: 0, sampleMin: 0 })).toBe(256);
    expect(samplingLevel(1, { exactLimit: 100, sampleMin: 64 })).toBe(4);
  });
});

describe("scaleCounts", () => {
  const sample = {
    total: 3,
    facets: {
      units: [{ key: 7, count: 2 }],
      topics: [{ key: 1, count: 3 }],
      genres: [],
      years: [{ key: 2026, count: 1 }],
      validity: [{ key: "VALID", count: 3 }],
    },
  };

  it("multiplies every count by the sample size and marks the result as an estimate", () => {
    expect(scaleCounts(sample, 64)).toEqual({
      total: 192,
      facets: {
        units: [{ key: 7, count: 128 }],
        topics: [{ key: 1, count: 192 }],
        genres: [],
        years: [{ key: 2026, count: 64 }],
        validity: [{ key: "VALID", count: 192 }],
      },
      estimated: true,
    });
  });

  it("leaves an exact count alone", () => {
    expect(scaleCounts(sample, 1)).toEqual({ ...sample, estimated: false });
  });

  it("scales candidates by the confirmed share, rounding, and drops facets that scale to nothing", () => {
    expect(scaleCounts(sample, 4, 0.1)).toEqual({
      total: 1,
      facets: { units: [{ key: 7, count: 1 }], topics: [{ key: 1, count: 1 }], genres: [], years: [], validity: [{ key: "VALID", count: 1 }] },
      estimated: true,
    });
    expect(scaleCounts(sample, 1, 0.5).estimated).toBe(true);
  });
});

describe("confirmedShare", () => {
  it("is the share of checked candidates that contain the phrase, and 1 when none were checked", () => {
    expect(confirmedShare(200, 190)).toBe(0.95);
    expect(confirmedShare(3, 0)).toBe(0);
    expect(confirmedShare(0, 0)).toBe(1);
  });
});

describe("countsFromKeys", () => {
  it("turns FacetCount keys into facets, largest first, with the total from *", () => {
    const counts = countsFromKeys([
      { key: "*", n: 10 },
      { key: "u:3", n: 4 },
      { key: "u:5", n: 6 },
      { key: "t:12", n: 10 },
      { key: "g:40", n: 10 },
      { key: "y:2025", n: 3 },
      { key: "y:2026", n: 7 },
      { key: "v:VALID", n: 9 },
      { key: "v:REPEALED", n: 1 },
    ]);
    expect(counts).toEqual({
      total: 10,
      facets: {
        units: [
          { key: 5, count: 6 },
          { key: 3, count: 4 },
        ],
        topics: [{ key: 12, count: 10 }],
        genres: [{ key: 40, count: 10 }],
        years: [
          { key: 2026, count: 7 },
          { key: 2025, count: 3 },
        ],
        validity: [
          { key: "VALID", count: 9 },
          { key: "REPEALED", count: 1 },
        ],
      },
      estimated: false,
    });
  });

  it("drops keys whose count has fallen to zero and kinds it does not know", () => {
    expect(
      countsFromKeys([
        { key: "u:3", n: 0 },
        { key: "x:1", n: 5 },
        { key: "*", n: 0 },
      ]),
    ).toEqual({
      total: 0,
      facets: { units: [], topics: [], genres: [], years: [], validity: [] },
      estimated: false,
    });
  });
});

describe("filter keys", () => {
  it("has a key per chosen facet, in the format the database writes", () => {
    expect(filterKeys({})).toEqual([]);
    expect(filterKeys({ unitId: 3, genreId: 40, year: 2025, validity: "VALID" })).toEqual(["u:3", "g:40", "y:2025", "v:VALID"]);
    expect(topicKeys([12, 13])).toEqual(["t:12", "t:13"]);
  });

  it("asks the index for a unit and a year together as one key, and for each alone as itself", () => {
    expect(indexKeys({ unitId: 3, genreId: 40, year: 2025, validity: "VALID" })).toEqual(["uy:3:2025", "g:40", "v:VALID"]);
    expect(indexKeys({ unitId: 3, validity: "VALID" })).toEqual(["u:3", "v:VALID"]);
    expect(indexKeys({ year: 2025 })).toEqual(["y:2025"]);
    expect(indexKeys({})).toEqual([]);
  });
});

describe("facetLabelIds", () => {
  const facets = {
    units: [{ key: 3, count: 9 }],
    topics: [{ key: 11, count: 5 }],
    genres: [{ key: 40, count: 2 }],
    years: [{ key: 2025, count: 9 }],
    validity: [{ key: "VALID", count: 9 }],
  };

  it("names the facets' units and categories once each, and the chosen filters even when no facet lists them", () => {
    expect(facetLabelIds(facets, {})).toEqual([[3], [11, 40]]);
    expect(facetLabelIds(facets, { unitId: 3, topicId: 10, genreId: 40 })).toEqual([[3], [11, 40, 10]]);
    // A search with no results has no facets; its chosen filters still need their names.
    const none = { units: [], topics: [], genres: [], years: [], validity: [] };
    expect(facetLabelIds(none, { unitId: 7, genreId: 41 })).toEqual([[7], [41]]);
  });
});
