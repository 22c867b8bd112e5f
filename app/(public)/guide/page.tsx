import { notFound, redirect } from "next/navigation";
import { findTopUnit } from "@/lib/site/queries";

/** 政府信息公开指南: the guide of the site's top unit, which its page shows with the way down to each unit. */
export default async function GuidePage() {
  const top = await findTopUnit();
  if (!top) notFound();
  redirect(`/units/${top.id}#guide`);
}
