import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/database";
import { createApprovedEntries } from "@/lib/testing/approved-entries";
import { jobRegistry, type JobDefinition } from "./registry";
import { createRunnerState, runDueJobs } from "./runner";
import { purgeJobRuns, registerServerJobs } from "./server-jobs";

setUpTestDatabase();

const INSTANCES = ["web-1", "web-2", "web-3"];
const serverJob = (name: string) => {
  registerServerJobs();
  return jobRegistry.find(name)!;
};

describe("job runner", () => {
  it("instances ticking at once claim and run each slot exactly once, and the next slot again", async () => {
    let calls = 0;
    const job: JobDefinition = {
      name: "test.counter",
      label: "计数",
      every: 30_000,
      run: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return `第 ${calls} 次`;
      },
    };
    const tick = (iso: string, instance: string) => runDueJobs({ now: new Date(iso), jobs: [job], instance });
    const first = await Promise.all(INSTANCES.map((instance) => tick("2026-12-03T06:00:05Z", instance)));
    expect(first.flat()).toHaveLength(1);
    expect(calls).toBe(1);
    // Later in the same slot: already claimed.
    expect(await tick("2026-12-03T06:00:29Z", "web-2")).toEqual([]);
    const next = await Promise.all(INSTANCES.map((instance) => tick("2026-12-03T06:00:31Z", instance)));
    expect(next.flat()).toHaveLength(1);
    const runs = await db.jobRun.findMany({ where: { job: "test.counter" }, orderBy: { slot: "asc" } });
    expect(runs.map((r) => [r.slot.toISOString(), r.outcome, r.summary])).toEqual([
      ["2026-12-03T06:00:00.000Z", "SUCCEEDED", "第 1 次"],
      ["2026-12-03T06:00:30.000Z", "SUCCEEDED", "第 2 次"],
    ]);
    expect(runs.every((r) => INSTANCES.includes(r.instance) && r.finishedAt !== null)).toBe(true);
  });

  it("records a failure with its message, and the runner state skips a slot it already tried", async () => {
    const job: JobDefinition = { name: "test.failing", label: "失败", dailyAt: "03:00", run: () => Promise.reject(new Error("存储不可用")) };
    const state = createRunnerState();
    const now = new Date("2026-12-03T06:00:00Z");
    expect(await runDueJobs({ now, jobs: [job], instance: "web-1", state })).toEqual([
      { job: "test.failing", slot: new Date("2026-12-02T19:00:00Z"), outcome: "FAILED" },
    ]);
    const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: "test.failing", slot: new Date("2026-12-02T19:00:00Z") } } });
    expect([run.outcome, run.error, run.instance]).toEqual(["FAILED", "存储不可用", "web-1"]);
    expect(state.tried.get("test.failing")).toBe(run.slot.getTime());
    // Removing the row would let a stateless tick claim the slot again; this instance remembers it tried.
    await db.jobRun.delete({ where: { id: run.id } });
    expect(await runDueJobs({ now, jobs: [job], instance: "web-1", state })).toEqual([]);
  });

  it("the publication job publishes each due entry once when instances tick together", async () => {
    const { entryIds } = await createApprovedEntries({ count: 3, publishAt: "2026-03-02T09:00", approvedAt: new Date("2026-03-01T00:00:00Z") });
    const job = serverJob("entries.publish-scheduled");
    // Not due yet at 08:59:50 Beijing.
    expect((await runDueJobs({ now: new Date("2026-03-02T00:59:50Z"), jobs: [job], instance: "web-1" }))[0]?.outcome).toBe("SUCCEEDED");
    expect(await db.entryRevision.count({ where: { entryId: { in: entryIds }, state: "PUBLISHED" } })).toBe(0);

    const now = new Date("2026-03-02T01:00:10Z");
    const results = (await Promise.all(INSTANCES.map((instance) => runDueJobs({ now, jobs: [job], instance })))).flat();
    expect(results.map((r) => r.outcome)).toEqual(["SUCCEEDED"]);
    expect(await db.entryRevision.count({ where: { entryId: { in: entryIds }, state: "PUBLISHED" } })).toBe(3);
    const publications = await db.auditEvent.groupBy({
      by: ["entityId"],
      where: { action: "entry.publish", entityId: { in: entryIds.map(String) } },
      _count: true,
    });
    expect(publications.map((p) => p._count)).toEqual([1, 1, 1]);
    const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: job.name, slot: new Date("2026-03-02T01:00:00Z") } } });
    expect(run.summary).toBe("发布 3 条");
  });

  it("the daily link check runs once per day, and not again after an on-demand check in the same slot", async () => {
    const job = serverJob("links.daily-check");
    const before = await db.linkCheckRun.count();
    const [first] = await runDueJobs({ now: new Date("2026-12-03T06:00:00Z"), jobs: [job], instance: "web-1" });
    expect(first?.outcome).toBe("SUCCEEDED");
    expect(await db.linkCheckRun.count()).toBe(before + 1);
    // A check already started after the next day's 03:00 (someone clicked 立即检查): the job skips.
    await db.linkCheckRun.create({ data: { startedAt: new Date("2026-12-03T20:00:00Z"), finishedAt: new Date("2026-12-03T20:00:01Z") } });
    await runDueJobs({ now: new Date("2026-12-03T21:00:00Z"), jobs: [job], instance: "web-2" });
    const run = await db.jobRun.findUniqueOrThrow({ where: { job_slot: { job: job.name, slot: new Date("2026-12-03T19:00:00Z") } } });
    expect([run.outcome, run.summary]).toEqual(["SUCCEEDED", "本时段已检查过，跳过"]);
    expect(await db.linkCheckRun.count()).toBe(before + 2);
  });

  it("purges runs older than the retention period", async () => {
    await db.jobRun.create({
      data: { job: "test.old", slot: new Date("2026-01-01T00:00:00Z"), instance: "web-1", startedAt: new Date("2026-01-01T00:00:00Z") },
    });
    await db.jobRun.create({
      data: { job: "test.old", slot: new Date("2026-11-20T00:00:00Z"), instance: "web-1", startedAt: new Date("2026-11-20T00:00:00Z") },
    });
    await purgeJobRuns({ now: new Date("2026-12-03T00:00:00Z") });
    expect((await db.jobRun.findMany({ where: { job: "test.old" } })).map((r) => r.slot.toISOString())).toEqual(["2026-11-20T00:00:00.000Z"]);
  });
});
