"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/admin/navigation";

export function AdminNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="管理菜单">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const active = item.href === "/admin" ? pathname === "/admin" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`hover:bg-brand-50 block rounded px-3 py-2 no-underline ${active ? "bg-brand-100 text-brand-800 font-semibold" : "text-slate-800"}`}
              >
                {item.label}
                {item.badge ? (
                  <span className="ml-2 rounded-full bg-red-700 px-2 text-sm text-white" aria-label={`${item.badge} 条待办`}>
                    {item.badge}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
