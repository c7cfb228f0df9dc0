/**
 * Prefectures of the demo data and the State structures (OTE perimeter) the seeds mention.
 *
 * Sources: 000/001 (Vienne 2023 deck: DDT, DDPP, DD(ETS)PP, "les 4 structures"), 002 (Vienne:
 * Secrétariat Général Commun, DDETS, DDPP), 003 (Charente: sous-préfecture de Cognac, SGCD),
 * 004 (Vosges: DDT, SIDSIC). Sub-prefectures are public facts given by the brief.
 *
 * Structure keys carry a "structure-" infix so they never collide with organisation keys
 * ("86-prefecture" is the organisation, "86-structure-prefecture" the structure).
 */
import type { SeedPrefecture } from "./types";

export const prefectures: SeedPrefecture[] = [
  {
    code: "86",
    name: "Vienne",
    stateHeader: "PRÉFET DE LA VIENNE",
    seatCity: "Poitiers",
    subPrefectures: ["Châtellerault", "Montmorillon"],
    structures: [
      { key: "86-structure-prefecture", name: "Préfecture de la Vienne", kind: "PREFECTURE" },
      {
        key: "86-structure-sp-chatellerault",
        name: "Sous-préfecture de Châtellerault",
        kind: "SOUS_PREFECTURE",
      },
      {
        key: "86-structure-sp-montmorillon",
        name: "Sous-préfecture de Montmorillon",
        kind: "SOUS_PREFECTURE",
      },
      // 002 header: "Secrétariat Général Commun" (issuing service of the 2021 minutes)
      { key: "86-structure-sgc", name: "Secrétariat général commun", shortName: "SGC", kind: "OTHER" },
      // 000/001: 3STR (PAC controls) presented with the DDT
      {
        key: "86-structure-ddt",
        name: "Direction départementale des territoires",
        shortName: "DDT",
        kind: "DDI",
      },
      // 002: created 1 April 2021; 000/001: code du travail numérique
      {
        key: "86-structure-ddets",
        name: "Direction départementale de l'emploi, du travail et des solidarités",
        shortName: "DDETS",
        kind: "DDI",
      },
      // 002: France Services experiment; 000/001: local France Services partner, SignalConso
      {
        key: "86-structure-ddpp",
        name: "Direction départementale de la protection des populations",
        shortName: "DDPP",
        kind: "DDI",
      },
    ],
  },
  {
    code: "16",
    name: "Charente",
    // The 003 slides print "PRÉFÈTE DE LA CHARENTE" (a woman prefect in 2022); the generic
    // header is kept here as the brief asks.
    stateHeader: "PRÉFET DE LA CHARENTE",
    seatCity: "Angoulême",
    subPrefectures: ["Cognac", "Confolens"],
    structures: [
      { key: "16-structure-prefecture", name: "Préfecture de la Charente", kind: "PREFECTURE" },
      {
        key: "16-structure-sp-cognac",
        name: "Sous-préfecture de Cognac",
        kind: "SOUS_PREFECTURE",
      },
      {
        key: "16-structure-sp-confolens",
        name: "Sous-préfecture de Confolens",
        kind: "SOUS_PREFECTURE",
      },
      // 003: "Chef du service des ressources humaines/SGCD"
      {
        key: "16-structure-sgcd",
        name: "Secrétariat général commun départemental",
        shortName: "SGCD",
        kind: "OTHER",
      },
    ],
  },
  {
    code: "88",
    name: "Vosges",
    stateHeader: "PRÉFET DES VOSGES",
    seatCity: "Épinal",
    subPrefectures: ["Neufchâteau", "Saint-Dié-des-Vosges"],
    structures: [
      { key: "88-structure-prefecture", name: "Préfecture des Vosges", kind: "PREFECTURE" },
      {
        key: "88-structure-sp-neufchateau",
        name: "Sous-préfecture de Neufchâteau",
        kind: "SOUS_PREFECTURE",
      },
      {
        key: "88-structure-sp-saint-die",
        name: "Sous-préfecture de Saint-Dié-des-Vosges",
        kind: "SOUS_PREFECTURE",
      },
      // 004: call pickup action plan "dans un des services de l'Etat (DDT)"
      {
        key: "88-structure-ddt",
        name: "Direction départementale des territoires",
        shortName: "DDT",
        kind: "DDI",
      },
      // 004: M. David BARBE, chef du SIDSIC
      {
        key: "88-structure-sidsic",
        name: "Service interministériel départemental des systèmes d'information et de communication",
        shortName: "SIDSIC",
        kind: "OTHER",
      },
    ],
  },
];
