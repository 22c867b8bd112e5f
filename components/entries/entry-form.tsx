"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import type { ActionResult } from "@/lib/action-result";
import { ARTICLE_20_ITEMS, ATTRIBUTE_LABELS, DISCLOSURE_METHODS, VALIDITY_LABELS } from "@/lib/entries/model";
import { resultKey } from "@/components/ui/result-key";

export interface Option {
  id: number;
  label: string;
}

/** Form values as strings (methods as a list), the shape both the page and a failed action provide. */
export type EntryFormValues = Record<string, string | string[] | undefined>;

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function EntryForm({
  action,
  initial,
  units,
  topics,
  genres,
  submitLabel,
}: {
  action: (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  initial: EntryFormValues;
  /** Offered only when creating: the units where the clerk may draft. */
  units?: Option[];
  topics: Option[];
  genres: Option[];
  submitLabel: string;
}) {
  const [result, formAction] = useActionState(action, null);
  const failed = result && !result.ok ? result : null;
  const values: Record<string, unknown> = { ...initial, ...(failed?.values ?? {}) };
  const errors = failed?.fieldErrors;
  const methods = new Set([values.methods].flat().map(String));
  return (
    <form key={resultKey(result)} action={formAction} noValidate className="space-y-5">
      <FormMessage result={result} />
      {units && (
        <Field name="unitId" label="发布机构" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={str(values.unitId)} className={inputClass}>
              <option value="">请选择</option>
              <Options items={units} />
            </select>
          )}
        </Field>
      )}
      <Field name="title" label="标题" errors={errors} required>
        {(p) => <input {...p} defaultValue={str(values.title)} className={inputClass} />}
      </Field>
      <div className="grid gap-5 md:grid-cols-3">
        <Field name="documentNo" label="文号" errors={errors} hint="如：示发改〔2026〕12号；无文号可不填">
          {(p) => <input {...p} defaultValue={str(values.documentNo)} className={inputClass} />}
        </Field>
        <Field name="generatedOn" label="生成日期" errors={errors} required hint="信息形成或变更的日期，主动公开时限从此起算">
          {(p) => <input {...p} type="date" defaultValue={str(values.generatedOn)} className={inputClass} />}
        </Field>
        <Field name="writtenOn" label="成文日期" errors={errors}>
          {(p) => <input {...p} type="date" defaultValue={str(values.writtenOn)} className={inputClass} />}
        </Field>
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <Field name="topicId" label="主题分类" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={str(values.topicId)} className={inputClass}>
              <option value="">请选择</option>
              <Options items={topics} />
            </select>
          )}
        </Field>
        <Field name="genreId" label="体裁" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={str(values.genreId)} className={inputClass}>
              <option value="">请选择</option>
              <Options items={genres} />
            </select>
          )}
        </Field>
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        <Field name="validity" label="有效性" errors={errors} required>
          {(p) => (
            <select {...p} defaultValue={str(values.validity) || "VALID"} className={inputClass}>
              <Options items={VALIDITY_LABELS} />
            </select>
          )}
        </Field>
        <Field name="attribute" label="拟公开属性" errors={errors} required hint="源头认定；不予公开须在保密审查时说明依据">
          {(p) => (
            <select {...p} defaultValue={str(values.attribute) || "PROACTIVE"} className={inputClass}>
              <Options items={ATTRIBUTE_LABELS} />
            </select>
          )}
        </Field>
        <Field name="scope" label="公开范围" errors={errors} required>
          {(p) => <input {...p} defaultValue={str(values.scope) || "面向社会"} className={inputClass} />}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">
          公开方式
          <span className="ml-1 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="flex flex-wrap gap-4">
          {DISCLOSURE_METHODS.map((method) => (
            <label key={method} className="flex items-center gap-2">
              <input type="checkbox" name="methods" value={method} defaultChecked={methods.has(method)} className="size-5" />
              {method}
            </label>
          ))}
        </div>
        <p className="text-sm font-medium text-red-700" aria-live="polite">
          {errors?.methods?.join("；")}
        </p>
      </fieldset>
      <Field name="article20Item" label="条例第二十条事项" errors={errors} hint="属于法定主动公开内容的，选择对应事项">
        {(p) => (
          <select {...p} defaultValue={str(values.article20Item)} className={inputClass}>
            <option value="">不属于 / 不适用</option>
            <Options items={ARTICLE_20_ITEMS} />
          </select>
        )}
      </Field>
      <Field name="keywords" label="关键词" errors={errors} hint="用逗号或顿号分隔，最多 10 个">
        {(p) => <input {...p} defaultValue={str(values.keywords)} className={inputClass} />}
      </Field>
      <Field name="summary" label="内容概述" errors={errors}>
        {(p) => <textarea {...p} rows={3} defaultValue={str(values.summary)} className={inputClass} />}
      </Field>
      <Field
        name="bodyHtml"
        label="正文"
        errors={errors}
        hint="可直接粘贴纯文本（每行成为一段），也可使用段落、标题、列表、表格和链接等 HTML 标记；脚本、样式等不安全内容保存时会被自动清除。"
      >
        {(p) => <textarea {...p} rows={14} defaultValue={str(values.bodyHtml)} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <SubmitButton pendingText="正在保存…">{submitLabel}</SubmitButton>
    </form>
  );
}
