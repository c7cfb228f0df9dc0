import { membersToCsv } from "@/lib/committees/export";
import { getMembersExport, membersExportBaseName } from "@/lib/committees/queries";
import { committeeRoute } from "@/lib/committees/loaders";
import { fileResponse, jsonError } from "@/lib/route-handler";

/**
 * The committee's current members as CSV (";", UTF-8 with BOM: what French Excel opens).
 * Personal e-mails and phones: the people who manage the committee only, not its members. */
export const GET = committeeRoute("committee.manage", async ({ prefecture, committee }) => {
  const data = await getMembersExport(prefecture.id, committee.id);
  if (!data) return jsonError(404, "Comité introuvable.");
  return fileResponse(
    membersToCsv(data.rows),
    `${membersExportBaseName(data.committee.kind, data.prefectureCode)}.csv`,
    "text/csv; charset=utf-8",
  );
});
