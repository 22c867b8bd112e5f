import { getInstanceId } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Liveness for the load balancer or orchestrator: the process answers. It touches no database on purpose. */
export function GET() {
  return Response.json({ status: "ok", instance: getInstanceId(), uptimeSeconds: Math.round(process.uptime()) }, { headers: { "cache-control": "no-store" } });
}
