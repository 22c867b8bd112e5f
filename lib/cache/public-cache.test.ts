import { afterEach, describe, expect, it } from "vitest";
import { configurePublicCache, invalidatePublicCache, publicCached } from "./public-cache";

let now = 0;
configurePublicCache({ now: () => now });

function counted(options = { ttlMs: 1000, maxEntries: 10 }) {
  const calls: unknown[][] = [];
  const load = publicCached((...args: unknown[]) => {
    calls.push(args);
    return Promise.resolve(`value of ${JSON.stringify(args)} #${calls.length}`);
  }, options);
  return { load, calls };
}

afterEach(() => {
  now = 0;
  configurePublicCache({ enabled: true });
});

describe("publicCached", () => {
  it("loads once for equal arguments and again for different ones", async () => {
    const { load, calls } = counted();
    expect(await load(1, { q: "预算" })).toBe('value of [1,{"q":"预算"}] #1');
    expect(await load(1, { q: "预算" })).toBe('value of [1,{"q":"预算"}] #1');
    expect(await load(2, { q: "预算" })).toBe('value of [2,{"q":"预算"}] #2');
    expect(calls).toHaveLength(2);
  });

  it("shares one load between concurrent callers", async () => {
    const { load, calls } = counted();
    const [a, b] = await Promise.all([load("x"), load("x")]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(1);
  });

  it("loads again after the time limit", async () => {
    const { load, calls } = counted();
    await load("x");
    now = 999;
    await load("x");
    now = 1000;
    expect(await load("x")).toBe('value of ["x"] #2');
    expect(calls).toHaveLength(2);
  });

  it("loads again after an invalidation, in every cached function", async () => {
    const first = counted();
    const second = counted();
    await first.load("x");
    await second.load("y");
    invalidatePublicCache();
    await first.load("x");
    await second.load("y");
    expect(first.calls).toHaveLength(2);
    expect(second.calls).toHaveLength(2);
  });

  it("does not keep a failed load", async () => {
    let attempts = 0;
    const load = publicCached(
      () => {
        attempts++;
        return attempts === 1 ? Promise.reject(new Error("database unavailable")) : Promise.resolve("ok");
      },
      { ttlMs: 1000, maxEntries: 10 },
    );
    await expect(load()).rejects.toThrow("database unavailable");
    expect(await load()).toBe("ok");
    expect(attempts).toBe(2);
  });

  it("evicts the least recently used value beyond the size limit", async () => {
    const { load, calls } = counted({ ttlMs: 1000, maxEntries: 2 });
    await load("a");
    await load("b");
    await load("a"); // a is now the most recently used
    await load("c"); // evicts b
    await load("a");
    expect(calls.map((c) => c[0])).toEqual(["a", "b", "c"]);
    await load("b");
    expect(calls.map((c) => c[0])).toEqual(["a", "b", "c", "b"]);
  });

  it("loads every time when switched off", async () => {
    const { load, calls } = counted();
    configurePublicCache({ enabled: false });
    await load("x");
    await load("x");
    expect(calls).toHaveLength(2);
  });
});
