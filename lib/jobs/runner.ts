import "server-only";
import { db } from "@/lib/db/client";
import { getInstanceId, logger } from "@/lib/logger";
import { jobRegistry, type JobDefinition } from "./registry";
import { slotAt } from "./schedule";

/** How often each instance looks for due slots; a slot starts at most this late. */
export const TICK_MS = 5_000;

export type JobTickResult = { job: string; slot: Date; outcome: "SUCCEEDED" | "FAILED" };

const ERROR_MAX = 2000;

/**
 * Claims the slot for this instance: the insert of the (job, slot) row either succeeds here or finds the
 * row of an instance that claimed it first (ON CONFLICT DO NOTHING on the unique key). The unique index
 * decides, so this holds across any number of processes on PostgreSQL and in one PGlite process alike.
 */
async function claimSlot(job: string, slot: Date, instance: string, now: Date): Promise<boolean> {
  const { count } = await db.jobRun.createMany({ data: [{ job, slot, instance, startedAt: now }], skipDuplicates: true });
  return count === 1;
}

/** Runs one claimed slot and records its outcome; the error is logged and kept on the row, never rethrown. */
async function runClaimed(job: JobDefinition, slot: Date, now: Date): Promise<JobTickResult> {
  const where = { job_slot: { job: job.name, slot } };
  try {
    const summary = await job.run({ now, slot });
    await db.jobRun.update({ where, data: { finishedAt: new Date(), outcome: "SUCCEEDED", summary: summary || null } });
    return { job: job.name, slot, outcome: "SUCCEEDED" };
  } catch (error) {
    logger().error({ err: error, action: `job.${job.name}`, slot }, "scheduled job failed");
    const message = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_MAX);
    await db.jobRun.update({ where, data: { finishedAt: new Date(), outcome: "FAILED", error: message } });
    return { job: job.name, slot, outcome: "FAILED" };
  }
}

export interface RunDueJobsOptions {
  now?: Date;
  jobs?: JobDefinition[];
  instance?: string;
  /** The runner's memory across ticks: the slot last claimed per job (skips repeated inserts) and the jobs still running here. */
  state?: RunnerState;
}

export interface RunnerState {
  tried: Map<string, number>;
  busy: Set<string>;
}

export const createRunnerState = (): RunnerState => ({ tried: new Map(), busy: new Set() });

/** Claims and runs one job's current slot, unless this instance already tried that slot or still runs the job. */
async function tickJob(job: JobDefinition, now: Date, instance: string, state: RunnerState): Promise<JobTickResult | null> {
  const slot = slotAt(job, now);
  if (state.tried.get(job.name) === slot.getTime() || state.busy.has(job.name)) return null;
  state.busy.add(job.name);
  try {
    const claimed = await claimSlot(job.name, slot, instance, now);
    // Remembered only once the claim got an answer: a database outage retries the slot on the next tick.
    state.tried.set(job.name, slot.getTime());
    return claimed ? await runClaimed(job, slot, now) : null;
  } finally {
    state.busy.delete(job.name);
  }
}

/**
 * One tick: for every job whose current slot this instance has not tried yet, claim it and, if the claim
 * wins, run the job. Jobs run side by side, so a long link check never holds up scheduled publication.
 * Returns the runs this instance made.
 */
export async function runDueJobs({
  now = new Date(),
  jobs = jobRegistry.list(),
  instance = getInstanceId(),
  state = createRunnerState(),
}: RunDueJobsOptions = {}): Promise<JobTickResult[]> {
  const results = await Promise.all(jobs.map((job) => tickJob(job, now, instance, state)));
  return results.filter((r) => r !== null);
}

/** Starts the in-process runner: every TICK_MS it runs `runDueJobs`. No external cron is needed. */
export function startJobRunner(): void {
  const state = createRunnerState();
  const tick = () => {
    runDueJobs({ state }).catch((error: unknown) => logger().error({ err: error, action: "job.tick" }, "job runner tick failed"));
  };
  setInterval(tick, TICK_MS).unref();
  tick();
  logger().info({ jobs: jobRegistry.list().map((j) => j.name) }, "job runner started");
}
