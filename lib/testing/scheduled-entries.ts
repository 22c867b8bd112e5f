import { approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";
import { entryInputSchema } from "@/lib/entries/schemas";
import { createTestActor, createTestCategories, createTestUnit } from "./factories";

/**
 * `count` entries taken through the whole review and approved for publication at `publishAt`
 * ("YYYY-MM-DDTHH:MM", Beijing time) by a leader deciding at `approvedAt`, which must be earlier.
 * For the job runner's tests: the entries are due once `publishAt` has passed.
 */
export async function createScheduledEntries(count: number, publishAt: string, approvedAt: Date): Promise<number[]> {
  const unit = await createTestUnit();
  const [clerk, reviewer, leader, categories] = await Promise.all([
    createTestActor(unit, ["CLERK"]),
    createTestActor(unit, ["REVIEWER"]),
    createTestActor(unit, ["LEADER"]),
    createTestCategories(),
  ]);
  const entryIds: number[] = [];
  for (let n = 0; n < count; n++) {
    const input = entryInputSchema.parse({
      title: `定时发布的测试信息${n + 1}`,
      summary: "定时发布",
      generatedOn: "2026-11-20",
      keywords: "测试",
      methods: ["政府网站"],
      bodyHtml: `<p>第 ${n + 1} 条。</p>`,
      ...categories,
    });
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt }, now: approvedAt });
    entryIds.push(entryId);
  }
  return entryIds;
}

/** `instant` as the minute "YYYY-MM-DDTHH:MM" in Beijing, the form the approval's publishAt takes. */
export const toBeijingMinute = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
