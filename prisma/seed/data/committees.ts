/**
 * Committees and their members, as the attendance lists of the seeds show them.
 *
 * Modelling choices:
 * - Vienne: ONE committee of kind CLU_CLAC. The CLU that met on 6 May 2021 (002) became the
 *   joint "Comité Local des Usagers (CLU) – Comité Local de l'Amélioration Continue (CLAC)"
 *   of 24 January 2023 (000/001). It is the same standing body with the same secretariat
 *   (the 2023 member questionnaire went to "19 membres du CLU/CLAC"), and a single committee
 *   lets its members read both meetings. Its kind and name are the current ones; its
 *   periods (CommitteePeriod) say it was a CLU until the joint committee first met, so the
 *   2021 meeting prints "Comité local des usagers".
 * - Membership: every line of a published attendance list (present, remote, excused,
 *   represented, absent) is a seat, including the chair. The 2023 deck publishes no list, so
 *   the Vienne members are those of 2021 only (`since` = first meeting where they appear,
 *   no `until`: nobody is known to have left).
 * - Colleges: only two are printed in the seeds ("représentants des services de l'État / de
 *   l'administration" → STATE, "représentants des usagers" → USERS); 002 prints mayors,
 *   Défenseur des droits delegates and the CNPA among the users, so the same is done where a
 *   document does not print colleges (003 absents, 004). ELECTED / PROFESSIONALS are unused.
 * - Mandate: TITULAIRE everywhere; no seed mentions a suppléant ("représenté(e) par" in 002
 *   is a one-off stand-in, recorded on the attendance, not a substitute seat).
 * - In 002 every presenter (SAUVAIRE, MASSÉ, AUDOUIN…) is listed among the State
 *   representatives, and in 003 the referent and his assistant are listed among the
 *   "Participants représentants de l'administration": all are therefore members; no
 *   non-member participant appears in any list.
 */
import type { College, SeedCommittee, SeedMember } from "./types";

function seat(personKey: string, college: College, since: string): SeedMember {
  return { personKey, college, mandate: "TITULAIRE", since };
}

function orgSeat(organizationKey: string, college: College, since: string): SeedMember {
  return { organizationKey, college, mandate: "TITULAIRE", since };
}

const V = "2021-05-06"; // Vienne: CLU of 6 May 2021 (002)
const C = "2022-04-05"; // Charente: CLU of 5 April 2022 (003)
const S = "2022-12-08"; // Vosges: CLU of 8 December 2022 (004)

export const committees: SeedCommittee[] = [
  {
    key: "86-clu-clac",
    prefectureCode: "86",
    kind: "CLU_CLAC",
    name: "Comité local des usagers et de l'amélioration continue de la Vienne",
    // A CLU in 2021 (002); the joint CLU-CLAC from its first meeting, 24 January 2023 (000).
    periods: [
      { kind: "CLU", name: "Comité local des usagers de la Vienne", until: "2023-01-23" },
      { kind: "CLU_CLAC", name: "Comité local des usagers et de l'amélioration continue de la Vienne", since: "2023-01-24" },
    ],
    members: [
      // Chair ("Présidence")
      seat("86-chantal-castelnot", "STATE", V),
      // Représentants des services de l'État
      ...[
        "86-eric-rose",
        "86-yannick-pastoureau",
        "86-carole-audouin",
        "86-frederic-pierre",
        "86-florence-delafond",
        "86-anais-faugeroux",
        "86-magali-masse",
        "86-nadege-roche",
        "86-aurelia-roux",
        "86-angelique-sauvaire",
        "86-nathalie-brionnet",
        "86-sandy-abdelkader",
        "86-nathalie-masse",
        "86-anne-laure-jouteux",
        "86-nicolas-sebileau",
        "86-valerie-coupeau",
        "86-agnes-mottet",
      ].map((k) => seat(k, "STATE", V)),
      // Représentants des usagers
      ...[
        "86-guillaume-bergerolle",
        "86-gilles-bosseboeuf",
        "86-thierry-brissonet",
        "86-julien-charmes",
        "86-nicolas-chassaing",
        "86-jean-pierre-coillot",
        "86-ophelie-couret",
        "86-christine-desport",
        "86-thierry-gheeraert",
        "86-alice-milcent",
        "86-thierry-prempain",
        "86-audrey-veillet",
        "86-lucie-bebin-brossard",
        "86-jean-marie-courtois",
        "86-gilles-chatain",
        "86-michel-debiais",
        "86-michel-gremillon",
        "86-pierre-dugontier",
        "86-guillaume-marsallon",
        "86-bruno-pajot",
        "86-chantal-bernard",
        "86-michel-rerolle",
        "86-paulette-vergnault",
        "86-thierry-benteyn",
        "86-christine-dauge",
        "86-dany-joseph-dubernard",
        "86-philippe-mouroux",
        "86-yvon-placais",
        "86-jacky-roy",
      ].map((k) => seat(k, "USERS", V)),
    ],
  },
  {
    key: "16-clu",
    prefectureCode: "16",
    kind: "CLU",
    name: "Comité local des usagers de la Charente",
    members: [
      // Présidente de séance
      seat("16-nathalie-valleix", "STATE", C),
      // Participants représentants de l'administration
      ...[
        "16-simone-avril-petit",
        "16-jean-pierre-bourgoin",
        "16-lucy-llinares",
        "16-gaetan-le-dorze",
        "16-bertil-bernadotte",
        "16-pascal-crouzille",
        "16-jean-francois-alanore",
      ].map((k) => seat(k, "STATE", C)),
      // Participants représentants des usagers
      ...["16-rene-ballett", "16-jean-luc-girault", "16-robert-pelletier"].map((k) =>
        seat(k, "USERS", C),
      ),
      // Absents (no college printed): organisation-only seats and one named person
      orgSeat("16-udaf", "USERS", C),
      orgSeat("16-amf", "USERS", C),
      orgSeat("16-apf", "USERS", C),
      { ...seat("16-loic-boivin", "USERS", C), organizationKey: "16-conseil-departemental" },
      orgSeat("16-ofii", "STATE", C),
      orgSeat("16-mobilians", "USERS", C),
    ],
  },
  {
    key: "88-clu",
    prefectureCode: "88",
    kind: "CLU",
    name: "Comité local des usagers des Vosges",
    members: [
      // State (prefecture staff). GERMAIN, "coordinatrice France Services", is placed in the
      // State college: the departmental France Services coordination is a State task, but
      // her employer is not printed (doubtful).
      ...[
        "88-david-percheron",
        "88-aurore-berard-choinet",
        "88-thomas-chapuis",
        "88-eddie-marszalek",
        "88-brigitte-cordier",
        "88-marie-pierre-lejeune",
        "88-alexandre-berthod",
        "88-gilbert-courroy",
        "88-amelie-germain",
        "88-david-barbe",
      ].map((k) => seat(k, "STATE", S)),
      // Users (associations, mayors, Défenseur des droits, CNPA)
      ...[
        "88-monique-vauthier",
        "88-marie-chantal-schneider",
        "88-michel-mourot",
        "88-francois-chrismann",
        "88-josselyne-perrard",
        "88-marie-christine-viot-laroque",
        "88-francoise-piaget",
        "88-gregoire-mermet",
      ].map((k) => seat(k, "USERS", S)),
      // Seat without a named person
      {
        organizationKey: "88-cm-maires-ruraux",
        seatLabel: "Maire, représentant l'association des maires ruraux",
        college: "USERS",
        mandate: "TITULAIRE",
        since: S,
      },
    ],
  },
];
