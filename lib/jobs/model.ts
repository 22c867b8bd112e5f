/** A run still unfinished after this long is taken as interrupted (its instance stopped or crashed). */
export const STALE_RUN_MS = 60 * 60 * 1000;

export type RunStatus = "SUCCEEDED" | "FAILED" | "RUNNING" | "INTERRUPTED";

export const RUN_STATUS_LABELS: Record<RunStatus, string> = { SUCCEEDED: "成功", FAILED: "失败", RUNNING: "运行中", INTERRUPTED: "中断" };

/** How a job run reads on the admin page. */
export function runStatus(run: { outcome: "SUCCEEDED" | "FAILED" | null; startedAt: Date }, now: Date): RunStatus {
  if (run.outcome) return run.outcome;
  return now.getTime() - run.startedAt.getTime() > STALE_RUN_MS ? "INTERRUPTED" : "RUNNING";
}
