/**
 * An in-process cache for what the public site reads, so that a burst of visitors to the same pages
 * does not send every view to the database.
 *
 * Correctness rests on invalidation, not on the time limit: every write that changes what the public
 * sees (publish, scheduled publish, withdrawal, unit and category names, site settings, 公开指南) calls
 * `invalidatePublicCache()` after its transaction commits, which empties the cache of this process at
 * once. The time limit only bounds how long another instance sharing the same PostgreSQL database can
 * show an outdated page (the embedded database has exactly one process).
 *
 * Concurrent misses for the same key share one load; a failed load is not cached.
 */

export interface CacheOptions {
  /** How long a value may be served, in milliseconds. */
  ttlMs: number;
  /** The most values kept; the least recently used goes first. */
  maxEntries: number;
}

interface Slot<T> {
  value: Promise<T>;
  expiresAt: number;
  generation: number;
}

let generation = 0;
let enabled = process.env.GONGKAI_PUBLIC_CACHE !== "off";
let clock: () => number = Date.now;

/** Drops everything cached so far, in every cached function of this process. */
export function invalidatePublicCache(): void {
  generation++;
}

/** For tests and benchmarks: switch caching off (every call loads) or replace the clock. */
export function configurePublicCache(options: { enabled?: boolean; now?: () => number }): void {
  if (options.enabled !== undefined) enabled = options.enabled;
  if (options.now) clock = options.now;
}

/**
 * Wraps `load` so that calls with equal arguments (compared as JSON) share one result until it
 * expires or the cache is invalidated.
 */
export function publicCached<A extends unknown[], T>(load: (...args: A) => Promise<T>, { ttlMs, maxEntries }: CacheOptions): (...args: A) => Promise<T> {
  const slots = new Map<string, Slot<T>>();
  return (...args: A) => {
    if (!enabled) return load(...args);
    const key = JSON.stringify(args);
    const now = clock();
    const slot = slots.get(key);
    slots.delete(key);
    if (slot && slot.generation === generation && slot.expiresAt > now) {
      slots.set(key, slot); // most recently used goes last
      return slot.value;
    }
    const value = load(...args);
    const fresh: Slot<T> = { value, expiresAt: now + ttlMs, generation };
    slots.set(key, fresh);
    value.catch(() => {
      if (slots.get(key) === fresh) slots.delete(key);
    });
    while (slots.size > maxEntries) slots.delete(slots.keys().next().value as string);
    return value;
  };
}
