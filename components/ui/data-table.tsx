import type { ReactNode } from "react";

/** The admin list table: a screen-reader caption, column headings, and the caller's rows as <tbody>. */
export function DataTable({ caption, columns, small = false, children }: { caption: string; columns: string[]; small?: boolean; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className={`w-full text-left ${small ? "text-sm" : ""}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
