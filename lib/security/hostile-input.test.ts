import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cleanFilename } from "@/lib/attachments/model";
import { categorySchema, updateIntervalSchema } from "@/lib/categories/schemas";
import { acknowledgeFindingSchema, approvalSchema, clearanceSchema, entryInputSchema, returnSchema, unpublishSchema } from "@/lib/entries/schemas";
import { sanitizeBody } from "@/lib/entries/sanitize";
import {
  answerDraftSchema,
  applicationSchema,
  assignSchema,
  calendarOverrideSchema,
  correctionReplySchema,
  intakeSchema,
  lookupSchema,
  registerSchema,
  requestActionSchema,
  requestNoteSchema,
} from "@/lib/requests/schemas";
import { watchWordSchema } from "@/lib/safeguards/watch-word-schemas";
import { searchParamsSchema } from "@/lib/search/schemas";
import { guideSchema, siteSettingsSchema } from "@/lib/site/schemas";
import { unitSchema } from "@/lib/units/schemas";
import { changePasswordSchema, createUserSchema, loginSchema, roleGrantSchema, updateUserSchema, userListQuerySchema } from "@/lib/users/schemas";

/*
 * Hostile input (P7 item 2) at the boundary: every form and query schema, the HTML sanitiser and the
 * upload-name cleaner, fed generated input. A schema must answer (success or field errors), never
 * throw; what passes must be within bounds; sanitised HTML must not carry anything that runs.
 */

const RUNS = { numRuns: 300 };

/** Strings an attacker sends: markup, SQL, traversal, control and odd Unicode, and very long ones. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    '\'; DROP TABLE "Entry"; --',
    "1 OR 1=1",
    "../../../../etc/passwd",
    "..\\..\\windows\\system32",
    "\u0000\u0001\u001f",
    "\u202e\u200b\ufeff",
    "%00%2e%2e%2f",
    "{{7*7}}${7*7}",
    "𠮷𠮷𠮷",
    "NaN",
    "-1",
    "1e309",
    "2026-02-30",
  ),
  fc.nat({ max: 300_000 }).map((n) => "长".repeat(n)),
);

/** A form as FormData gives it (strings and string arrays), or a JSON body of any shape. */
const formLike = (fields: string[]) =>
  fc.oneof(
    fc.record(Object.fromEntries(fields.map((f) => [f, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }))])), { requiredKeys: [] }),
    fc.anything(),
  );

const SCHEMAS: [string, z.ZodType][] = [
  ["categorySchema", categorySchema],
  ["updateIntervalSchema", updateIntervalSchema],
  ["entryInputSchema", entryInputSchema],
  ["clearanceSchema", clearanceSchema],
  ["returnSchema", returnSchema],
  ["approvalSchema", approvalSchema],
  ["unpublishSchema", unpublishSchema],
  ["acknowledgeFindingSchema", acknowledgeFindingSchema],
  ["applicationSchema", applicationSchema],
  ["intakeSchema", intakeSchema],
  ["registerSchema", registerSchema],
  ["lookupSchema", lookupSchema],
  ["requestActionSchema", requestActionSchema],
  ["answerDraftSchema", answerDraftSchema],
  ["calendarOverrideSchema", calendarOverrideSchema],
  ["correctionReplySchema", correctionReplySchema],
  ["assignSchema", assignSchema],
  ["requestNoteSchema", requestNoteSchema],
  ["searchParamsSchema", searchParamsSchema],
  ["siteSettingsSchema", siteSettingsSchema],
  ["guideSchema", guideSchema],
  ["unitSchema", unitSchema],
  ["createUserSchema", createUserSchema],
  ["updateUserSchema", updateUserSchema],
  ["roleGrantSchema", roleGrantSchema],
  ["changePasswordSchema", changePasswordSchema],
  ["loginSchema", loginSchema],
  ["userListQuerySchema", userListQuerySchema],
  ["watchWordSchema", watchWordSchema],
];

/** Every string inside a parsed value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** The field names a schema reads, to aim generated forms at them. */
function fieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const def = (schema as unknown as { def?: { left?: z.ZodType; right?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] } }).def;
  if (shape) return Object.keys(shape);
  if (def?.left && def.right) return [...fieldsOf(def.left), ...fieldsOf(def.right)];
  if (def?.in) return fieldsOf(def.in);
  if (def?.options) return def.options.flatMap(fieldsOf);
  return [];
}

describe("every form and query schema under hostile input", () => {
  it.each(SCHEMAS)("%s answers with data or field errors, never throws, and bounds what it accepts", (_name, schema) => {
    const fields = fieldsOf(schema);
    expect(fields.length, "the generator should know the schema's fields").toBeGreaterThan(0);
    fc.assert(
      fc.property(formLike(fields), (input) => {
        const result = schema.safeParse(input);
        if (result.success) for (const s of strings(result.data)) expect(s.length).toBeLessThanOrEqual(200_000);
        else expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

/** Fragments of known XSS vectors, combined at random. */
const xssFragment = fc.constantFrom(
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<iframe src="//evil.example"></iframe>',
  '<svg onload="alert(1)"><circle/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<object data="x.swf"></object><embed src="x.swf">',
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)" onmouseover=alert(1)>x</div>',
  '<form action="//evil.example"><input name="q"></form>',
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
  '<base href="//evil.example/">',
  "<!--<script>alert(1)//-->",
  "<<script>script>alert(1)<</script>/script>",
  "<p>正文</p>",
  "<table><tr><td>数据</td></tr></table>",
  '<a href="https://www.gov.cn/">链接</a>',
  "</p><p",
  '"',
  "'",
  ">",
);

describe("sanitizeBody under generated XSS", () => {
  it("leaves nothing that runs, and is stable when applied again", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(xssFragment, fc.string({ maxLength: 10 })), { maxLength: 12 }), (parts) => {
        const clean = sanitizeBody(parts.join(""));
        expect(clean).not.toMatch(/<\s*(script|iframe|object|embed|style|form|input|meta|base|svg|math)\b/i);
        expect(clean).not.toMatch(/\son[a-z]+\s*=/i);
        expect(clean).not.toMatch(/(href|src|action|xlink:href)\s*=\s*"?\s*(javascript|data|vbscript):/i);
        expect(clean).not.toMatch(/\sstyle\s*=/i);
        expect(sanitizeBody(clean)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("cleanFilename under generated upload names", () => {
  it("never keeps a path, control characters or a leading dot", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.array(fc.constantFrom("..", "/", "\\", ".", "a", "预算", "\u0000", " ", ".pdf"), { maxLength: 12 }).map((p) => p.join("")),
        ),
        (name) => {
          const clean = cleanFilename(name);
          if (clean === null) return;
          expect(clean).not.toMatch(/[\\/\u0000-\u001f\u007f]/);
          expect(clean).not.toMatch(/^[.\s]/);
          expect(clean.length).toBeGreaterThan(0);
          expect(clean.length).toBeLessThanOrEqual(120);
        },
      ),
      RUNS,
    );
  });
});
