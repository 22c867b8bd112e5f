/** A small progress bar: rate and ETA, redrawn in place on a terminal, a line every 10 s otherwise. */
import { formatDuration } from "./stats";

/** One line of progress, e.g. `[██████░░░░░░]  52.0%  520,000/1,000,000  8,412/s  ETA 57.0 s`. Pure. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, width = 24): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const eta = rate > 0 ? ((total - done) / rate) * 1000 : Number.NaN;
  return `${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}%  ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}  ${Math.round(rate).toLocaleString("en-US")}/s  ${done >= total ? `took ${formatDuration(elapsedMs)}` : `ETA ${formatDuration(eta)}`}`;
}

export class ProgressBar {
  private readonly started = performance.now();
  private lastDraw = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  update(done: number): void {
    const now = performance.now();
    const interval = this.tty ? 200 : 10_000;
    if (done < this.total && now - this.lastDraw < interval) return;
    this.lastDraw = now;
    const line = progressLine(this.label, done, this.total, now - this.started);
    process.stderr.write(this.tty ? `\r${line}\x1b[K${done >= this.total ? "\n" : ""}` : `${line}\n`);
  }

  get elapsedMs(): number {
    return performance.now() - this.started;
  }
}
