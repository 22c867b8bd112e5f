import Link from "next/link";
import { formatCount } from "@/lib/format";
import { queryString } from "@/lib/query-string";

/** Previous/next links that keep the other query parameters; pages are 1-based. */
export function Pagination({
  page,
  pageCount,
  total,
  estimated = false,
  params,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** The total is an estimate (see lib/search/counting.ts). */
  estimated?: boolean;
  params: Record<string, string | undefined>;
}) {
  const href = (p: number) => queryString({ ...params, page: String(p) });
  return (
    <nav aria-label="分页" className="flex items-center justify-between gap-4 py-3 text-sm">
      <span>
        共 {formatCount(total, estimated)} 条，第 {page} / {pageCount} 页
      </span>
      <span className="flex gap-3">
        {page > 1 ? (
          <Link href={href(page - 1)} rel="prev">
            上一页
          </Link>
        ) : (
          <span className="text-slate-600">上一页</span>
        )}
        {page < pageCount ? (
          <Link href={href(page + 1)} rel="next">
            下一页
          </Link>
        ) : (
          <span className="text-slate-600">下一页</span>
        )}
      </span>
    </nav>
  );
}
