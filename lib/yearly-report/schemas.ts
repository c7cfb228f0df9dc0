/** Inputs of the yearly report's actions (zod, French messages), shared by the form and the action. */
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "@/lib/validation";

export const reportYear = z.coerce
  .number({ message: "Indiquez l'année du bilan." })
  .int("Indiquez l'année du bilan sur quatre chiffres.")
  .min(MIN_YEAR, `Indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`)
  .max(MAX_YEAR, `Indiquez une année entre ${MIN_YEAR} et ${MAX_YEAR}.`);

export const attachYearlyReportSchema = z.object({
  meetingId: z.string({ message: "Choisissez une séance." }).uuid("Choisissez une séance."),
  year: reportYear,
});
export type AttachYearlyReportInput = z.infer<typeof attachYearlyReportSchema>;
