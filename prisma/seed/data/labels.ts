/**
 * Labels granted according to the seeds: only the Vosges (004) says a label was obtained.
 * Charente (003) planned its internal audit (4–5 May 2022) and SOCOTEC audit (end of June
 * 2022) but no seed says the label was granted; Vienne (002) was a candidate.
 */
import type { SeedLabel } from "./types";

export const labels: SeedLabel[] = [
  {
    prefectureCode: "88",
    frameworkCode: "QUAL_E_PREF",
    // 19 engagements of general relations with users + 4 of emergency communication
    moduleNumbers: [1, 7],
    obtainedOn: "2022-10-20",
    validUntil: "2025-10-20",
    certifier: "SOCOTEC Environnement",
    audits: [
      { kind: "EXTERNAL", auditor: "SOCOTEC Environnement" },
      // "au plus tard en janvier 2024"
      { kind: "FOLLOW_UP", plannedBy: "2024-01-31", auditor: "SOCOTEC Environnement" },
    ],
    source: "004",
  },
];
