/**
 * Loaders of the register: the page loader of one entry, and the export's route handler.
 * Both need "register.manage" (the register holds users' personal data: members and
 * strangers are refused before anything is read).
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { fileResponse, jsonError, withJsonErrors } from "@/lib/route-handler";
import { uuidParam } from "@/lib/validation";
import { registerFileName, registerToCsv, registerToXlsx } from "./export";
import { findRegisterEntry, findRegisterExport, registerToday } from "./queries";
import { registerExportSearchSchema } from "./schemas";

/**
 * One entry: prefecture access with "register.manage" → zod-parsed id (404) → the entry of
 * that prefecture (404 for another prefecture's id). Memoised per request so generateMetadata
 * and the page share it.
 */
export const requireRegisterEntry = cache(async (code: string, entryId: string) => {
  const { actor, prefecture } = await requirePrefectureAccess(code, "register.manage");
  if (!uuidParam.safeParse(entryId).success) notFound();
  const entry = await findRegisterEntry(prefecture.id, entryId);
  if (!entry) notFound();
  return { actor, prefecture, entry };
});

/**
 * GET /{code}/registre/export.csv|xlsx?du=2021-01-01&au=2021-12-31 (or the list's ?annee=2021
 * and filters; nothing: the whole register). 401/403/404 in French JSON like every route; a
 * bad date is a 400 that says which.
 */
export function registerExportRoute(format: "csv" | "xlsx") {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const { code } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const { actor, prefecture } = access;
    if (!can(actor, "register.manage", { kind: "prefecture", prefectureId: prefecture.id })) {
      return jsonError(403, "Vous n'avez pas accès au registre de cette préfecture.");
    }
    const parsed = registerExportSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "Paramètres invalides.");
    const s = parsed.data;
    const year = s.du || s.au ? null : (s.annee ?? null);
    const from = year ? `${year}-01-01` : s.du;
    const to = year ? `${year}-12-31` : s.au;
    const entries = await findRegisterExport(
      prefecture.id,
      { from, to, type: s.type, channel: s.canal, service: s.service || undefined, overdueOnly: s.retard === "1" },
      registerToday(),
    );
    const fileName = registerFileName(prefecture.code, format, { from, to });
    return format === "csv"
      ? fileResponse(registerToCsv(entries), fileName, "text/csv; charset=utf-8")
      : fileResponse(await registerToXlsx(entries), fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}
