/**
 * Surveys from the seeds, with the figures as published (percentages; no count is printed):
 * the Vosges user satisfaction survey (004) and the Vienne member questionnaires on the
 * prefecture's communication (002, 000/001).
 */
import type { SeedSurvey } from "./types";

const scale = (veryPercent: number, satisfiedPercent: number, littlePercent: number, notAtAllPercent: number) => [
  { label: "Très satisfait", percent: veryPercent },
  { label: "Satisfait", percent: satisfiedPercent },
  { label: "Peu satisfait", percent: littlePercent },
  { label: "Pas du tout satisfait", percent: notAtAllPercent },
];

export const surveys: SeedSurvey[] = [
  {
    key: "88-2021-usagers",
    prefectureCode: "88",
    title: "Enquête de satisfaction des usagers (mai à décembre 2021)",
    audience: "USERS",
    year: 2021,
    respondents: 14,
    questions: [],
    source: "004",
  },
  {
    key: "88-2022-usagers",
    prefectureCode: "88",
    title: "Enquête de satisfaction des usagers — résultats cumulés à fin août 2022",
    audience: "USERS",
    year: 2022,
    method: "Questionnaire papier remis par les agents d'accueil, enquête continue",
    respondents: 102,
    questions: [
      {
        text: "Motif de votre visite dans nos locaux",
        kind: "CHOICE",
        options: [
          { label: "Permis de conduire (suspension, annulation, visite médicale)", percent: 48 },
          { label: "Téléprocédure avec le médiateur numérique", percent: 27.5 },
          { label: "Titre de séjour ou demande d'asile", percent: 16.7 },
        ],
      },
      {
        text: "Comment vous êtes-vous renseigné avant de venir ?",
        kind: "CHOICE",
        options: [
          { label: "Par internet (site de l'État ou de l'ANTS)", percent: 54 },
          { label: "Par téléphone (standard de la préfecture ou 3400 de l'ANTS)", percent: 30 },
        ],
      },
      { text: "Niveau de satisfaction globale", kind: "SCALE", options: scale(54.9, 40.2, 2.0, 2.9) },
      {
        text: "Site internet (trouver l'information, lisibilité, fiabilité)",
        kind: "SCALE",
        options: scale(41.2, 44.0, 5.6, 5.1),
      },
      {
        text: "Accueil téléphonique (attente, amabilité, compréhension, transfert d'appel)",
        kind: "SCALE",
        options: scale(55.5, 33.5, 5.8, 1.9),
      },
      {
        text: "Accueil dans nos locaux (horaires, orientation, confort, services, accessibilité)",
        kind: "SCALE",
        options: scale(58.2, 30.5, 2.0, 0.2),
      },
      {
        text: "Accueil par nos agents (écoute, courtoisie, langage simple, confidentialité, attente au guichet)",
        kind: "SCALE",
        options: scale(58.8, 24.9, 3.2, 0.9),
      },
      {
        text: "Point d'accueil numérique : l'agent est attentif à votre demande",
        kind: "CHOICE",
        options: [{ label: "Oui", percent: 97.7 }],
      },
      {
        text: "Point d'accueil numérique : l'aide vous permet de faire vous-même la téléprocédure",
        kind: "CHOICE",
        options: [{ label: "Oui", percent: 88.2 }],
      },
      {
        // Printed "90, %" in the extraction: the decimal is lost, the integer part is kept.
        text: "Point d'accueil numérique : emplacement adapté aux personnes à mobilité réduite",
        kind: "CHOICE",
        options: [{ label: "Oui", percent: 90 }],
      },
    ],
    source: "004",
  },
  {
    key: "86-2021-membres",
    prefectureCode: "86",
    title: "Questionnaire aux membres du CLU sur la communication de la préfecture",
    audience: "MEMBERS",
    year: 2021,
    method: "Questionnaire de 4 questions adressé aux membres",
    recipients: 25,
    respondents: 13,
    questions: [
      {
        text: "Savez-vous que la préfecture communique sur Facebook et Twitter ?",
        kind: "CHOICE",
        options: [
          { label: "Oui, et les informations sont utiles et compréhensibles", percent: 75 },
          { label: "Non", percent: 17 },
          { label: "Ne suit aucun réseau social", percent: 8 },
        ],
      },
      {
        text: "Observations et suggestions",
        kind: "OPEN",
        options: [
          { label: "Le visuel aide à retenir l'information" },
          { label: "Information utile mais inégalité d'accès : un interlocuteur physique reste nécessaire" },
          { label: "Cibler les jeunes sur les réseaux qu'ils utilisent" },
        ],
      },
    ],
    source: "002",
  },
  {
    key: "86-2023-membres",
    prefectureCode: "86",
    title: "Questionnaire aux membres du CLU-CLAC sur la stratégie éditoriale",
    audience: "MEMBERS",
    year: 2023,
    method: "Questionnaire de 4 questions adressé aux membres",
    recipients: 19,
    // "58 % des membres ont répondu": 11 of 19 (57,9 %)
    respondents: 11,
    questions: [
      {
        text: "La préfecture communique sur les réseaux sociaux (Facebook et Twitter), le saviez-vous ?",
        kind: "CHOICE",
        options: [
          { label: "Oui", percent: 73 },
          { label: "Non", percent: 27 },
        ],
      },
      {
        text: "Observations",
        kind: "OPEN",
        options: [
          { label: "Comment reconnaître la préfecture sur les réseaux sociaux ?" },
          { label: "Où s'informer sans les réseaux sociaux ?" },
        ],
      },
    ],
    source: "000",
  },
];
