import { yearlyReportPdfRoute } from "@/lib/yearly-report/loaders";

/** The yearly report as a PDF (bilan-indicateurs-2021-charente.pdf). */
export const GET = yearlyReportPdfRoute;
