import { describe, expect, it } from "vitest";
import { parsePreferences, safeReturnPath, serializePreferences } from "./preferences";

describe("preferences", () => {
  it("round-trips and falls back to defaults on anything unexpected", () => {
    expect(parsePreferences(serializePreferences({ size: "xlarge", contrast: true }))).toEqual({ size: "xlarge", contrast: true });
    expect(parsePreferences(undefined)).toEqual({ size: "normal", contrast: false });
    expect(parsePreferences("huge.1")).toEqual({ size: "normal", contrast: true });
    expect(parsePreferences("constructor.0")).toEqual({ size: "normal", contrast: false });
  });

  it.each([
    ["/entries/3?x=1", "/entries/3?x=1"],
    ["/", "/"],
    ["//evil.example/", "/"],
    ["https://evil.example/", "/"],
    ["/\\evil", "/"],
    [null, "/"],
  ])("return path %j → %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
