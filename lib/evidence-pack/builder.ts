/**
 * Writes a planned evidence pack as a ZIP into any Writable (an HTTP response, a temporary
 * file, a byte counter), with archiver. One file is produced at a time and the next one is
 * only started once archiver has written the previous entry out: peak memory is about the
 * largest single file (a PDF), never the whole pack. The register extract is itself a stream
 * of batches. PDF and XLSX are stored (already compressed), text is deflated.
 */
import "server-only";
import { Readable, type Writable } from "node:stream";
import archiver from "archiver";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/policy";
import { renderMinutesPdf, renderYearlyReportPdf } from "@/lib/exports";
import { yearTableOf, yearTableToXlsx } from "@/lib/indicators/export";
import { REGISTER_HEADERS, registerRows } from "./register-extract";
import { findMinutesDocument } from "@/lib/minutes/queries";
import { findSurveysOfYear } from "@/lib/surveys/queries";
import { getYearlyReport } from "@/lib/yearly-report/queries";
import {
  ACTION_PLAN_HEADERS,
  SURVEY_HEADERS,
  actionPlanRows,
  csvLines,
  csvStart,
  evidencePackManifest,
  surveyRows,
  type PackAction,
  type PackFile,
} from "./domain";
import { findPackActions, registerEntriesOfYear, type EvidencePackPlan } from "./queries";

export interface PackProgress {
  /** 1-based: the file just written */
  index: number;
  total: number;
  file: PackFile;
}

export interface WritePackOptions {
  actor: Actor;
  /** Called after each entry has been written out */
  onFile?: (progress: PackProgress) => void;
  now?: Date;
}

type EntryBody = Buffer | string | Readable;

/** The action plan as a workbook: one row per action, header frozen and filterable, long texts wrapped. */
export async function actionPlanXlsx(actions: readonly PackAction[], year: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portail des comités locaux des usagers";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(`Plan d'actions ${year}`, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = [50, 28, 45, 40, 30, 12, 12, 45, 50, 12];
  sheet.columns = ACTION_PLAN_HEADERS.map((header, i) => ({ header, width: widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of actionPlanRows(actions)) sheet.addRow(row);
  for (const column of [6, 10]) sheet.getColumn(column).numFmt = "dd/mm/yyyy";
  for (const column of [1, 3, 4, 8, 9]) sheet.getColumn(column).alignment = { wrapText: true, vertical: "top" };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ACTION_PLAN_HEADERS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The register extract as a byte stream, batch after batch (archiver pulls it at its pace). */
function registerCsv(prefectureId: string, year: number): Readable {
  async function* lines() {
    yield Buffer.from(csvStart(REGISTER_HEADERS));
    for await (const batch of registerEntriesOfYear(prefectureId, year)) yield Buffer.from(csvLines(registerRows(batch)));
  }
  return Readable.from(lines(), { objectMode: false });
}

async function produce(plan: EvidencePackPlan, file: PackFile, options: WritePackOptions, now: Date): Promise<EntryBody> {
  const { prefecture, year } = plan;
  switch (file.kind) {
    case "manifest":
      return evidencePackManifest(plan.facts, plan.files, now);
    case "indicators":
      return yearTableToXlsx(yearTableOf(plan.indicatorYear));
    case "yearlyReport": {
      const report = await getYearlyReport(prefecture.id, year);
      if (!report) throw new Error(`Yearly report of ${prefecture.code} ${year}: prefecture not found`);
      return renderYearlyReportPdf(report);
    }
    case "minutes": {
      const document = file.minutesId ? await findMinutesDocument(prefecture.id, file.minutesId) : null;
      if (!document) throw new Error(`Minutes ${file.minutesId ?? "?"} of ${prefecture.code} vanished while the pack was built`);
      return renderMinutesPdf(document);
    }
    case "actionPlan":
      return actionPlanXlsx(await findPackActions(prefecture.code, prefecture.id, options.actor, year), year);
    case "register":
      return registerCsv(prefecture.id, year);
    case "surveys":
      return csvStart(SURVEY_HEADERS) + csvLines(surveyRows(await findSurveysOfYear(prefecture.id, year)));
  }
}

/**
 * Streams the pack into `output` and resolves once it is complete (the output finished), with
 * the ZIP's size. Rejects — and stops producing files — when archiver fails or the output is
 * closed early (the browser cancelled the download).
 */
export async function writeEvidencePack(plan: EvidencePackPlan, output: Writable, options: WritePackOptions): Promise<{ bytes: number }> {
  const now = options.now ?? new Date();
  const archive = archiver("zip", { zlib: { level: 6 } });
  // Set on the output's own "finish", before its "close": a close without it is a cancellation.
  let finished = false;
  const done = new Promise<void>((resolve) =>
    output.on("finish", () => {
      finished = true;
      resolve();
    }),
  );
  let failure: Error | null = null;
  const failed = new Promise<never>((_, reject) => {
    const fail = (error: Error) => {
      failure ??= error;
      reject(failure);
    };
    archive.on("error", fail);
    // A warning is a missing file on disk for archiver's glob/directory helpers, which are not used here: treat it as an error.
    archive.on("warning", fail);
    output.on("error", fail);
    output.on("close", () => {
      if (!finished) fail(new Error("Le téléchargement a été interrompu."));
    });
  });
  failed.catch(() => {});
  archive.pipe(output);

  try {
    const total = plan.files.length;
    for (const [i, file] of plan.files.entries()) {
      const body = await Promise.race([produce(plan, file, options, now), failed]);
      const written = new Promise<void>((resolve) => {
        const onEntry = (entry: archiver.EntryData) => {
          if (entry.name !== file.name) return;
          archive.off("entry", onEntry);
          resolve();
        };
        archive.on("entry", onEntry);
      });
      archive.append(body, { name: file.name, date: now, store: file.store });
      await Promise.race([written, failed]);
      options.onFile?.({ index: i + 1, total, file });
    }
    await Promise.race([archive.finalize(), failed]);
    await Promise.race([done, failed]);
    return { bytes: archive.pointer() };
  } catch (error) {
    archive.abort();
    throw error;
  }
}
