"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { checkLinksNow } from "@/lib/safeguards/link-check";

/** Runs the link check now; the page then shows the new counts. */
export async function runLinkCheckAction(): Promise<void> {
  const actor = await requireUser();
  await checkLinksNow({ actor });
  revalidatePath("/admin/links");
  revalidatePath("/admin/reports/monthly");
  redirect("/admin/links?done=1");
}
