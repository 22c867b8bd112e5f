import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { runStatus, STALE_RUN_MS } from "./model";
import { jobRegistry } from "./registry";
import { describeSchedule, nextSlotAfter } from "./schedule";
import { registerServerJobs } from "./server-jobs";

const RUN_SELECT = { id: true, job: true, slot: true, instance: true, startedAt: true, finishedAt: true, outcome: true, summary: true, error: true } as const;

/**
 * /admin/jobs for system administrators: each registered job with its schedule, latest run and next
 * slot, the failed or interrupted runs of the retention period, and the latest runs of all jobs.
 */
export async function loadJobOverview(actor: Actor, now = new Date()) {
  if (!can(actor, "site.manage")) throw new DomainError("FORBIDDEN");
  registerServerJobs();
  const jobs = jobRegistry.list();
  const [latest, failures, recent] = await Promise.all([
    Promise.all(jobs.map((job) => db.jobRun.findFirst({ where: { job: job.name }, orderBy: { slot: "desc" }, select: RUN_SELECT }))),
    db.jobRun.findMany({
      where: { OR: [{ outcome: "FAILED" }, { outcome: null, startedAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } }] },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: RUN_SELECT,
    }),
    db.jobRun.findMany({ orderBy: { startedAt: "desc" }, take: 50, select: RUN_SELECT }),
  ]);
  const shape = (run: NonNullable<(typeof recent)[number]>) => ({ ...run, id: String(run.id), status: runStatus(run, now) });
  return {
    jobs: jobs.map((job, i) => {
      const last = latest[i];
      return { name: job.name, label: job.label, schedule: describeSchedule(job), next: nextSlotAfter(job, now), last: last ? shape(last) : null };
    }),
    failures: failures.map(shape),
    recent: recent.map(shape),
  };
}
