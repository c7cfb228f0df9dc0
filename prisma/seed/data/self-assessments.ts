/**
 * SP+ self-assessments as the seeds report them. 000/001 (Vienne, CLU-CLAC of 24 January
 * 2023): "Chaque structure a réalisé un auto diagnostic sur chacun des 9 engagements du
 * programme SP+. Les 4 structures atteignent au final 64 % des engagements indiqués." The
 * self-diagnosis was done in the second half of 2022 (003 plans it for then), hence campaign
 * 2022; the four structures of the OTE perimeter the deck names are the prefecture, the DDT,
 * the DDETS and the DDPP.
 *
 * The seed gives the overall share only. The distribution per structure below is
 * illustrative, built to honour what the deck does say: 23 engagements met out of 36
 * (63,9 % → "64 %"); the prefecture, with Qual-e-Pref deployed, meets more of them; the first
 * CLAC actions are satisfaction surveys in the DDI (measuring the service rendered) and a
 * campaign on eco-responsible gestures for every structure.
 */
import type { AssessmentLevel } from "@/lib/quality/vocabulary";

export interface SeedSelfAssessment {
  prefectureCode: string;
  campaign: number;
  /** the structure's name, as in prefectures.ts */
  structureName: string;
  /** level per SP+ engagement code ("SPP-1") */
  levels: Record<string, AssessmentLevel>;
  comments?: Record<string, string>;
  source: string;
}

const SURVEY_ACTION = "Mesure du service rendu : enquête de satisfaction à réaliser (première action du CLAC, 000).";
const ECO_ACTION = "Campagne de communication sur les gestes éco-responsables prévue pour toutes les structures (000).";

export const selfAssessments: SeedSelfAssessment[] = [
  {
    prefectureCode: "86",
    campaign: 2022,
    structureName: "Préfecture de la Vienne",
    levels: { "SPP-1": "MET", "SPP-2": "MET", "SPP-3": "MET", "SPP-4": "MET", "SPP-5": "MET", "SPP-6": "MET", "SPP-7": "MET", "SPP-8": "MET", "SPP-9": "PARTLY_MET" },
    comments: { "SPP-9": ECO_ACTION },
    source: "000",
  },
  {
    prefectureCode: "86",
    campaign: 2022,
    structureName: "Direction départementale des territoires",
    levels: { "SPP-1": "MET", "SPP-2": "MET", "SPP-3": "PARTLY_MET", "SPP-4": "MET", "SPP-5": "MET", "SPP-6": "NOT_MET", "SPP-7": "PARTLY_MET", "SPP-8": "MET", "SPP-9": "PARTLY_MET" },
    comments: { "SPP-6": SURVEY_ACTION, "SPP-9": ECO_ACTION },
    source: "000",
  },
  {
    prefectureCode: "86",
    campaign: 2022,
    structureName: "Direction départementale de l'emploi, du travail et des solidarités",
    levels: { "SPP-1": "MET", "SPP-2": "MET", "SPP-3": "MET", "SPP-4": "MET", "SPP-5": "MET", "SPP-6": "NOT_MET", "SPP-7": "PARTLY_MET", "SPP-8": "PARTLY_MET", "SPP-9": "PARTLY_MET" },
    comments: { "SPP-6": SURVEY_ACTION, "SPP-9": ECO_ACTION },
    source: "000",
  },
  {
    prefectureCode: "86",
    campaign: 2022,
    structureName: "Direction départementale de la protection des populations",
    levels: { "SPP-1": "MET", "SPP-2": "MET", "SPP-3": "MET", "SPP-4": "MET", "SPP-5": "PARTLY_MET", "SPP-6": "NOT_MET", "SPP-7": "PARTLY_MET", "SPP-8": "MET", "SPP-9": "PARTLY_MET" },
    comments: { "SPP-6": SURVEY_ACTION, "SPP-9": ECO_ACTION },
    source: "000",
  },
];
