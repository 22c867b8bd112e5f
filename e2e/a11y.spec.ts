import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PUBLIC_PAGES = [
  "/",
  "/search",
  "/search?q=%E9%A2%84%E7%AE%97",
  "/search?q=%E9%A2%84%E7%AE%97&unitId=3&year=2026",
  "/entries/1",
  "/units/3",
  "/reports",
  "/apply",
  "/track",
  "/login",
];

for (const path of PUBLIC_PAGES) {
  test(`a11y: ${path} has no axe violations`, async ({ page }) => {
    await page.goto(path);
    // Also WCAG 2.2's target size (24 × 24 px, off by default in axe): older readers tap with less precision.
    const { violations } = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
    expect(
      violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
    ).toEqual([]);
  });
}
