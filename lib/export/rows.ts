/**
 * The columns of each admin list's export: what a row of the list becomes in CSV and XLSX. Dates and
 * times in China time (lib/format.ts), codes as their Chinese labels.
 */
import type { ApplicantType, RequestChannel, RequestOutcome, RequestState, RevisionState } from "@/lib/db/generated/enums";
import { formatDate, formatDateTime } from "@/lib/format";
import { ID_TYPE_LABELS, type IdType } from "@/lib/requests/identity";
import { APPLICANT_TYPE_LABELS, REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATE_LABELS } from "@/lib/requests/model";
import { REVISION_STATE_LABELS } from "@/lib/review/model";
import type { ExportColumn } from "./model";

const date = (d: Date | null) => (d ? formatDate(d) : null);
const dateTime = (d: Date | null) => (d ? formatDateTime(d) : null);

export interface EntryExportRow {
  number: number;
  state: RevisionState;
  title: string;
  documentNo: string | null;
  generatedOn: Date;
  updatedAt: Date;
  entry: { indexNo: string | null; firstPublishedAt: Date | null; unit: { name: string } };
  topic: { name: string };
  genre: { name: string };
}

export const ENTRY_EXPORT_COLUMNS: ExportColumn<EntryExportRow>[] = [
  { header: "索引号", cell: (r) => r.entry.indexNo, width: 24 },
  { header: "标题", cell: (r) => r.title, width: 48 },
  { header: "文号", cell: (r) => r.documentNo, width: 20 },
  { header: "发布机构", cell: (r) => r.entry.unit.name, width: 24 },
  { header: "主题分类", cell: (r) => r.topic.name, width: 16 },
  { header: "体裁", cell: (r) => r.genre.name, width: 10 },
  { header: "状态", cell: (r) => REVISION_STATE_LABELS[r.state], width: 10 },
  { header: "版本", cell: (r) => r.number, width: 6 },
  { header: "生成日期", cell: (r) => date(r.generatedOn), width: 12 },
  { header: "公开日期", cell: (r) => date(r.entry.firstPublishedAt), width: 12 },
  { header: "更新时间", cell: (r) => dateTime(r.updatedAt), width: 20 },
];

/** The applicant's personal data: exported only to those who may read it (canReadApplicantData). */
export interface ApplicantData {
  contactPerson: string | null;
  idType: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string | null;
  postalCode: string | null;
}

export interface RequestExportRow {
  trackingCode: string;
  state: RequestState;
  channel: RequestChannel;
  applicantType: ApplicantType;
  applicantName: string;
  description: string;
  submittedAt: Date;
  receivedOn: Date | null;
  dueOn: Date | null;
  outcome: RequestOutcome | null;
  answeredOn: Date | null;
  unit: { name: string };
  handler: { displayName: string } | null;
  /** Null when the reader may not see it. */
  applicant: ApplicantData | null;
}

const APPLICANT_COLUMNS: ExportColumn<RequestExportRow>[] = [
  { header: "联系人", cell: (r) => r.applicant?.contactPerson ?? null, width: 10 },
  { header: "证件类型", cell: (r) => (r.applicant ? (ID_TYPE_LABELS[r.applicant.idType as IdType] ?? r.applicant.idType) : null), width: 12 },
  { header: "证件号码", cell: (r) => r.applicant?.idNumber ?? null, width: 22 },
  { header: "联系电话", cell: (r) => r.applicant?.phone ?? null, width: 16 },
  { header: "电子邮箱", cell: (r) => r.applicant?.email ?? null, width: 22 },
  { header: "通信地址", cell: (r) => r.applicant?.address ?? null, width: 30 },
  { header: "邮政编码", cell: (r) => r.applicant?.postalCode ?? null, width: 8 },
];

/** The applications export; the personal-data columns only for a reader who may see them somewhere. */
export function requestExportColumns(withApplicantData: boolean): ExportColumn<RequestExportRow>[] {
  return [
    { header: "查询码", cell: (r) => r.trackingCode, width: 16 },
    { header: "受理机关", cell: (r) => r.unit.name, width: 24 },
    { header: "申请方式", cell: (r) => REQUEST_CHANNEL_LABELS[r.channel], width: 12 },
    { header: "状态", cell: (r) => REQUEST_STATE_LABELS[r.state], width: 10 },
    { header: "申请人类型", cell: (r) => APPLICANT_TYPE_LABELS[r.applicantType], width: 12 },
    { header: "申请人", cell: (r) => r.applicantName, width: 16 },
    ...(withApplicantData ? APPLICANT_COLUMNS : []),
    { header: "所需信息", cell: (r) => r.description, width: 48 },
    { header: "提交时间", cell: (r) => dateTime(r.submittedAt), width: 20 },
    { header: "收到日期", cell: (r) => date(r.receivedOn), width: 12 },
    { header: "答复期限", cell: (r) => date(r.dueOn), width: 12 },
    { header: "办理结果", cell: (r) => (r.outcome ? REQUEST_OUTCOME_LABELS[r.outcome] : null), width: 20 },
    { header: "答复日期", cell: (r) => date(r.answeredOn), width: 12 },
    { header: "经办人", cell: (r) => r.handler?.displayName ?? null, width: 10 },
  ];
}

export interface AuditExportRow {
  createdAt: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  reason: string | null;
}

export const AUDIT_EXPORT_COLUMNS: ExportColumn<AuditExportRow>[] = [
  { header: "时间", cell: (r) => dateTime(r.createdAt), width: 20 },
  { header: "操作人", cell: (r) => r.actorName, width: 12 },
  { header: "操作", cell: (r) => r.action, width: 22 },
  { header: "对象", cell: (r) => `${r.entityType} ${r.entityId}`, width: 24 },
  { header: "内容", cell: (r) => r.summary, width: 60 },
  { header: "理由", cell: (r) => r.reason, width: 24 },
];
