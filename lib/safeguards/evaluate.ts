import { type CorpusExample, type ExpectedFinding } from "./corpus";
import { FINDING_TYPES, type Finding, type FindingType } from "./model";

export type DetectorScore = {
  type: FindingType;
  /** Corpus examples written for this detector that should / should not trigger it. */
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
};

export type ExampleResult = { example: CorpusExample; found: ExpectedFinding[]; missing: ExpectedFinding[]; unexpected: ExpectedFinding[] };

const key = ([type, match]: ExpectedFinding) => `${type}\u0000${match}`;

/** Compares one example's findings with its labels as multisets of [type, exact match]. */
export function compareExample(example: CorpusExample, findings: Finding[]): ExampleResult {
  const found: ExpectedFinding[] = findings.map((finding) => [finding.type, finding.match]);
  const remaining = new Map<string, number>();
  for (const expected of example.expect) remaining.set(key(expected), (remaining.get(key(expected)) ?? 0) + 1);
  const unexpected: ExpectedFinding[] = [];
  for (const item of found) {
    const left = remaining.get(key(item)) ?? 0;
    if (left > 0) remaining.set(key(item), left - 1);
    else unexpected.push(item);
  }
  const missing = example.expect.filter((expected) => {
    const left = remaining.get(key(expected)) ?? 0;
    if (left === 0) return false;
    remaining.set(key(expected), left - 1);
    return true;
  });
  return { example, found, missing, unexpected };
}

/**
 * Per finding type over the whole corpus: a finding is a true positive when an example expects exactly
 * that type and match, so a right type with a wrong span counts as one false positive and one miss.
 * Precision and recall are 1 when there is nothing to count.
 */
export function scoreCorpus(corpus: CorpusExample[], scan: (text: string) => Finding[]): { scores: DetectorScore[]; results: ExampleResult[] } {
  const results = corpus.map((example) => compareExample(example, scan(example.text)));
  const scores = FINDING_TYPES.map((type): DetectorScore => {
    const ofType = (items: ExpectedFinding[]) => items.filter(([t]) => t === type).length;
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const result of results) {
      falsePositives += ofType(result.unexpected);
      falseNegatives += ofType(result.missing);
      truePositives += ofType(result.found) - ofType(result.unexpected);
    }
    const own = corpus.filter((example) => example.detector === type);
    const positives = own.filter((example) => example.expect.some(([t]) => t === type)).length;
    return {
      type,
      positives,
      negatives: own.length - positives,
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
      recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    };
  });
  return { scores, results };
}
