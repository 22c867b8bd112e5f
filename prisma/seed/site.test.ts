import { describe, expect, it } from "vitest";
import { guideSchema, siteSettingsSchema } from "@/lib/site/schemas";
import { DEMO_SETTINGS, guideText } from "./site";

describe("demo site content", () => {
  it("passes the same validation as the admin forms", () => {
    expect(siteSettingsSchema.parse(DEMO_SETTINGS)).toEqual(DEMO_SETTINGS);
    expect(guideSchema.safeParse({ body: guideText("示范区人民政府", "政务公开科") }).success).toBe(true);
  });
});
