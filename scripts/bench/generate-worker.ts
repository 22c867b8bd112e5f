// Worker thread of generate.ts: builds rows (text, content hash, search tokens) while the main thread
// writes the previous batch into the database. Requests arrive in order, so 索引号 serials do too.
import { parentPort, workerData } from "node:worker_threads";
import { buildRow, SerialCounter, type WorldIds } from "./rows";
import { EntryGenerator } from "./text";

export interface WorkerInput {
  seed: number;
  total: number;
  world: WorldIds;
}

/** Rows of entries [start, start + count), ids start + 1 …; 0-based entry index. */
export interface BatchRequest {
  start: number;
  count: number;
}

const { seed, total, world } = workerData as WorkerInput;
const generator = new EntryGenerator(seed, total);
const serials = new SerialCounter();

parentPort!.on("message", ({ start, count }: BatchRequest) => {
  const rows = [];
  for (let i = start; i < start + count; i++) rows.push(buildRow(i + 1, generator.entry(i), world, serials));
  parentPort!.postMessage(rows);
});
