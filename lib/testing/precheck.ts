import { entryInputSchema, type EntryInput } from "@/lib/entries/schemas";
import { residentIdCheckChar } from "@/lib/safeguards/checksums";
import { createTestActor, createTestCategories, createTestUnit } from "./factories";

/** A valid resident ID number (GB 11643 check character), which the pre-check flags. */
export const PRECHECK_ID_NUMBER = `11010519491231002${residentIdCheckChar("11010519491231002")}`;

/** A unit with a clerk and a reviewer, and entry input around a body, for the pre-check and masking tests. */
export async function createPrecheckWorld() {
  const unit = await createTestUnit();
  const categories = await createTestCategories();
  const clerk = await createTestActor(unit, ["CLERK"]);
  const reviewer = await createTestActor(unit, ["REVIEWER"]);
  const input = (bodyHtml: string): EntryInput =>
    entryInputSchema.parse({
      title: "示范区低保对象名单公示",
      summary: "2026年第一季度新增低保对象",
      generatedOn: "2026-02-10",
      keywords: "低保",
      methods: ["政府网站"],
      bodyHtml,
      ...categories,
    });
  return { unit, clerk, reviewer, input };
}
