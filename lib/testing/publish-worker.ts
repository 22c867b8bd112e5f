// A child process for the fault-injection test (lib/entries/faults.int.test.ts) and the load test
// (scripts/bench/load.ts): publishes entries with an attachment through the whole review, one after
// another, until it is stopped. It uses the database of DATABASE_URL, or the embedded one under
// GONGKAI_DATA_DIR, like the server does.
import { closeDatabase } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { entryInputSchema } from "@/lib/entries/schemas";
import { addAttachment, approveRevision, createDraft, recordClearance, submitRevision } from "@/lib/entries/service";

const { clerk, reviewer, leader, unitId, topicId, genreId } = JSON.parse(process.env.PUBLISH_WORLD!) as {
  clerk: Actor;
  reviewer: Actor;
  leader: Actor;
  unitId: number;
  topicId: number;
  genreId: number;
};

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

for (let n = 0; ; n++) {
  const input = entryInputSchema.parse({
    title: `自动发布的测试信息${process.pid}-${n}`,
    summary: "自动发布",
    generatedOn: "2026-11-20",
    keywords: "测试",
    methods: ["政府网站"],
    bodyHtml: `<p>第 ${n} 条。</p>`,
    topicId,
    genreId,
  });
  const { revisionId } = await createDraft({ actor: clerk, unitId, input });
  await addAttachment({ actor: clerk, revisionId, file: { name: `附件${n}.pdf`, bytes: pdf(`${process.pid}-${n}`) } });
  await submitRevision({ actor: clerk, revisionId });
  await recordClearance({ actor: reviewer, revisionId, input: { conclusion: "PUBLIC", legalGround: null, attribute: "PROACTIVE", note: "" } });
  await approveRevision({ actor: leader, revisionId, input: { note: "", publishAt: null } });
  console.log(`published ${n}`);
  if (process.env.PUBLISH_STOP_AFTER && n + 1 >= Number(process.env.PUBLISH_STOP_AFTER)) break;
}
await closeDatabase();
