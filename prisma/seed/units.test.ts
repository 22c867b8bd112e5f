import { describe, expect, it } from "vitest";
import { checkUnitCode } from "@/lib/units/model";
import { demoUnitCode, SEED_UNITS } from "./units";

describe("demoUnitCode", () => {
  it.each([1, 2, 9, 10, 14, 99, 1234, 9_999_999])("gives serial %i a valid 统一社会信用代码 in the demo region", (serial) => {
    const code = demoUnitCode(serial);
    expect(code).toMatch(/^11990101[0-9A-Z]{10}$/);
    expect(checkUnitCode(code)).toBeNull();
    // Characters 9–17 are the unit's 组织机构代码, which must be valid on its own too.
    expect(checkUnitCode(code.slice(8, 17))).toBeNull();
  });

  it("gives different serials different codes", () => {
    const codes = Array.from({ length: 2000 }, (_, i) => demoUnitCode(i + 1));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("SEED_UNITS", () => {
  it("has unique keys, serials and codes", () => {
    const unique = (values: unknown[]) => new Set(values).size === values.length;
    expect(unique(SEED_UNITS.map((u) => u.key))).toBe(true);
    expect(unique(SEED_UNITS.map((u) => u.serial))).toBe(true);
    expect(unique(SEED_UNITS.map((u) => demoUnitCode(u.serial)))).toBe(true);
    expect(unique(SEED_UNITS.map((u) => u.name))).toBe(true);
  });

  it("has valid codes for every unit", () => {
    for (const unit of SEED_UNITS) expect(checkUnitCode(demoUnitCode(unit.serial)), unit.key).toBeNull();
  });

  it("lists every parent before its children, with exactly one root", () => {
    const seen = new Set<string>();
    for (const unit of SEED_UNITS) {
      if (unit.parentKey !== null) expect(seen.has(unit.parentKey), `${unit.key} → ${unit.parentKey}`).toBe(true);
      seen.add(unit.key);
    }
    expect(SEED_UNITS.filter((u) => u.parentKey === null).map((u) => u.kind)).toEqual(["GOVERNMENT"]);
  });

  it("keeps names and short names within the unit form's limits", () => {
    for (const unit of SEED_UNITS) {
      expect(unit.name.length).toBeGreaterThanOrEqual(2);
      expect(unit.name.length).toBeLessThanOrEqual(100);
      expect(unit.shortName.length).toBeLessThanOrEqual(20);
    }
  });
});
