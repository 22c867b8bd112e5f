import { describe, expect, it } from "vitest";
import { pageWindow } from "./pagination";

describe("pageWindow", () => {
  it.each([
    [0, 1, { page: 1, pageCount: 1, skip: 0 }],
    [20, 1, { page: 1, pageCount: 1, skip: 0 }],
    [21, 2, { page: 2, pageCount: 2, skip: 20 }],
    [21, 99, { page: 2, pageCount: 2, skip: 20 }],
    [45, 0, { page: 1, pageCount: 3, skip: 0 }],
  ])("%d rows, page %d", (total, requested, expected) => {
    expect(pageWindow(total, requested, 20)).toEqual({ ...expected, take: 20 });
  });
});
