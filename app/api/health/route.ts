import { NextResponse } from "next/server";
import { checkPortalHealth } from "@/lib/health";

/** Public by design: monitoring must reach it without an account. */
export async function GET() {
  const health = await checkPortalHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
