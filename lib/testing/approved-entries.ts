import { addAttachment, approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";
import { entryInputSchema } from "@/lib/entries/schemas";
import type { Actor } from "@/lib/auth/permissions";
import { createTestActor, createTestCategories, createTestUnit } from "./factories";

/**
 * `count` entries taken through the whole review (each with `attachment` as a PDF when given) and
 * approved by a leader deciding at `approvedAt`: published at once, or, with `publishAt`
 * ("YYYY-MM-DDTHH:MM", Beijing time, later than `approvedAt`), scheduled and due once it has passed.
 */
export async function createApprovedEntries({
  count,
  publishAt = null,
  approvedAt = new Date(),
  attachment,
}: {
  count: number;
  publishAt?: string | null;
  approvedAt?: Date;
  attachment?: Uint8Array;
}): Promise<{ entryIds: number[]; clerk: Actor }> {
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
      title: `审批通过的测试信息${n + 1}`,
      summary: "测试",
      generatedOn: "2026-11-20",
      keywords: "测试",
      methods: ["政府网站"],
      bodyHtml: `<p>第 ${n + 1} 条。</p>`,
      ...categories,
    });
    const { entryId, revisionId } = await createDraft({ actor: clerk, unitId: unit.id, input });
    if (attachment) await addAttachment({ actor: clerk, revisionId, file: { name: `附件${n + 1}.pdf`, bytes: attachment } });
    await submitRevision({ actor: clerk, revisionId });
    await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
    await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt }, now: approvedAt });
    entryIds.push(entryId);
  }
  return { entryIds, clerk };
}

/** `instant` as the minute "YYYY-MM-DDTHH:MM" in Beijing, the form the approval's publishAt takes. */
export const toBeijingMinute = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
