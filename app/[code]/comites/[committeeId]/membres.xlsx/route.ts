import { membersToXlsx } from "@/lib/committees/export/members-export";
import { committeeResourceInPrefecture, getMembersExport, membersExportBaseName } from "@/lib/committees/queries";
import { fileResponse, guardedRoute, jsonError } from "@/lib/route-handler";

type Params = { code: string; committeeId: string };

/** The committee's current members as an Excel workbook (same columns as the CSV). */
export const GET = guardedRoute<Params>({
  // Personal e-mails and phones: the people who manage the committee only, not its members.
  verb: "committee.manage",
  resource: (params, db) => committeeResourceInPrefecture(db, params.code, params.committeeId),
  async handler({ resource, params }) {
    if (resource.kind !== "committee") return jsonError(404, "Comité introuvable.");
    const data = await getMembersExport(resource.prefectureId, params.committeeId);
    if (!data) return jsonError(404, "Comité introuvable.");
    return fileResponse(
      await membersToXlsx(data.rows),
      `${membersExportBaseName(data.committee.kind, data.prefectureCode)}.xlsx`,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
  },
});
