/** Error codes a service can raise. Each needs a user-facing message below, or it does not compile. */
export type DomainErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID_INPUT" | "INVALID_TRANSITION" | "SELF_ACTION" | "LAST_ADMIN" | "DELIVERY_FAILED";

const MESSAGES: Record<DomainErrorCode, string> = {
  NOT_FOUND: "找不到该记录，可能已被删除或您无权查看。",
  FORBIDDEN: "您没有执行此操作的权限。",
  CONFLICT: "数据已被他人修改或与现有记录冲突，请刷新后重试。",
  INVALID_INPUT: "填写的内容有误，请检查后重试。",
  INVALID_TRANSITION: "当前状态下不能执行此操作。",
  SELF_ACTION: "不能对自己的账号执行此操作。",
  LAST_ADMIN: "这是最后一个系统管理员，不能停用或撤销其角色。",
  DELIVERY_FAILED: "邮件发送失败，请检查邮件服务器设置。",
};

/** An expected failure of a domain rule: shown to the user, never logged as a crash. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly meta?: Record<string, unknown>;
  /** Field-specific messages (e.g. a duplicate username), merged into the form's errors. */
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: DomainErrorCode, options: { message?: string; meta?: Record<string, unknown>; fieldErrors?: Record<string, string[]> } = {}) {
    super(options.message ?? MESSAGES[code]);
    this.name = "DomainError";
    this.code = code;
    this.meta = options.meta;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function defaultMessage(code: DomainErrorCode): string {
  return MESSAGES[code];
}
