/**
 * National referentials from the seeds: Qual-e-Pref (8 modules; engagements of modules 1
 * and 7 as annexed to the Vosges relevé de conclusions, 004) and Services Publics+ (the nine
 * engagements of the 2021 version, 003/000). Titles are short and ours, not the published
 * sentences.
 */
import type { SeedEngagement, SeedFramework } from "./types";

const qep = (module: number, number: number, title: string): SeedEngagement => ({
  code: `QEP-${module}.${String(number).padStart(2, "0")}`,
  number,
  title,
});

/** Module 1 « Relation générale avec les usagers »: the 19 engagements of 004's annex. */
const module1: SeedEngagement[] = [
  qep(1, 1, "Informer sur le fonctionnement des services"),
  qep(1, 2, "Accueil attentif et courtois, quel que soit le canal"),
  qep(1, 3, "À votre écoute pour progresser"),
  qep(1, 4, "Former les agents à la qualité de service"),
  qep(1, 5, "Orienter vers le bon service et prendre en charge"),
  qep(1, 6, "Confort des espaces d'accueil et d'attente"),
  qep(1, 7, "Limiter l'attente par l'organisation"),
  qep(1, 8, "Informer sur le serveur vocal national des titres (3400)"),
  qep(1, 9, "Répondre à tous les appels, attente limitée"),
  qep(1, 10, "Site internet facile à parcourir et à jour"),
  qep(1, 11, "Information administrative numérique fiable"),
  qep(1, 12, "Offre de démarches en ligne"),
  qep(1, 13, "Démarches en ligne pour les titres"),
  qep(1, 14, "Point numérique sécurisé dans nos locaux"),
  qep(1, 15, "Courriers et courriels clairs et complets"),
  qep(1, 16, "Réponse dans un délai annoncé et maîtrisé"),
  qep(1, 17, "Traçabilité des demandes d'information"),
  qep(1, 18, "Présence active sur les réseaux sociaux"),
  qep(1, 19, "Fiabilité des informations sur les réseaux sociaux"),
];

/** Module 7 « Communication d'urgence en cas d'évènement majeur »: the 4 engagements of 004's annex. */
const module7: SeedEngagement[] = [
  qep(7, 1, "Cellule de communication d'urgence activée en moins d'une heure"),
  qep(7, 2, "Information des élus, du public et des médias dans l'heure suivant l'activation du COD"),
  qep(7, 3, "Exercices réguliers de communication d'urgence"),
  qep(7, 4, "Cellule d'information du public (NNIP) sur ordre du préfet"),
];

export const frameworks: SeedFramework[] = [
  {
    code: "QUAL_E_PREF",
    name: "Qual-e-Pref",
    version: {
      label: "Référentiel du 19 décembre 2018 (mis à jour le 4 février 2019)",
      publishedOn: "2018-12-19",
      updatedOn: "2019-02-04",
    },
    modules: [
      {
        number: 1,
        title: "Relation générale avec les usagers",
        requirement: "MANDATORY",
        engagements: module1,
      },
      {
        number: 2,
        title: "Délivrance des titres (hors titres étrangers)",
        requirement: "CONDITIONAL",
        condition: "Obligatoire pour les préfectures qui détiennent un centre d'expertise et de ressources titres (CERT)",
        // 3 engagements (CERT and fraud control) according to 003, which does not list them.
        engagements: [],
      },
      { number: 3, title: "Délivrance des titres étrangers", requirement: "OPTIONAL", engagements: [] },
      { number: 4, title: "Relations avec les collectivités territoriales", requirement: "OPTIONAL", engagements: [] },
      { number: 5, title: "Polices administratives liées à la sécurité", requirement: "OPTIONAL", engagements: [] },
      { number: 6, title: "Coordination des politiques publiques", requirement: "OPTIONAL", engagements: [] },
      {
        number: 7,
        title: "Communication d'urgence en cas d'évènement majeur",
        requirement: "OPTIONAL",
        engagements: module7,
      },
      {
        number: 8,
        title: "Polices exercées par la préfecture de police de Paris",
        requirement: "OPTIONAL",
        condition: "Propre à la préfecture de police de Paris",
        engagements: [],
      },
    ],
    // Qual-e-Pref engagements sit in their modules.
    engagements: [],
  },
  {
    code: "SP_PLUS",
    name: "Services Publics+",
    version: {
      label: "Version 2021 (9 engagements)",
      // The seeds only say "2021"; the programme was launched at the beginning of 2021.
      publishedOn: "2021-01-01",
    },
    modules: [],
    engagements: [
      { code: "SPP-1", number: 1, title: "Confiance, bienveillance et droit à l'erreur" },
      { code: "SPP-2", number: 2, title: "Joignabilité (téléphone, sur place, en ligne)" },
      { code: "SPP-3", number: 3, title: "Accompagnement personnalisé" },
      { code: "SPP-4", number: 4, title: "Orientation vers le bon interlocuteur" },
      { code: "SPP-5", number: 5, title: "Réponse dans les délais annoncés" },
      { code: "SPP-6", number: 6, title: "Transparence des résultats" },
      { code: "SPP-7", number: 7, title: "Votre avis compte" },
      { code: "SPP-8", number: 8, title: "Formation des agents et amélioration continue" },
      { code: "SPP-9", number: 9, title: "Écoresponsabilité" },
    ],
  },
];
