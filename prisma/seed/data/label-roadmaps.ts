/**
 * Label paths under way, as the seeds plan them. 003 (Charente, CLU of 5 April 2022, "La
 * feuille de route du déploiement de la démarche Qual-e-Pref"): self-diagnosis in September
 * 2021 (état des lieux by the PGM with the offices), compliance work and action plan October
 * 2021 – April 2022, internal audit on 4 and 5 May 2022 by an auditor of the ministry,
 * corrective actions May – June 2022, external audit by SOCOTEC at the end of June 2022,
 * label aimed for June 2022, on modules 1 and 2 (the prefecture hosts a CERT). No seed says the
 * label was then granted, so it stays "in preparation" with its audits planned, not held.
 */
import type { AuditKind } from "@/lib/quality/vocabulary";

export interface SeedLabelRoadmap {
  prefectureCode: string;
  frameworkCode: "QUAL_E_PREF";
  moduleNumbers: number[];
  audits: { kind: AuditKind; heldOn?: string; dueBy?: string; auditor?: string; findings?: string }[];
  source: string;
}

export const labelRoadmaps: SeedLabelRoadmap[] = [
  {
    prefectureCode: "16",
    frameworkCode: "QUAL_E_PREF",
    moduleNumbers: [1, 2],
    audits: [
      {
        kind: "SELF_ASSESSMENT",
        // 003 says "Septembre 2021" (done by April 2022) without a day: the month's last day.
        heldOn: "2021-09-30",
        auditor: "Pôle de gestion de la modernisation (PGM) de la préfecture",
        findings: "État des lieux de l'existant réalisé par le PGM avec les bureaux concernés (septembre 2021).",
      },
      {
        kind: "INTERNAL",
        dueBy: "2022-05-05",
        auditor: "Auditeur interne du ministère de l'Intérieur",
        findings: "Pré-évaluation prévue les 4 et 5 mai 2022.",
      },
      { kind: "EXTERNAL", dueBy: "2022-06-30", auditor: "SOCOTEC", findings: "Audit de labellisation prévu fin juin 2022." },
    ],
    source: "003",
  },
];
