/**
 * The yearly report's loaders: the page's (prefecture → session → "results.read" → the year
 * of the URL, 404 when it is not a report year) and the PDF route's, answering in French JSON.
 */
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { renderYearlyReportPdf } from "@/lib/exports";
import { dayOf } from "@/lib/periods";
import { requirePrefectureAccess, routePrefectureAccess } from "@/lib/prefectures/loaders";
import { fileResponse, jsonError, withJsonErrors } from "@/lib/route-handler";
import { MIN_YEAR } from "@/lib/validation";
import { parseReportYear, yearlyReportFileBase } from "./domain";
import { getYearlyReport } from "./queries";

const currentYear = () => dayOf(new Date()).getUTCFullYear();

/** The page's loader: memoised per request, so generateMetadata and the page share it. */
export const requireYearlyReport = cache(async (code: string, yearSegment: string) => {
  const { actor, prefecture } = await requirePrefectureAccess(code, "results.read");
  const year = parseReportYear(yearSegment, currentYear(), MIN_YEAR);
  if (year === null) notFound();
  const report = await getYearlyReport(prefecture.id, year);
  if (!report) notFound();
  return { actor, prefecture, year, report };
});

/** GET /{code}/bilan/{year}/bilan.pdf: members with "results.read". */
export const yearlyReportPdfRoute = withJsonErrors(async (_request: Request, { params }: { params: Promise<{ code: string; year: string }> }) => {
  const { code, year: segment } = await params;
  const access = await routePrefectureAccess(code);
  if (access instanceof Response) return access;
  const { actor, prefecture } = access;
  if (!can(actor, "results.read", { kind: "prefecture", prefectureId: prefecture.id })) {
    return jsonError(403, "Vous n'avez pas accès aux résultats de cette préfecture.");
  }
  const year = parseReportYear(segment, currentYear(), MIN_YEAR);
  if (year === null) return jsonError(404, `Bilan introuvable : indiquez une année entre ${MIN_YEAR} et ${currentYear()}.`);
  const report = await getYearlyReport(prefecture.id, year);
  if (!report) return jsonError(404, "Préfecture introuvable.");
  const pdf = await renderYearlyReportPdf(report);
  return fileResponse(pdf, `${yearlyReportFileBase(year, report.prefecture.name)}.pdf`, "application/pdf");
});
