import { ACCEPTED_TYPES, formatSize } from "@/lib/attachments/model";

export interface AttachmentItem {
  id: number;
  filename: string;
  mimeType: string;
  size: number;
}

/** Attachments with type and size, as download links; `renderAction` adds per-file controls in admin. */
export function AttachmentList({ attachments, renderAction }: { attachments: AttachmentItem[]; renderAction?: (a: AttachmentItem) => React.ReactNode }) {
  if (attachments.length === 0) return <p className="text-slate-600">无附件。</p>;
  return (
    <ul className="space-y-2">
      {attachments.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-3">
          <span>
            <a href={`/attachments/${a.id}`} download>
              {a.filename}
            </a>{" "}
            <span className="text-sm text-slate-600">
              （{ACCEPTED_TYPES[a.mimeType] ?? a.mimeType}，{formatSize(a.size)}）
            </span>
          </span>
          {renderAction?.(a)}
        </li>
      ))}
    </ul>
  );
}
