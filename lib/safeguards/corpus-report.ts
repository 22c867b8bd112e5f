/**
 * Prints the pre-check's precision and recall per detector over the labelled corpus, and every example
 * it gets wrong: `npx tsx lib/safeguards/corpus-report.ts`.
 */
import { CORPUS, CORPUS_OPTIONS } from "./corpus";
import { scanText } from "./detectors";
import { scoreCorpus } from "./evaluate";

const { scores, results } = scoreCorpus(CORPUS, (text) => scanText(text, CORPUS_OPTIONS));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

console.log("| Detector | Positive examples | Negative examples | TP | FP | FN | Precision | Recall |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const s of scores)
  console.log(
    `| ${s.type} | ${s.positives} | ${s.negatives} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${percent(s.precision)} | ${percent(s.recall)} |`,
  );
console.log(`\n${CORPUS.length} examples.`);

for (const { example, missing, unexpected } of results)
  if (missing.length > 0 || unexpected.length > 0)
    console.log(`\n${JSON.stringify(example.text)}\n  missing: ${JSON.stringify(missing)}\n  unexpected: ${JSON.stringify(unexpected)}`);
