/**
 * Persons named in the seeds' attendance lists and envelopes (002 Vienne 2021, 003 Charente
 * 2022, 004 Vosges 2022). The 2023 Vienne deck (000/001) names nobody.
 *
 * - Names as published (LAST NAME in upper case, accents kept).
 * - `function`: the latest published function. When the seed prints only an organisation in
 *   place of a function ("association UFC-QUE-CHOISIR Vienne"), `function` is null and the
 *   printed text stays on the attendance line (`functionAtMeeting`).
 * - E-mails are example.org addresses built from the name; phones are fictitious and only
 *   given to the "Affaire suivie par" contacts. No published address or number is reused.
 */
import type { SeedPerson } from "./types";

/** "Jean-Pierre", "COILLOT" → "jean-pierre.coillot@example.org" (ASCII, spaces → hyphens) */
function mail(firstName: string, lastName: string): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return `${slug(firstName)}.${slug(lastName)}@example.org`;
}

type PersonInput = Omit<SeedPerson, "email"> & { firstName: string };

function person(p: PersonInput): SeedPerson {
  return { ...p, email: mail(p.firstName, p.lastName) };
}

export const persons: SeedPerson[] = [
  /* ======================= Vienne (86) — seed 002 ======================= */
  // Chair
  person({ key: "86-chantal-castelnot", prefectureCode: "86", civility: "MME", firstName: "Chantal", lastName: "CASTELNOT", function: "Préfète de la Vienne", organizationKey: "86-prefecture" }),

  // State services — present
  person({ key: "86-eric-rose", prefectureCode: "86", civility: "M", firstName: "Eric", lastName: "ROSE", function: "directeur de l'office français de l'immigration et de l'intégration (OFII)", organizationKey: "86-ofii" }),
  person({ key: "86-yannick-pastoureau", prefectureCode: "86", civility: "M", firstName: "Yannick", lastName: "PASTOUREAU", function: "directeur du secrétariat général commun", organizationKey: "86-sgc" }),
  person({ key: "86-carole-audouin", prefectureCode: "86", civility: "MME", firstName: "Carole", lastName: "AUDOUIN", function: "adjointe à la directrice du centre d'expertise et de ressources titres", organizationKey: "86-prefecture" }),
  person({ key: "86-frederic-pierre", prefectureCode: "86", civility: "M", firstName: "Frédéric", lastName: "PIERRE", function: "directeur adjoint du service des sécurités", organizationKey: "86-prefecture" }),
  person({ key: "86-florence-delafond", prefectureCode: "86", civility: "MME", firstName: "Florence", lastName: "DELAFOND", function: "cheffe de bureau de la coordination interministérielle", organizationKey: "86-prefecture" }),
  person({ key: "86-anais-faugeroux", prefectureCode: "86", civility: "MME", firstName: "Anaïs", lastName: "FAUGEROUX", function: "cheffe de bureau de la sécurité intérieure et des polices administratives de sécurité", organizationKey: "86-prefecture" }),
  // Magali MASSE (no accent) ≠ Nathalie MASSÉ: two persons. The pôle GBP belongs to the SGC (002 header).
  person({ key: "86-magali-masse", prefectureCode: "86", civility: "MME", firstName: "Magali", lastName: "MASSE", function: "responsable du pôle gouvernance budgétaire et performance", organizationKey: "86-sgc" }),
  person({ key: "86-nadege-roche", prefectureCode: "86", civility: "MME", firstName: "Nadège", lastName: "ROCHE", function: "cheffe de bureau du séjour et de l'asile", organizationKey: "86-prefecture" }),
  person({ key: "86-aurelia-roux", prefectureCode: "86", civility: "MME", firstName: "Aurélia", lastName: "ROUX", function: "cheffe de bureau des élections et de la réglementation", organizationKey: "86-prefecture" }),
  person({ key: "86-angelique-sauvaire", prefectureCode: "86", civility: "MME", firstName: "Angélique", lastName: "SAUVAIRE", function: "cheffe de bureau du pôle accueils", organizationKey: "86-prefecture" }),
  person({ key: "86-nathalie-brionnet", prefectureCode: "86", civility: "MME", firstName: "Nathalie", lastName: "BRIONNET", function: "adjointe à la cheffe de bureau de la communication interministérielle", organizationKey: "86-prefecture" }),
  person({ key: "86-sandy-abdelkader", prefectureCode: "86", civility: "MME", firstName: "Sandy", lastName: "ABDELKADER", function: "chargée de mission performance", organizationKey: "86-prefecture" }),
  // Quality referent; "Affaire suivie par" of the 2021 minutes (Secrétariat Général Commun)
  { ...person({ key: "86-nathalie-masse", prefectureCode: "86", civility: "MME", firstName: "Nathalie", lastName: "MASSÉ", function: "chargée de mission qualité", organizationKey: "86-sgc" }), phone: "05 00 00 00 01" },

  // State services — excused (represented)
  person({ key: "86-anne-laure-jouteux", prefectureCode: "86", civility: "MME", firstName: "Anne-Laure", lastName: "JOUTEUX", function: "cheffe de bureau de la communication interministérielle", organizationKey: "86-prefecture" }),
  person({ key: "86-nicolas-sebileau", prefectureCode: "86", civility: "M", firstName: "Nicolas", lastName: "SEBILEAU", function: "directeur de la citoyenneté et de la légalité", organizationKey: "86-prefecture" }),
  person({ key: "86-valerie-coupeau", prefectureCode: "86", civility: "MME", firstName: "Valérie", lastName: "COUPEAU", function: "directrice du centre d'expertise et de ressources titres", organizationKey: "86-prefecture" }),
  person({ key: "86-agnes-mottet", prefectureCode: "86", civility: "MME", firstName: "Agnès", lastName: "MOTTET", function: "Directrice Départementale de l'Emploi, du Travail et des Solidarités (DDETS)", organizationKey: "86-ddets" }),

  // Users — present
  person({ key: "86-guillaume-bergerolle", prefectureCode: "86", civility: "M", firstName: "Guillaume", lastName: "BERGEROLLE", function: "chargé de communication", organizationKey: "86-mission-locale-rurale-centre-sud-vienne" }),
  person({ key: "86-gilles-bosseboeuf", prefectureCode: "86", civility: "M", firstName: "Gilles", lastName: "BOSSEBOEUF", function: "maire de CHAMPAGNÉ-SAINT-HILAIRE", organizationKey: "86-commune-champagne-saint-hilaire" }),
  person({ key: "86-thierry-brissonet", prefectureCode: "86", civility: "M", firstName: "Thierry", lastName: "BRISSONET", function: "responsable de la maison départementale de la solidarité de Poitiers", organizationKey: "86-mds-poitiers" }),
  person({ key: "86-julien-charmes", prefectureCode: "86", civility: "M", firstName: "Julien", lastName: "CHARMES", function: "directeur de la mission locale Nord Vienne Châtelleraut", organizationKey: "86-mission-locale-nord-vienne" }),
  person({ key: "86-nicolas-chassaing", prefectureCode: "86", civility: "M", firstName: "Nicolas", lastName: "CHASSAING", function: null, organizationKey: "86-toit-du-monde" }),
  person({ key: "86-jean-pierre-coillot", prefectureCode: "86", civility: "M", firstName: "Jean-Pierre", lastName: "COILLOT", function: null, organizationKey: "86-ufc-que-choisir" }),
  // Printed "chargée de communication, mission locale Nord Vienne et d'insertion du Poitou":
  // the organisation is ambiguous (she stood in for the director of the Poitiers mission
  // locale), so no organisationKey is set.
  person({ key: "86-ophelie-couret", prefectureCode: "86", civility: "MME", firstName: "Ophélie", lastName: "COURET", function: "chargée de communication, mission locale Nord Vienne et d'insertion du Poitou" }),
  person({ key: "86-christine-desport", prefectureCode: "86", civility: "MME", firstName: "Christine", lastName: "DESPORT", function: "responsable du secteur", organizationKey: "86-mission-locale-rurale-centre-sud-vienne" }),
  person({ key: "86-thierry-gheeraert", prefectureCode: "86", civility: "M", firstName: "Thierry", lastName: "GHEERAERT", function: "directeur de la Croix-Rouge française", organizationKey: "86-croix-rouge" }),
  person({ key: "86-alice-milcent", prefectureCode: "86", civility: "MME", firstName: "Alice", lastName: "MILCENT", function: "intervenante sociale", organizationKey: "86-emmaus-naintre" }),
  person({ key: "86-thierry-prempain", prefectureCode: "86", civility: "M", firstName: "Thierry", lastName: "PREMPAIN", function: null, organizationKey: "86-udaf" }),
  person({ key: "86-audrey-veillet", prefectureCode: "86", civility: "MME", firstName: "Audrey", lastName: "VEILLET", function: "directrice du point d'information médiation multi-services", organizationKey: "86-pimms" }),

  // Users — excused
  person({ key: "86-lucie-bebin-brossard", prefectureCode: "86", civility: "MME", firstName: "Lucie", lastName: "BEBIN BROSSARD", function: "directrice de l'association des maires de la Vienne", organizationKey: "86-amv" }),
  person({ key: "86-jean-marie-courtois", prefectureCode: "86", civility: "M", firstName: "Jean-Marie", lastName: "COURTOIS", function: "directeur de la maison départementale des personnes handicapées de la Vienne", organizationKey: "86-mdph" }),
  person({ key: "86-gilles-chatain", prefectureCode: "86", civility: "M", firstName: "Gilles", lastName: "CHATAIN", function: "délégué de la Vienne auprès du défenseur des droits", organizationKey: "86-defenseur-des-droits" }),
  person({ key: "86-michel-debiais", prefectureCode: "86", civility: "M", firstName: "Michel", lastName: "DEBIAIS", function: "président de UFC-QUE-CHOISIR Vienne", organizationKey: "86-ufc-que-choisir" }),
  person({ key: "86-michel-gremillon", prefectureCode: "86", civility: "M", firstName: "Michel", lastName: "GREMILLON", function: "délégué de la Vienne auprès du défenseur des droits", organizationKey: "86-defenseur-des-droits" }),
  person({ key: "86-pierre-dugontier", prefectureCode: "86", civility: "M", firstName: "Pierre", lastName: "DUGONTIER", function: "directeur de la mission locale Poitiers", organizationKey: "86-mission-locale-poitiers" }),
  person({ key: "86-guillaume-marsallon", prefectureCode: "86", civility: "M", firstName: "Guillaume", lastName: "MARSALLON", function: "délégué national de La Cimade en région centre-ouest", organizationKey: "86-cimade" }),
  person({ key: "86-bruno-pajot", prefectureCode: "86", civility: "M", firstName: "Bruno", lastName: "PAJOT", function: "responsable de la communauté Emmaüs Naintré-Châtelleraut", organizationKey: "86-emmaus-naintre" }),
  person({ key: "86-chantal-bernard", prefectureCode: "86", civility: "MME", firstName: "Chantal", lastName: "BERNARD", function: null, organizationKey: "86-min-de-rien" }),
  person({ key: "86-michel-rerolle", prefectureCode: "86", civility: "M", firstName: "Michel", lastName: "RÉROLLE", function: "président de la ligue des droits de l'homme", organizationKey: "86-ldh" }),
  person({ key: "86-paulette-vergnault", prefectureCode: "86", civility: "MME", firstName: "Paulette", lastName: "VERGNAULT", function: "présidente du Secours catholique délégation de Poitiers", organizationKey: "86-secours-catholique" }),

  // Users — absent
  person({ key: "86-thierry-benteyn", prefectureCode: "86", civility: "M", firstName: "Thierry", lastName: "BENTEYN", function: "responsable territorial nouvelle-aquitaine", organizationKey: "86-cnpa" }),
  person({ key: "86-christine-dauge", prefectureCode: "86", civility: "MME", firstName: "Christine", lastName: "DAUGÉ", function: "présidente du réseau éducation sans frontière 86, ligue de l'enseignement", organizationKey: "86-resf" }),
  person({ key: "86-dany-joseph-dubernard", prefectureCode: "86", civility: "MME", firstName: "Dany", lastName: "JOSEPH-DUBERNARD", function: "maire de BOIVRE LA VALLÉE", organizationKey: "86-commune-boivre-la-vallee" }),
  person({ key: "86-philippe-mouroux", prefectureCode: "86", civility: "M", firstName: "Philippe", lastName: "MOUROUX", function: "président Emmaüs Poitiers", organizationKey: "86-emmaus-poitiers" }),
  person({ key: "86-yvon-placais", prefectureCode: "86", civility: "M", firstName: "Yvon", lastName: "PLACAIS", function: "porte parole du collectif « D'Ailleurs Nous Sommes d'Ici »", organizationKey: "86-collectif-dailleurs" }),
  person({ key: "86-jacky-roy", prefectureCode: "86", civility: "M", firstName: "Jacky", lastName: "ROY", function: "maire de ARCHIGNY", organizationKey: "86-commune-archigny" }),

  /* ======================= Charente (16) — seed 003 ======================= */
  person({ key: "16-nathalie-valleix", prefectureCode: "16", civility: "MME", firstName: "Nathalie", lastName: "VALLEIX", function: "Secrétaire générale", organizationKey: "16-prefecture" }),
  person({ key: "16-simone-avril-petit", prefectureCode: "16", civility: "MME", firstName: "Simone", lastName: "AVRIL-PETIT", function: "Directrice de la citoyenneté et de la légalité", organizationKey: "16-prefecture" }),
  person({ key: "16-jean-pierre-bourgoin", prefectureCode: "16", civility: "M", firstName: "Jean-Pierre", lastName: "BOURGOIN", function: "Directeur des sécurités, adjoint à la directrice de cabinet", organizationKey: "16-prefecture" }),
  person({ key: "16-lucy-llinares", prefectureCode: "16", civility: "MME", firstName: "Lucy", lastName: "LLINARES", function: "Secrétaire générale de la sous-préfecture de Cognac", organizationKey: "16-sp-cognac" }),
  person({ key: "16-gaetan-le-dorze", prefectureCode: "16", civility: "M", firstName: "Gaëtan", lastName: "LE DORZE", function: "Chef du service de coordination des politiques publiques et d'appui territorial", organizationKey: "16-prefecture" }),
  person({ key: "16-bertil-bernadotte", prefectureCode: "16", civility: "M", firstName: "Bertil", lastName: "BERNADOTTE", function: "Chef du service des ressources humaines/SGCD", organizationKey: "16-sgcd" }),
  // Quality referent; "Affaire suivie par" of the 2022 minutes (printed service "SG/PERF")
  { ...person({ key: "16-pascal-crouzille", prefectureCode: "16", civility: "M", firstName: "Pascal", lastName: "CROUZILLE", function: "Référent qualité de la préfecture de la Charente", organizationKey: "16-prefecture" }), phone: "05 00 00 00 02" },
  person({ key: "16-jean-francois-alanore", prefectureCode: "16", civility: "M", firstName: "Jean François", lastName: "ALANORE", function: "Assistant du référent qualité", organizationKey: "16-prefecture" }),
  // Printed "BALLETT" in the attendance list and "BALLEET" twice in the body: the attendance
  // spelling is kept (extraction noise, real spelling unknown).
  person({ key: "16-rene-ballett", prefectureCode: "16", civility: "M", firstName: "René", lastName: "BALLETT", function: "Délégué du Défenseur des droits", organizationKey: "16-defenseur-des-droits" }),
  person({ key: "16-jean-luc-girault", prefectureCode: "16", civility: "M", firstName: "Jean-Luc", lastName: "GIRAULT", function: "Président de l'association UFC QUE CHOISIR de la Charente", organizationKey: "16-ufc-que-choisir" }),
  person({ key: "16-robert-pelletier", prefectureCode: "16", civility: "M", firstName: "Robert", lastName: "PELLETIER", function: "Représentant du président de l'Association Force Ouvrière Consommateurs", organizationKey: "16-afoc" }),
  // Listed among the absents with his organisation before his function
  // ("Monsieur Loïc BOIVIN Conseil départemental Charente – Directeur …")
  person({ key: "16-loic-boivin", prefectureCode: "16", civility: "M", firstName: "Loïc", lastName: "BOIVIN", function: "Directeur de la qualité et de l'évaluation des politiques publique", organizationKey: "16-conseil-departemental" }),

  /* ======================= Vosges (88) — seed 004 ======================= */
  person({ key: "88-david-percheron", prefectureCode: "88", civility: "M", firstName: "David", lastName: "PERCHERON", function: "secrétaire général de la préfecture", organizationKey: "88-prefecture" }),
  person({ key: "88-aurore-berard-choinet", prefectureCode: "88", civility: "MME", firstName: "Aurore", lastName: "BERARD-CHOINET", function: "directrice de la direction de la citoyenneté et de la légalité", organizationKey: "88-prefecture" }),
  person({ key: "88-thomas-chapuis", prefectureCode: "88", civility: "M", firstName: "Thomas", lastName: "CHAPUIS", function: "chef du bureau des relations avec les usagers", organizationKey: "88-prefecture" }),
  person({ key: "88-eddie-marszalek", prefectureCode: "88", civility: "M", firstName: "Eddie", lastName: "MARSZALEK", function: "chef du bureau des migrations et de l'intégration", organizationKey: "88-prefecture" }),
  // Quality referent ("responsable de la cellule performance, référente qualité")
  person({ key: "88-brigitte-cordier", prefectureCode: "88", civility: "MME", firstName: "Brigitte", lastName: "CORDIER", function: "responsable de la cellule performance, référente qualité", organizationKey: "88-prefecture" }),
  person({ key: "88-monique-vauthier", prefectureCode: "88", civility: "MME", firstName: "Monique", lastName: "VAUTHIER", function: "représentante de l'UDAF", organizationKey: "88-udaf" }),
  person({ key: "88-marie-chantal-schneider", prefectureCode: "88", civility: "MME", firstName: "Marie-Chantal", lastName: "SCHNEIDER", function: "représentante de la délégation départementale de l'APF France Handicap", organizationKey: "88-apf" }),
  person({ key: "88-marie-pierre-lejeune", prefectureCode: "88", civility: "MME", firstName: "Marie-Pierre", lastName: "LEJEUNE", function: "adjointe au chef du bureau des relations avec les usagers, référente numérique", organizationKey: "88-prefecture" }),
  person({ key: "88-alexandre-berthod", prefectureCode: "88", civility: "M", firstName: "Alexandre", lastName: "BERTHOD", function: "adjoint au chef du bureau des migrations et de l'intégration", organizationKey: "88-prefecture" }),
  person({ key: "88-gilbert-courroy", prefectureCode: "88", civility: "M", firstName: "Gilbert", lastName: "COURROY", function: "chef du bureau de la communication interministérielle", organizationKey: "88-prefecture" }),
  person({ key: "88-michel-mourot", prefectureCode: "88", civility: "M", firstName: "Michel", lastName: "MOUROT", function: "maire de Le Thillot, représentant des mairies équipées d'un dispositif de recueil pour les cartes nationales d'identité et passeports", organizationKey: "88-commune-le-thillot" }),
  person({ key: "88-francois-chrismann", prefectureCode: "88", civility: "M", firstName: "François", lastName: "CHRISMANN", function: "délégué territorial du défenseur des droits", organizationKey: "88-defenseur-des-droits" }),
  // Employer not printed ("coordinatrice France Services"): no organisationKey.
  person({ key: "88-amelie-germain", prefectureCode: "88", civility: "MME", firstName: "Amélie", lastName: "GERMAIN", function: "coordinatrice France Services" }),
  person({ key: "88-josselyne-perrard", prefectureCode: "88", civility: "MME", firstName: "Josselyne", lastName: "PERRARD", function: "présidente de l'association UFC que choisir ?", organizationKey: "88-ufc-que-choisir" }),
  person({ key: "88-david-barbe", prefectureCode: "88", civility: "M", firstName: "David", lastName: "BARBE", function: "chef du service interministériel départemental des systèmes d'information et de communication", organizationKey: "88-prefecture" }),
  person({ key: "88-marie-christine-viot-laroque", prefectureCode: "88", civility: "MME", firstName: "Marie-Christine", lastName: "VIOT-LAROQUE", function: "représentante de la délégation départementale de l'APF France Handicap", organizationKey: "88-apf" }),
  person({ key: "88-francoise-piaget", prefectureCode: "88", civility: "MME", firstName: "Françoise", lastName: "PIAGET", function: "maire de Chatel sur Moselle, représentante de l'association des maires des Vosges", organizationKey: "88-amv" }),
  person({ key: "88-gregoire-mermet", prefectureCode: "88", civility: "M", firstName: "Grégoire", lastName: "MERMET", function: "représentant du conseil national des professionnels de l'automobile", organizationKey: "88-cnpa" }),
];
