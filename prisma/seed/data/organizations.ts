/**
 * Organisations that hold seats on the committees or employ the persons of the seeds
 * (002 Vienne, 003 Charente, 004 Vosges). Names are normalised (capitals, obvious typos such as
 * "Châtelleraut"); the function text printed in each meeting stays verbatim on the attendance
 * (`functionAtMeeting`).
 *
 * Committee colleges: the seeds only print two colleges ("représentants des services de
 * l'État / de l'administration" and "représentants des usagers"); 002 lists mayors, the
 * Défenseur des droits delegates and the CNPA among the users. `kind` below describes the
 * organisation itself, not the college of its seat.
 */
import type { SeedOrganization } from "./types";

export const organizations: SeedOrganization[] = [
  /* ---------- Vienne (86), seed 002 ---------- */
  { key: "86-prefecture", prefectureCode: "86", name: "Préfecture de la Vienne", kind: "STATE_SERVICE" },
  {
    key: "86-sgc",
    prefectureCode: "86",
    name: "Secrétariat général commun",
    shortName: "SGC",
    kind: "STATE_SERVICE",
  },
  {
    key: "86-ddets",
    prefectureCode: "86",
    name: "Direction départementale de l'emploi, du travail et des solidarités de la Vienne",
    shortName: "DDETS",
    kind: "STATE_SERVICE",
  },
  {
    key: "86-ofii",
    prefectureCode: "86",
    name: "Office français de l'immigration et de l'intégration",
    shortName: "OFII",
    kind: "STATE_SERVICE",
  },
  {
    key: "86-mission-locale-rurale-centre-sud-vienne",
    prefectureCode: "86",
    name: "Mission locale rurale Centre Sud Vienne",
    kind: "ASSOCIATION",
  },
  {
    key: "86-mission-locale-nord-vienne",
    prefectureCode: "86",
    name: "Mission locale Nord Vienne (Châtellerault)",
    kind: "ASSOCIATION",
  },
  {
    key: "86-mission-locale-poitiers",
    prefectureCode: "86",
    name: "Mission locale de Poitiers",
    kind: "ASSOCIATION",
  },
  {
    key: "86-commune-champagne-saint-hilaire",
    prefectureCode: "86",
    name: "Commune de Champagné-Saint-Hilaire",
    kind: "LOCAL_AUTHORITY",
  },
  {
    key: "86-commune-boivre-la-vallee",
    prefectureCode: "86",
    name: "Commune de Boivre-la-Vallée",
    kind: "LOCAL_AUTHORITY",
  },
  { key: "86-commune-archigny", prefectureCode: "86", name: "Commune d'Archigny", kind: "LOCAL_AUTHORITY" },
  {
    key: "86-mds-poitiers",
    prefectureCode: "86",
    name: "Maison départementale de la solidarité de Poitiers",
    shortName: "MDS Poitiers",
    kind: "LOCAL_AUTHORITY",
  },
  {
    key: "86-mdph",
    prefectureCode: "86",
    name: "Maison départementale des personnes handicapées de la Vienne",
    shortName: "MDPH 86",
    kind: "OTHER",
  },
  {
    key: "86-amv",
    prefectureCode: "86",
    name: "Association des maires de la Vienne",
    kind: "ASSOCIATION",
  },
  {
    key: "86-toit-du-monde",
    prefectureCode: "86",
    name: "Association le « Toit du Monde »",
    kind: "ASSOCIATION",
  },
  {
    key: "86-ufc-que-choisir",
    prefectureCode: "86",
    name: "UFC-Que Choisir Vienne",
    shortName: "UFC-Que Choisir",
    kind: "ASSOCIATION",
  },
  { key: "86-croix-rouge", prefectureCode: "86", name: "Croix-Rouge française", kind: "ASSOCIATION" },
  {
    key: "86-emmaus-naintre",
    prefectureCode: "86",
    name: "Communauté Emmaüs de Naintré-Châtellerault",
    kind: "ASSOCIATION",
  },
  { key: "86-emmaus-poitiers", prefectureCode: "86", name: "Emmaüs Poitiers", kind: "ASSOCIATION" },
  {
    key: "86-udaf",
    prefectureCode: "86",
    name: "Union départementale des associations familiales de la Vienne",
    shortName: "UDAF 86",
    kind: "ASSOCIATION",
  },
  {
    key: "86-pimms",
    prefectureCode: "86",
    name: "Point d'information médiation multi-services de Poitiers",
    shortName: "PIMMS Médiation Poitiers",
    kind: "ASSOCIATION",
  },
  {
    key: "86-defenseur-des-droits",
    prefectureCode: "86",
    name: "Défenseur des droits — délégués de la Vienne",
    kind: "OTHER",
  },
  { key: "86-cimade", prefectureCode: "86", name: "La Cimade", kind: "ASSOCIATION" },
  {
    key: "86-min-de-rien",
    prefectureCode: "86",
    name: "Association « Min'de Rien »",
    kind: "ASSOCIATION",
  },
  {
    key: "86-ldh",
    prefectureCode: "86",
    name: "Ligue des droits de l'homme",
    shortName: "LDH",
    kind: "ASSOCIATION",
  },
  {
    key: "86-secours-catholique",
    prefectureCode: "86",
    name: "Secours catholique — délégation de Poitiers",
    kind: "ASSOCIATION",
  },
  {
    key: "86-cnpa",
    prefectureCode: "86",
    name: "Conseil national des professions de l'automobile",
    shortName: "CNPA",
    kind: "PROFESSIONAL_BODY",
  },
  {
    key: "86-resf",
    prefectureCode: "86",
    name: "Réseau éducation sans frontières 86 (Ligue de l'enseignement)",
    shortName: "RESF 86",
    kind: "ASSOCIATION",
  },
  {
    key: "86-collectif-dailleurs",
    prefectureCode: "86",
    name: "Collectif « D'Ailleurs Nous Sommes d'Ici »",
    kind: "ASSOCIATION",
  },

  /* ---------- Charente (16), seed 003 ---------- */
  { key: "16-prefecture", prefectureCode: "16", name: "Préfecture de la Charente", kind: "STATE_SERVICE" },
  {
    key: "16-sp-cognac",
    prefectureCode: "16",
    name: "Sous-préfecture de Cognac",
    kind: "STATE_SERVICE",
  },
  {
    key: "16-sgcd",
    prefectureCode: "16",
    name: "Secrétariat général commun départemental",
    shortName: "SGCD",
    kind: "STATE_SERVICE",
  },
  {
    key: "16-defenseur-des-droits",
    prefectureCode: "16",
    name: "Défenseur des droits — délégués de la Charente",
    kind: "OTHER",
  },
  {
    key: "16-ufc-que-choisir",
    prefectureCode: "16",
    name: "UFC-Que Choisir de la Charente",
    shortName: "UFC-Que Choisir",
    kind: "ASSOCIATION",
  },
  {
    key: "16-afoc",
    prefectureCode: "16",
    name: "Association Force Ouvrière Consommateurs",
    shortName: "AFOC",
    kind: "ASSOCIATION",
  },
  {
    key: "16-udaf",
    prefectureCode: "16",
    name: "Union départementale des associations familiales de la Charente",
    shortName: "UDAF 16",
    kind: "ASSOCIATION",
  },
  {
    key: "16-amf",
    prefectureCode: "16",
    // printed "Associations des maires …" (typo)
    name: "Association des maires et présidents d'intercommunalité de la Charente",
    shortName: "AMF 16",
    kind: "ASSOCIATION",
  },
  {
    key: "16-apf",
    prefectureCode: "16",
    name: "Association des Paralysés de France",
    shortName: "APF",
    kind: "ASSOCIATION",
  },
  {
    key: "16-conseil-departemental",
    prefectureCode: "16",
    name: "Conseil départemental de la Charente",
    kind: "LOCAL_AUTHORITY",
  },
  {
    key: "16-ofii",
    prefectureCode: "16",
    name: "Office français de l'immigration et de l'intégration — délégation de Poitiers",
    shortName: "OFII",
    kind: "STATE_SERVICE",
  },
  {
    key: "16-mobilians",
    prefectureCode: "16",
    name: "Mobilians (ex-CNPA)",
    shortName: "MOBILIANS",
    kind: "PROFESSIONAL_BODY",
  },

  /* ---------- Vosges (88), seed 004 ---------- */
  { key: "88-prefecture", prefectureCode: "88", name: "Préfecture des Vosges", kind: "STATE_SERVICE" },
  {
    key: "88-udaf",
    prefectureCode: "88",
    name: "Union départementale des associations familiales des Vosges",
    shortName: "UDAF",
    kind: "ASSOCIATION",
  },
  {
    key: "88-apf",
    prefectureCode: "88",
    name: "APF France Handicap — délégation départementale des Vosges",
    shortName: "APF France Handicap",
    kind: "ASSOCIATION",
  },
  {
    key: "88-commune-le-thillot",
    prefectureCode: "88",
    name: "Commune du Thillot",
    kind: "LOCAL_AUTHORITY",
  },
  {
    key: "88-defenseur-des-droits",
    prefectureCode: "88",
    name: "Défenseur des droits — délégués des Vosges",
    kind: "OTHER",
  },
  {
    key: "88-ufc-que-choisir",
    prefectureCode: "88",
    name: "UFC-Que Choisir des Vosges",
    shortName: "UFC-Que Choisir",
    kind: "ASSOCIATION",
  },
  {
    // The seat "Maire, représentant l'association des maires ruraux" (004) has no named person.
    key: "88-cm-maires-ruraux",
    prefectureCode: "88",
    name: "Association des maires ruraux des Vosges",
    kind: "ASSOCIATION",
  },
  {
    key: "88-amv",
    prefectureCode: "88",
    name: "Association des maires des Vosges",
    kind: "ASSOCIATION",
  },
  {
    key: "88-cnpa",
    prefectureCode: "88",
    // printed "conseil national des professionnels de l'automobile"
    name: "Conseil national des professions de l'automobile",
    shortName: "CNPA",
    kind: "PROFESSIONAL_BODY",
  },
];
