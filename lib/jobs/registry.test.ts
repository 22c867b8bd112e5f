import { describe, expect, it } from "vitest";
import { createJobRegistry, type JobDefinition } from "./registry";

const run = () => Promise.resolve();
const job = (over: Partial<JobDefinition> & ({ every: number } | { dailyAt: string })): JobDefinition => ({ name: "test.job", label: "测试", run, ...over });

describe("job registry", () => {
  it("lists registered jobs in registration order and finds them by name", () => {
    const registry = createJobRegistry();
    registry.register(job({ name: "entries.publish-scheduled", every: 30_000 }));
    registry.register(job({ name: "links.daily-check", dailyAt: "03:00" }));
    expect(registry.list().map((j) => j.name)).toEqual(["entries.publish-scheduled", "links.daily-check"]);
    expect(registry.find("links.daily-check")).toMatchObject({ dailyAt: "03:00" });
    expect(registry.find("nope")).toBeUndefined();
  });

  it("refuses a name registered twice", () => {
    const registry = createJobRegistry();
    registry.register(job({ every: 60_000 }));
    expect(() => registry.register(job({ every: 30_000 }))).toThrow("Job test.job is registered twice");
  });

  it.each([
    [job({ name: "Bad Name", every: 60_000 }), /must be lowercase/],
    [job({ name: "", every: 60_000 }), /must be lowercase/],
    [job({ every: 10 }), /give "every"/],
    [job({ dailyAt: "25:00" }), /give "every"/],
    [{ name: "both.kinds", label: "x", run, every: 60_000, dailyAt: "03:00" }, /not both/],
  ])("refuses %j", (definition, message) => {
    expect(() => createJobRegistry().register(definition)).toThrow(message);
  });
});
