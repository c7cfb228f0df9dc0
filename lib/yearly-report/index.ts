/**
 * The yearly results report (bilan annuel, domain.md §5 and §11): every followed indicator of
 * a prefecture for a year — aggregate, target, status, trend against the previous year, the
 * periods' small chart, the explanations of missed targets — on a printable page, as a PDF, and
 * attached to a meeting as an annex. Figures come from lib/indicators (getIndicatorYear); this
 * room adds the comparison, the words and the documents.
 *
 * Entries: ./domain (pure rules), ./queries (getYearlyReport), ./loaders (page and PDF
 * route), ./actions (attachYearlyReport), ./schemas.
 */
export type { YearlyReport, AttachableMeeting } from "./queries";
export { yearlyReportFileBase, yearlyReportTitle } from "./domain";
