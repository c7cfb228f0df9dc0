/**
 * The year export's route handlers (app/[code]/indicateurs/export.csv|xlsx): signed-in
 * members with "results.read" in the prefecture; `?annee=2021`, else the current year.
 */
import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { routePrefectureAccess } from "@/lib/prefectures/loaders";
import { dayOf } from "@/lib/periods";
import { fileResponse, jsonError, withJsonErrors } from "@/lib/route-handler";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";
import { yearTableFileName, yearTableToCsv, yearTableToXlsx } from "./export";
import { getIndicatorYear } from "./queries";
import { yearTableOf } from "./transfer";

const yearParam = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);

export function indicatorYearExportRoute(format: "csv" | "xlsx") {
  return withJsonErrors(async (request: Request, { params }: { params: Promise<{ code: string }> }) => {
    const { code } = await params;
    const access = await routePrefectureAccess(code);
    if (access instanceof Response) return access;
    const { actor, prefecture } = access;
    if (!can(actor, "results.read", { kind: "prefecture", prefectureId: prefecture.id })) {
      return jsonError(403, "Vous n'avez pas accès aux indicateurs de cette préfecture.");
    }
    const asked = new URL(request.url).searchParams.get("annee");
    const parsed = yearParam.safeParse(asked ?? dayOf(new Date()).getUTCFullYear());
    if (!parsed.success) return jsonError(400, `Année invalide : indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR} (?annee=2021).`);
    const table = yearTableOf(await getIndicatorYear(prefecture.id, parsed.data));
    const fileName = yearTableFileName(parsed.data, format, prefecture.code);
    return format === "csv"
      ? fileResponse(yearTableToCsv(table), fileName, "text/csv; charset=utf-8")
      : fileResponse(await yearTableToXlsx(table), fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}
