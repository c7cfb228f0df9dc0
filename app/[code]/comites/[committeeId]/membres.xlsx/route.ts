import { membersToXlsx } from "@/lib/committees/export";
import { getMembersExport, membersExportBaseName } from "@/lib/committees/queries";
import { committeeRoute } from "@/lib/committees/loaders";
import { fileResponse, jsonError } from "@/lib/route-handler";

/**
 * The committee's current members as an Excel workbook (same columns as the CSV).
 * Personal e-mails and phones: the people who manage the committee only, not its members. */
export const GET = committeeRoute("committee.manage", async ({ prefecture, committee }) => {
  const data = await getMembersExport(prefecture.id, committee.id);
  if (!data) return jsonError(404, "Comité introuvable.");
  return fileResponse(
    await membersToXlsx(data.rows),
    `${membersExportBaseName(data.committee.kind, data.prefectureCode)}.xlsx`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
});
