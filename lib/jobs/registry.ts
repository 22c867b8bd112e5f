import { isValidSchedule, type JobSchedule } from "./schedule";

/** What a job's `run` receives: the moment of the tick and the slot it was claimed for. */
export interface JobContext {
  now: Date;
  slot: Date;
}

/**
 * A scheduled job. `run` returns a short summary for the admin page (e.g. "发布 2 条") or nothing;
 * throwing marks the run FAILED with the error's message. A run must be safe to repeat in the next
 * slot (a crashed instance leaves its slot unfinished and does not retry it).
 */
export type JobDefinition = JobSchedule & {
  /** Unique, lowercase with dots and dashes, e.g. "requests.deadline-reminders". */
  name: string;
  /** What it does, for the admin page (Chinese). */
  label: string;
  run: (context: JobContext) => Promise<string | void>;
};

const NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

/** A set of jobs by name. The server uses one (`registerJob`); tests make their own. */
export function createJobRegistry() {
  const jobs = new Map<string, JobDefinition>();
  return {
    /** Adds a job; a bad name or schedule, or a name taken, throws at start-up rather than failing silently later. */
    register(job: JobDefinition): void {
      if (!NAME.test(job.name)) throw new Error(`Job name "${job.name}" must be lowercase words joined by "." or "-"`);
      if (!isValidSchedule(job)) throw new Error(`Job ${job.name}: give "every" (ms, at least 1000) or "dailyAt" ("HH:MM", Beijing time)`);
      if ("every" in job && "dailyAt" in job) throw new Error(`Job ${job.name}: give "every" or "dailyAt", not both`);
      if (jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice`);
      jobs.set(job.name, job);
    },
    list: (): JobDefinition[] => [...jobs.values()],
    find: (name: string): JobDefinition | undefined => jobs.get(name),
  };
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;

const globalForJobs = globalThis as unknown as { gongkaiJobs?: JobRegistry };
/** The server's jobs (on globalThis: Next may load this module more than once). */
export const jobRegistry: JobRegistry = (globalForJobs.gongkaiJobs ??= createJobRegistry());

/**
 * Registers a job with the server's runner, e.g.
 * `registerJob({ name: "requests.deadline-reminders", label: "到期提醒", dailyAt: "08:00", run })`.
 * Call it from `registerServerJobs` (lib/jobs/server-jobs.ts), which runs before the runner starts.
 */
export const registerJob = (job: JobDefinition): void => jobRegistry.register(job);
