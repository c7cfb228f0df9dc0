/**
 * The four meetings of the seeds, with agenda, attendance and minutes: three published as the
 * seeds print them, the 2023 one a draft.
 *
 * Attendance mirrors the published lists line by line, in the published order:
 * - the chair line ("Présidence", "Présidente de séance", "président de séance") is a line
 *   with `isChair: true`;
 * - `functionAtMeeting` is the text printed after the name, verbatim except list punctuation
 *   (" ;", trailing ",") and stray spaces of the extraction;
 * - colleges follow the printed headings; where a document prints none (003 "Absents", 004),
 *   the same two-college reading as in committees.ts is used.
 *
 * Minutes: envelope facts as published; contact e-mails and phones replaced by example.org
 * addresses and fictitious numbers. Section and intervention summaries are our own short
 * French summaries, not quotations, and so are the Charente cover letter and the Vosges
 * conclusions; presentation lines and chairs are printed facts. The type has no field for
 * the minutes' title; titles as published are kept in comments.
 */
import type {
  AttendanceStatus,
  College,
  SeedAttendance,
  SeedMeeting,
  SeedPresenter,
} from "./types";

function line(
  personKey: string,
  college: College | null,
  status: AttendanceStatus,
  functionAtMeeting: string | null,
  extra: Partial<SeedAttendance> = {},
): SeedAttendance {
  return { personKey, college, status, functionAtMeeting, ...extra };
}

function by(personKey: string): SeedPresenter {
  return { personKey };
}

/* ======================================================================================
 * 002 — Vienne, CLU of Thursday 6 May 2021, 14h30, audioconference (COVID), closed 15h50
 * Minutes title: "Compte rendu du Comité Local des Usagers du jeudi 6 mai 2021 à 14h30"
 * ==================================================================================== */
const vienne2021: SeedMeeting = {
  key: "86-clu-2021-05-06",
  committeeKey: "86-clu-clac",
  startsAt: "2021-05-06T14:30",
  closedAt: "15:50",
  // No room or place: the meeting was held by audioconference.
  mode: "AUDIOCONFERENCE",
  chair: { personKey: "86-chantal-castelnot", functionAtMeeting: "Préfète de la Vienne" },
  numberingStyle: "ROMAN_LETTERS",
  // No agenda list is printed: "La Préfète rappelle l'ordre du jour"; the tree below is the
  // document's own headings (I – … / a) …).
  agenda: [
    {
      title: "Le Comité Local des Usagers : quels sont ses objectifs ?",
      presenters: [by("86-chantal-castelnot")],
      slideReference: "Diaporama page 3",
      theme: "Qual-e-Pref",
    },
    {
      title: "L'accueil en préfecture",
      theme: "accueil",
      children: [
        {
          title: "L'accueil physique",
          presenters: [by("86-angelique-sauvaire")],
          slideReference: "Diaporama page 5",
          theme: "accueil",
        },
        {
          title: "L'accueil téléphonique",
          presenters: [by("86-angelique-sauvaire")],
          slideReference: "Diaporama pages 6 et 7",
          theme: "accueil",
        },
        {
          title: "Les demandes d'information générale, les suggestions et réclamations",
          // "Mme MASSÉ" (with accent) = Nathalie MASSÉ, the quality referent
          presenters: [by("86-nathalie-masse")],
          slideReference: "Diaporama pages 8 à 10",
          theme: "Qual-e-Pref",
        },
      ],
    },
    {
      title: "La délivrance de titres",
      theme: "titres",
      children: [
        {
          title: "Information CIV et permis",
          presenters: [by("86-carole-audouin")],
          slideReference: "Diaporama pages 12 à 14",
          theme: "titres",
        },
        {
          title: "CNI/Passeport",
          presenters: [by("86-aurelia-roux")],
          slideReference: "Diaporama pages 15 à 16",
          theme: "titres",
        },
        {
          title: "Ressortissants étrangers",
          presenters: [by("86-nadege-roche")],
          slideReference: "Diaporama pages 17 à 18",
          theme: "étrangers",
        },
      ],
    },
    {
      title: "La dématérialisation des procédures",
      theme: "dématérialisation",
      children: [
        {
          title: "Les points numériques",
          presenters: [by("86-angelique-sauvaire")],
          slideReference: "Diaporama pages 20 à 21",
          theme: "dématérialisation",
        },
        {
          title: "Les France Services",
          presenters: [by("86-florence-delafond")],
          slideReference: "Diaporama pages 22 à 24",
          theme: "France Services",
        },
        {
          title: "Les ressortissants étrangers",
          presenters: [by("86-nadege-roche")],
          slideReference: "Diaporama page 25",
          theme: "étrangers",
        },
        {
          title: "Les armes",
          presenters: [by("86-anais-faugeroux")],
          slideReference: "Diaporama pages 26 à 27",
          theme: "armes",
        },
      ],
    },
    {
      title: "La communication à travers les réseaux web",
      presenters: [by("86-nathalie-brionnet"), by("86-nathalie-masse")],
      slideReference: "Diaporama pages 28 à 33",
      theme: "communication",
    },
    {
      title: "La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)",
      // "Mme MASSE" (no accent) = Magali MASSE, who stood in for the DDETS director
      presenters: [by("86-magali-masse")],
      slideReference: "Diaporama pages 34 à 37",
      theme: "DDETS",
    },
  ],
  attendance: [
    // Présidence
    line("86-chantal-castelnot", "STATE", "PRESENT", "Préfète de la Vienne", { isChair: true }),
    // Participants — Représentants des services de l'Etat
    line("86-eric-rose", "STATE", "PRESENT", "directeur de l'office français de l'immigration et de l'intégration (OFII)"),
    line("86-yannick-pastoureau", "STATE", "PRESENT", "directeur du secrétariat général commun"),
    line("86-carole-audouin", "STATE", "PRESENT", "adjointe à la directrice du centre d'expertise et de ressources titres"),
    line("86-frederic-pierre", "STATE", "PRESENT", "directeur adjoint du service des sécurités"),
    line("86-florence-delafond", "STATE", "PRESENT", "cheffe de bureau de la coordination interministérielle"),
    line("86-anais-faugeroux", "STATE", "PRESENT", "cheffe de bureau de la sécurité intérieure et des polices administratives de sécurité"),
    line("86-magali-masse", "STATE", "PRESENT", "responsable du pôle gouvernance budgétaire et performance"),
    line("86-nadege-roche", "STATE", "PRESENT", "cheffe de bureau du séjour et de l'asile"),
    line("86-aurelia-roux", "STATE", "PRESENT", "cheffe de bureau des élections et de la réglementation"),
    line("86-angelique-sauvaire", "STATE", "PRESENT", "cheffe de bureau du pôle accueils"),
    line("86-nathalie-brionnet", "STATE", "PRESENT", "adjointe à la cheffe de bureau de la communication interministérielle"),
    line("86-sandy-abdelkader", "STATE", "PRESENT", "chargée de mission performance"),
    line("86-nathalie-masse", "STATE", "PRESENT", "chargée de mission qualité"),
    // Participants — Représentants des usagers
    line("86-guillaume-bergerolle", "USERS", "PRESENT", "chargé de communication, mission locale rurale centre Sud Vienne"),
    line("86-gilles-bosseboeuf", "USERS", "PRESENT", "maire de CHAMPAGNÉ-SAINT-HILAIRE"),
    line("86-thierry-brissonet", "USERS", "PRESENT", "responsable de la maison départementale de la solidarité de Poitiers"),
    line("86-julien-charmes", "USERS", "PRESENT", "directeur de la mission locale Nord Vienne Châtelleraut"),
    line("86-nicolas-chassaing", "USERS", "PRESENT", "association le « Toit du Monde »"),
    line("86-jean-pierre-coillot", "USERS", "PRESENT", "association UFC-QUE-CHOISIR Vienne"),
    line("86-ophelie-couret", "USERS", "PRESENT", "chargée de communication, mission locale Nord Vienne et d'insertion du Poitou"),
    line("86-christine-desport", "USERS", "PRESENT", "responsable du secteur, mission locale rurale centre Sud Vienne"),
    line("86-thierry-gheeraert", "USERS", "PRESENT", "directeur de la Croix-Rouge française"),
    line("86-alice-milcent", "USERS", "PRESENT", "intervenante sociale, communauté Emmaüs de Naintré-Châtelleraut"),
    line("86-thierry-prempain", "USERS", "PRESENT", "union départementale des associations familiales de la Vienne"),
    line("86-audrey-veillet", "USERS", "PRESENT", "directrice du point d'information médiation multi-services"),
    // Excusés(es) — Représentants des services de l'Etat (all four represented)
    line("86-anne-laure-jouteux", "STATE", "REPRESENTED", "cheffe de bureau de la communication interministérielle", { representedBy: by("86-nathalie-brionnet") }),
    line("86-nicolas-sebileau", "STATE", "REPRESENTED", "directeur de la citoyenneté et de la légalité", { representedBy: by("86-nadege-roche") }),
    line("86-valerie-coupeau", "STATE", "REPRESENTED", "directrice du centre d'expertise et de ressources titres", { representedBy: by("86-carole-audouin") }),
    line("86-agnes-mottet", "STATE", "REPRESENTED", "Directrice Départementale de l'Emploi, du Travail et des Solidarités (DDETS)", { representedBy: by("86-magali-masse") }),
    // Excusés(es) — Représentants des usagers
    line("86-lucie-bebin-brossard", "USERS", "EXCUSED", "directrice de l'association des maires de la Vienne"),
    line("86-jean-marie-courtois", "USERS", "EXCUSED", "directeur de la maison départementale des personnes handicapées de la Vienne"),
    line("86-gilles-chatain", "USERS", "EXCUSED", "délégué de la Vienne auprès du défenseur des droits"),
    line("86-michel-debiais", "USERS", "REPRESENTED", "président de UFC-QUE-CHOISIR Vienne", { representedBy: by("86-jean-pierre-coillot") }),
    line("86-michel-gremillon", "USERS", "EXCUSED", "délégué de la Vienne auprès du défenseur des droits"),
    line("86-pierre-dugontier", "USERS", "REPRESENTED", "directeur de la mission locale Poitiers", { representedBy: by("86-ophelie-couret") }),
    line("86-guillaume-marsallon", "USERS", "EXCUSED", "délégué national de La Cimade en région centre-ouest"),
    // printed "représenté par Mme MILCENT Alice"
    line("86-bruno-pajot", "USERS", "REPRESENTED", "responsable de la communauté Emmaüs Naintré-Châtelleraut", { representedBy: by("86-alice-milcent") }),
    line("86-chantal-bernard", "USERS", "EXCUSED", "association « Min'de Rien »"),
    line("86-michel-rerolle", "USERS", "EXCUSED", "président de la ligue des droits de l'homme"),
    line("86-paulette-vergnault", "USERS", "EXCUSED", "présidente du Secours catholique délégation de Poitiers"),
    // Absents(es) — Représentants des usagers
    line("86-thierry-benteyn", "USERS", "ABSENT", "conseil national des professions de l'automobile, responsable territorial nouvelle-aquitaine"),
    line("86-christine-dauge", "USERS", "ABSENT", "présidente du réseau éducation sans frontière 86, ligue de l'enseignement"),
    line("86-dany-joseph-dubernard", "USERS", "ABSENT", "maire de BOIVRE LA VALLÉE"),
    line("86-philippe-mouroux", "USERS", "ABSENT", "président Emmaüs Poitiers"),
    line("86-yvon-placais", "USERS", "ABSENT", "porte parole du collectif « D'Ailleurs Nous Sommes d'Ici »"),
    line("86-jacky-roy", "USERS", "ABSENT", "maire de ARCHIGNY"),
  ],
  minutes: {
    kind: "COMPTE_RENDU",
    status: "PUBLISHED",
    issuingService:
      "Secrétariat Général Commun — Pôle Gouvernance Budgétaire et Performance — Bureau Conseil en Gestion et Management",
    contact: {
      name: "Nathalie MASSÉ",
      role: "Chargée de mission qualité",
      phone: "05 00 00 00 01",
      email: "nathalie.masse@example.org",
    },
    issuedPlace: "Poitiers",
    issuedOn: "2021-06-14",
    // No referential reference is printed on this compte rendu.
    chair: "Mme Chantal CASTELNOT, Préfète de la Vienne", // "Présidence : …"
    signatory: { name: "Chantal CASTELNOT", title: "La préfète" },
    closingTime: "15:50",
    nextSession: "prochaine session en 2022",
    sections: [
      {
        agendaPath: [0],
        title: "Le Comité Local des Usagers : quels sont ses objectifs ?",
        presentation: "Présentation par Mme la Préfète (Diaporama page 3)",
        summary:
          "La préfète présente la composition et la mission du comité et le replace dans la démarche qualité du ministère, relancée par le référentiel de 2018 après l'arrêt des anciens labels en 2017. Le comité, réuni au moins une fois par an, examine les résultats qualité, les réclamations et les plans d'actions et recueille les suggestions des usagers ; la préfète attend une participation active des membres.",
        interventions: [],
        noQuestions: true,
      },
      {
        agendaPath: [1, 0],
        title: "L'accueil physique",
        presentation: "Présentation par Mme SAUVAIRE (Diaporama page 5)",
        summary:
          "Depuis le déconfinement du 13 mai 2020, le public n'est reçu que sur rendez-vous, réservé en ligne ou par des plateformes téléphoniques. Pendant la fermeture du premier confinement, la boîte fonctionnelle de la préfecture est restée le canal de contact des usagers.",
        interventions: [],
      },
      {
        agendaPath: [1, 1],
        title: "L'accueil téléphonique",
        presentation: "Présentation par Mme SAUVAIRE (Diaporama pages 6 et 7)",
        summary:
          "Le standard est resté joignable sans interruption pendant la crise ; le volume d'appels de 2020 a crû de 32 % sur un an et celui du seul standard a presque doublé. Avec 91 % d'appels décrochés, la préfecture prévoit en 2021 des messageries vocales sur les postes des agents pour limiter les appels sans réponse.",
        interventions: [],
      },
      {
        agendaPath: [1, 2],
        title: "Les demandes d'information générale, les suggestions et réclamations",
        presentation: "Présentation par Mme MASSÉ (Diaporama pages 8 à 10)",
        summary:
          "Sont présentés les définitions des demandes, suggestions et réclamations, les délais de réponse selon le canal et le tableau de suivi exigé par le référentiel, que la crise a empêché de tenir en 2020. Les modèles de courriers et la signature type des courriels n'appellent pas d'observation des membres.",
        noQuestions: true,
        interventions: [
          {
            kind: "QUESTION",
            asker: by("86-thierry-prempain"),
            summary: "Demande si la préfecture pourrait ouvrir son accueil le samedi matin.",
            answers: [
              {
                responder: by("86-angelique-sauvaire"),
                summary:
                  "Les horaires ont été redéfinis en 2019 d'après la fréquentation et aucune ouverture le week-end n'est envisagée.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [2, 0],
        title: "Information CIV et permis",
        presentation: "Présentation par Mme AUDOUIN (Diaporama pages 12 à 14)",
        summary:
          "Le CERT de Poitiers, qui instruit les certificats d'immatriculation de vingt départements, a poursuivi son activité pendant la crise grâce à une organisation en brigades. Son délai moyen de 13 jours reste inférieur à la moyenne nationale de 17 jours ; les permis de conduire suivent un circuit comparable au CERT de Toulouse.",
        interventions: [],
        noQuestions: true,
      },
      {
        agendaPath: [2, 1],
        title: "CNI/Passeport",
        presentation: "Présentation par Mme ROUX (Diaporama pages 15 à 16)",
        summary:
          "Les demandes passent par une pré-demande en ligne puis par l'une des vingt mairies équipées d'un dispositif de recueil ; le délai de rendez-vous, encore de 67 jours en mars 2020, n'était plus que de 8 jours en décembre. Le passeport d'urgence et la nouvelle carte d'identité au format carte bancaire, généralisée à l'été 2021, sont présentés.",
        interventions: [
          {
            kind: "QUESTION",
            asker: by("86-chantal-castelnot"),
            summary:
              "S'interroge sur la baisse des demandes de cartes d'identité et sur le retour à une validité de dix ans.",
            answers: [
              {
                responder: by("86-aurelia-roux"),
                summary:
                  "Les usagers attendent la nouvelle carte et voyagent peu pendant la crise ; la durée de validité relèverait d'une harmonisation européenne, sans précision officielle.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [2, 2],
        title: "Ressortissants étrangers",
        presentation: "Présentation par Mme ROCHE (Diaporama pages 17 à 18)",
        summary:
          "Les demandes d'asile ont baissé de 41 % en 2020 sous l'effet de la crise, le délai de rendez-vous de trois jours restant tenu. Pour le séjour, l'accueil s'est fait sur rendez-vous, les renouvellements ont été traités en priorité pour éviter les ruptures de droits et des réunions régulières associent les associations.",
        interventions: [
          {
            kind: "QUESTION",
            asker: by("86-thierry-prempain"),
            summary: "Demande ce que désignent les « procédures Dublin ».",
            answers: [
              {
                responder: by("86-nadege-roche"),
                summary:
                  "Elles attribuent l'examen de la demande d'asile au premier pays de l'espace Schengen où elle a été déposée, ce que révèle la prise d'empreintes.",
              },
            ],
          },
          {
            kind: "QUESTION",
            asker: by("86-nicolas-chassaing"),
            summary:
              "Relie la hausse de 2019 aux demandes britanniques et s'interroge sur les 12 000 usagers reçus au regard des titres délivrés.",
            answers: [
              {
                responder: by("86-nadege-roche"),
                summary:
                  "La hausse s'explique par les titres pluriannuels et les Britanniques ; le chiffre additionne l'accueil sans rendez-vous du premier trimestre et les rendez-vous de l'année, dont le détail lui sera remis le 27 mai.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [3, 0],
        title: "Les points numériques",
        presentation: "Présentation par Mme SAUVAIRE (Diaporama pages 20 à 21)",
        summary:
          "Des volontaires du service civique, encadrés par des agents, aident les usagers aux points numériques de la préfecture et des sous-préfectures, surtout pour les cartes grises et les permis. Rouverts sur rendez-vous depuis mai 2020, ils s'appuient sur une plateforme téléphonique qui a traité 2 630 appels en 2020.",
        interventions: [
          {
            kind: "QUESTION",
            asker: by("86-alice-milcent"),
            summary:
              "Demande si les missions des volontaires du service civique respectent leur cadre, sans remplacer des agents titulaires.",
            answers: [
              {
                responder: by("86-angelique-sauvaire"),
                summary:
                  "Les volontaires accompagnent le public sans jamais agir seuls, sous la responsabilité d'un encadrant de proximité.",
              },
            ],
          },
          {
            kind: "QUESTION",
            asker: by("86-nicolas-chassaing"),
            summary:
              "Demande si les points numériques peuvent aussi aider les ressortissants étrangers pour leurs démarches en ligne.",
            answers: [
              {
                responder: by("86-angelique-sauvaire"),
                summary:
                  "Le ministère ne le prévoit pas à ce stade ; une évolution pourrait accompagner l'arrivée de l'ANEF en 2022.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [3, 1],
        title: "Les France Services",
        presentation: "Présentation par Mme DELAFOND (Diaporama pages 22 à 24)",
        summary:
          "France Services rassemble neuf partenaires nationaux dans un guichet unique tenu par au moins deux agents ; la Vienne en compte six et vise vingt-cinq sites en 2022. La directrice du PIMMS de Poitiers décrit l'accompagnement des usagers vers l'autonomie numérique (témoignage joint en annexe).",
        interventions: [
          {
            kind: "OBSERVATION",
            asker: by("86-chantal-castelnot"),
            summary:
              "Met en avant la formation dispensée par les partenaires, qui permet aux agents de répondre à la plupart des questions.",
            answers: [
              {
                responder: by("86-audrey-veillet"),
                summary:
                  "Confirme que ces structures, très appréciées, gardent une présence humaine face à la dématérialisation.",
              },
            ],
          },
          {
            kind: "SUGGESTION",
            asker: by("86-gilles-bosseboeuf"),
            summary:
              "Juge qu'un trajet de trente minutes n'est pas un gage de proximité et propose de mutualiser France Services avec les mairies et agences postales rurales.",
            answers: [
              {
                responder: by("86-florence-delafond"),
                summary:
                  "Des France Services itinérantes et d'autres projets sont prévus, et le service est aussi accessible par téléphone.",
              },
              {
                responder: by("86-chantal-castelnot"),
                summary:
                  "Chaque implantation suppose un besoin avéré et l'engagement de plusieurs acteurs (locaux, équipements, financement de l'État).",
              },
            ],
          },
          {
            kind: "QUESTION",
            asker: by("86-thierry-prempain"),
            summary:
              "S'interroge sur le recrutement des deux agents et sur la fermeture de bureaux de poste au profit de France Services.",
            answers: [
              {
                responder: by("86-florence-delafond"),
                summary:
                  "C'est la structure porteuse (collectivité, La Poste, EPCI) qui embauche les agents et fixe leur statut et leur temps de travail.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [3, 2],
        title: "Les ressortissants étrangers",
        presentation: "Présentation par Mme ROCHE (Diaporama page 25)",
        summary:
          "La dématérialisation avance : espace en ligne pour les demandeurs d'asile, rendez-vous des premières demandes sur « démarches simplifiées », téléservices pour les démarches simples, les Britanniques et les étudiants. Le programme ANEF doit étendre la démarche en ligne à tous les titres de séjour en 2022.",
        interventions: [
          {
            kind: "COMPLAINT",
            asker: by("86-nicolas-chassaing"),
            summary:
              "Signale des récépissés demandés en ligne qui n'arrivent pas, ce qui prive des usagers de leurs droits.",
            answers: [
              {
                responder: by("86-nadege-roche"),
                summary:
                  "Les récépissés sont envoyés en lettre suivie et le service donne la priorité aux renouvellements pour éviter ces ruptures.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [3, 3],
        title: "Les armes",
        presentation: "Présentation par Mme FAUGEROUX (Diaporama pages 26 à 27)",
        summary:
          "Après un rappel des catégories d'armes et de l'activité du bureau en 2020, la présentation annonce le remplacement de l'application AGRIPPA par le système d'information sur les armes (SIA). À partir de 2022, les détenteurs auront un an pour y ouvrir un compte, avec un guide, une ligne nationale et une permanence locale.",
        interventions: [],
      },
      {
        agendaPath: [4],
        title: "La communication à travers les réseaux web",
        presentation: "Présentation par Mmes BRIONNET et MASSÉ (Diaporama pages 28 à 33)",
        summary:
          "Les connexions au site internet ont doublé en 2020 avec la crise sanitaire et l'engagement sur les réseaux sociaux progresse. Le questionnaire envoyé aux 25 membres a obtenu 13 réponses : l'information est jugée utile mais l'accès aux réseaux reste inégal, et un public plus jeune pourrait être visé, ce que fait déjà le compte Instagram de la préfecture.",
        interventions: [],
        noQuestions: true,
      },
      {
        agendaPath: [5],
        title: "La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)",
        presentation: "Présentation par Mme MASSE (Diaporama pages 34 à 37)",
        summary:
          "Issue au 1er avril 2021 du regroupement de l'UD-DIRECCTE et de la DDCS, la DDETS reprend leurs missions hors jeunesse et sports et main-d'œuvre étrangère. Une présentation est en ligne sur le site de la préfecture et les rendez-vous sur le droit du travail se prennent sur le site de la DREETS.",
        interventions: [
          {
            kind: "QUESTION",
            asker: by("86-jean-pierre-coillot"),
            summary: "Demande où sont conservées les données traitées par la préfecture.",
            answers: [
              {
                responder: by("86-frederic-pierre"),
                summary:
                  "Les principales applications sont hébergées par le ministère de l'Intérieur ou l'ANTS, sans réponse unique pour l'ensemble des outils.",
              },
            ],
          },
        ],
      },
    ],
    annexes: ["Témoignage Pimms Médiation France Services Poitiers"],
  },
  sources: ["002"],
};

/* ======================================================================================
 * 003 — Charente, CLU of Tuesday 5 April 2022, 09h30, Grand Salon, closed 11h30
 * Minutes title: "Objet : compte rendu du comité local des usagers du mardi 5 avril 2022"
 * ==================================================================================== */
const charente2022: SeedMeeting = {
  key: "16-clu-2022-04-05",
  committeeKey: "16-clu",
  startsAt: "2022-04-05T09:30",
  closedAt: "11:30",
  room: "Grand Salon",
  place: "Préfecture de la Charente, Angoulême",
  mode: "IN_PERSON",
  chair: { personKey: "16-nathalie-valleix", functionAtMeeting: "Secrétaire générale" },
  // The "Ordre du jour" is a bulleted list; the annex numbers the same items I – IV (with
  // "I – 1"… sub-headings that are report headings, not agenda items). Titles below are
  // those of the "Ordre du jour", verbatim (including lower-case initials).
  numberingStyle: "ROMAN_LETTERS",
  agenda: [
    { title: "La préfecture engagée dans la démarche Qual-e-Pref", theme: "Qual-e-Pref" },
    { title: "bilan de performance 2021 de la préfecture", theme: "indicateurs" },
    { title: "perspectives 2022 – vers l'amélioration continue" },
    { title: "temps d'échange et de concertation" },
  ],
  attendance: [
    // Présidente de séance
    line("16-nathalie-valleix", "STATE", "PRESENT", "Secrétaire générale", { isChair: true }),
    // Participants représentants de l'administration
    line("16-simone-avril-petit", "STATE", "PRESENT", "Directrice de la citoyenneté et de la légalité"),
    line("16-jean-pierre-bourgoin", "STATE", "PRESENT", "Directeur des sécurités, adjoint à la directrice de cabinet"),
    line("16-lucy-llinares", "STATE", "PRESENT", "Secrétaire générale de la sous-préfecture de Cognac"),
    line("16-gaetan-le-dorze", "STATE", "PRESENT", "Chef du service de coordination des politiques publiques et d'appui territorial"),
    line("16-bertil-bernadotte", "STATE", "PRESENT", "Chef du service des ressources humaines/SGCD"),
    line("16-pascal-crouzille", "STATE", "PRESENT", "Référent qualité de la préfecture de la Charente"),
    line("16-jean-francois-alanore", "STATE", "PRESENT", "Assistant du référent qualité"),
    // Participants représentants des usagers
    line("16-rene-ballett", "USERS", "PRESENT", "Délégué du Défenseur des droits"),
    line("16-jean-luc-girault", "USERS", "PRESENT", "Président de l'association UFC QUE CHOISIR de la Charente"),
    line("16-robert-pelletier", "USERS", "PRESENT", "Représentant du président de l'Association Force Ouvrière Consommateurs"),
    // Absents — "(absent excusé)" → EXCUSED; the others → ABSENT
    { organizationKey: "16-udaf", college: "USERS", status: "EXCUSED", functionAtMeeting: null, remark: "(absent excusé)" },
    { organizationKey: "16-amf", college: "USERS", status: "EXCUSED", functionAtMeeting: null, remark: "(absent excusé)" },
    { organizationKey: "16-apf", college: "USERS", status: "EXCUSED", functionAtMeeting: "Associations humanitaires, d'entraide et d'action sociale", remark: "(absent excusé)" },
    line("16-loic-boivin", "USERS", "ABSENT", "Conseil départemental Charente – Directeur de la qualité et de l'évaluation des politiques publique", { organizationKey: "16-conseil-departemental" }),
    { organizationKey: "16-ofii", college: "STATE", status: "ABSENT", functionAtMeeting: "Délégation de Poitiers" },
    { organizationKey: "16-mobilians", college: "USERS", status: "ABSENT", functionAtMeeting: "Organisation patronale de défense des intérêts des entreprises de la distribution et des services de l'automobile" },
  ],
  minutes: {
    kind: "COMPTE_RENDU",
    status: "PUBLISHED",
    // The extraction keeps no letterhead; "SG/PERF" is the only service printed (under
    // "Affaire suivie par").
    issuingService: "SG/PERF",
    contact: {
      name: "Pascal CROUZILLE",
      role: "SG/PERF",
      phone: "05 00 00 00 02",
      email: "pascal.crouzille@example.org",
    },
    issuedPlace: "Angoulême",
    issuedOn: "2022-04-13",
    reference: "référentiel Qual-e-Pref du 19 décembre 2018 – mis à jour le 04 février 2019",
    chair: "Madame Nathalie VALLEIX – Secrétaire générale", // "Présidente de séance : …"
    // The document opens with a letter and carries the compte rendu as its annex. The text
    // below is ours (the same purpose, not the published wording).
    coverLetter: [
      "Madame, Monsieur,",
      "Le comité local des usagers s'est réuni le mardi 5 avril 2022 au Grand Salon de la préfecture. Je vous prie de trouver ci-joint le compte rendu de cette séance, accompagné du support qui vous a été présenté.",
      "Ce comité a permis de faire le point sur le déploiement de Qual-e-Pref, sur nos résultats de 2021 et sur nos projets pour 2022, puis d'entendre vos remarques. Vos suggestions nourriront le plan d'actions de la préfecture.",
      "Je vous remercie de votre participation et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    ].join("\n\n"),
    signatory: {
      name: "Nathalie VALLEIX",
      title: "La secrétaire générale",
      delegation: "Pour la préfète et par délégation",
    },
    closingTime: "11:30",
    // No next session is announced.
    sections: [
      {
        agendaPath: [0],
        title: "La préfecture engagée dans la démarche Qual-e-Pref",
        summary:
          "Le compte rendu retrace l'engagement qualité du ministère et l'accueil numérique issu du PPNG, avec un accompagnement en ligne et aux points d'accueil numériques ; l'accueil général a rouvert le 2 novembre 2021. Lancé le 2 septembre 2021 et piloté en comités mensuels, Qual-e-Pref est déployé sur les modules 1 (relation générale, 20 engagements) et 2 (titres, 3 engagements) en vue d'un label à l'été 2022.",
        interventions: [],
      },
      {
        agendaPath: [1],
        title: "Bilan performance",
        summary:
          "En 2021, le site internet atteint environ 7 % de connexions pour une cible de 5 %, Facebook reste le premier réseau et le standard décroche plus de 99,8 % des appels, les services restant à améliorer. Les délais de rendez-vous en mairie pour les titres d'identité s'allongent (78 jours au premier trimestre 2022) tandis que les titres de séjour restent traités dans de bons délais ; une enquête de satisfaction, un recueil des réclamations et la refonte du site sont annoncés.",
        interventions: [],
      },
      {
        agendaPath: [2],
        title: "Perspectives 2022 – Vers l'amélioration continue",
        summary:
          "Un audit interne est prévu les 4 et 5 mai 2022, puis l'audit de labellisation par SOCOTEC fin juin. Le second semestre verra le lancement de Services Publics + (plateforme « Je donne mon avis », autoévaluation des 9 engagements), la poursuite de France Services (29 espaces pour un objectif de 32) et le déploiement de l'ANEF.",
        interventions: [],
      },
      {
        agendaPath: [3],
        title: "Temps d'échange et de concertation",
        summary:
          "Trois représentants des usagers s'expriment sur la communication, la délivrance des titres et l'accompagnement numérique. L'administration répond sur la formation des agents France Services, les délais de titres et l'intérêt des pré-demandes en ligne.",
        interventions: [
          {
            kind: "QUESTION",
            asker: by("16-robert-pelletier"),
            summary:
              "Salue les résultats du site et des réseaux sociaux, plaide pour une validité harmonisée des cartes d'identité en Europe et des projections de flux, et demande si le numérique accélère les démarches et comment sont qualifiés les agents France Services.",
            answers: [
              {
                responder: by("16-gaetan-le-dorze"),
                summary:
                  "La formation des agents France Services est organisée et assurée par leurs structures porteuses.",
              },
              {
                responder: by("16-simone-avril-petit"),
                summary:
                  "Les titres de séjour sont délivrés dans de très bons délais malgré le Brexit, et les demandes de titres d'identité, très nombreuses, peuvent être déposées dans n'importe quelle mairie équipée.",
              },
            ],
          },
          {
            kind: "SUGGESTION",
            asker: by("16-jean-luc-girault"),
            summary:
              "Rapporte les difficultés d'usagers (procurations, délais, explications peu claires) et propose des guides pratiques détaillés sur chaque support de communication ainsi qu'un accueil ouvert à l'heure du déjeuner.",
            answers: [
              {
                responder: by("16-simone-avril-petit"),
                summary:
                  "L'attente tient surtout aux rendez-vous en mairie, que la pré-demande en ligne aide à réduire, les urgences étant prioritaires ; l'information sur les procurations est largement diffusée.",
              },
              {
                responder: by("16-nathalie-valleix"),
                summary:
                  "Il faut promouvoir la pré-demande en ligne, inviter les mairies à ajuster leur organisation et mobiliser toute la chaîne de traitement pour réduire les délais.",
              },
            ],
          },
          {
            kind: "SUGGESTION",
            asker: by("16-rene-ballett"),
            summary:
              "Se félicite de la continuité du service pendant la crise, note que les jeunes aussi peinent avec le numérique et souhaite que les usagers soient informés des raisons d'un traitement plus long.",
            answers: [],
          },
        ],
      },
    ],
    annexes: [
      "Annexe : compte rendu du comité local des usagers",
      "Pièce jointe : support de présentation du comité local des usagers",
    ],
  },
  sources: ["003"],
};

/* ======================================================================================
 * 004 — Vosges, CLU of 8 December 2022; relevé de conclusions issued 16 December 2022
 * Title: "Relevé de conclusions du Comité local des usagers (CLU) de la préfecture du
 * 8 décembre 2022"
 * ==================================================================================== */
const vosges2022: SeedMeeting = {
  key: "88-clu-2022-12-08",
  committeeKey: "88-clu",
  // The start time is not published (shown as the day only). No room or place is printed either.
  startsAt: "2022-12-08T00:00",
  startTimeUnknown: true,
  // One member attended "en visioconférence", the others in the room.
  mode: "HYBRID",
  chair: { personKey: "88-david-percheron", functionAtMeeting: "secrétaire général de la préfecture" },
  numberingStyle: "POINTS",
  agenda: [
    {
      title: "labellisation Qual-e-pref : engagements et plan d'actions",
      presenters: [by("88-brigitte-cordier")], // "présentation par la référente qualité"
      theme: "Qual-e-Pref",
    },
    {
      title: "2 démarches d'amélioration de l'accueil du public menées à la préfecture",
      // "présentation par le chef du bureau des relations avec les utilisateurs et la
      // directrice de la citoyenneté et de la légalité"
      presenters: [by("88-thomas-chapuis"), by("88-aurore-berard-choinet")],
      theme: "accueil",
    },
    {
      title: "déploiement de la dématérialisation des demandes de titres de séjour des étrangers",
      presenters: [by("88-eddie-marszalek")], // "présentation par le chef du bureau des migrations et de l'intégration"
      theme: "étrangers",
    },
    {
      title: "stratégie de communication de la préfecture et des services de l'Etat",
      presenters: [by("88-brigitte-cordier")],
      theme: "communication",
    },
    {
      title: "résultats de l'enquête de satisfaction et des indicateurs de qualité",
      presenters: [by("88-brigitte-cordier")],
      theme: "indicateurs",
    },
    {
      title: "Point sur les Maisons France Services",
      presenters: [by("88-aurore-berard-choinet")], // "présentation par la directrice de la citoyenneté et de la légalité"
      theme: "France Services",
    },
    { title: "Suggestions d'amélioration du service au public" },
  ],
  attendance: [
    // Membres présents
    line("88-david-percheron", "STATE", "PRESENT", "secrétaire général de la préfecture", { isChair: true, remark: "président de séance" }),
    line("88-aurore-berard-choinet", "STATE", "PRESENT", "directrice de la direction de la citoyenneté et de la légalité"),
    line("88-thomas-chapuis", "STATE", "PRESENT", "chef du bureau des relations avec les usagers"),
    line("88-eddie-marszalek", "STATE", "PRESENT", "chef du bureau des migrations et de l'intégration"),
    line("88-brigitte-cordier", "STATE", "PRESENT", "responsable de la cellule performance, référente qualité"),
    line("88-monique-vauthier", "USERS", "PRESENT", "représentante de l'UDAF"),
    line("88-marie-chantal-schneider", "USERS", "REMOTE", "représentante de la délégation départementale de l'APF France Handicap", { remark: "(en visioconférence)" }),
    // Membres excusés
    line("88-marie-pierre-lejeune", "STATE", "EXCUSED", "adjointe au chef du bureau des relations avec les usagers, référente numérique"),
    line("88-alexandre-berthod", "STATE", "EXCUSED", "adjoint au chef du bureau des migrations et de l'intégration"),
    line("88-gilbert-courroy", "STATE", "EXCUSED", "chef du bureau de la communication interministérielle"),
    line("88-michel-mourot", "USERS", "EXCUSED", "maire de Le Thillot, représentant des mairies équipées d'un dispositif de recueil pour les cartes nationales d'identité et passeports"),
    line("88-francois-chrismann", "USERS", "EXCUSED", "délégué territorial du défenseur des droits"),
    line("88-amelie-germain", "STATE", "EXCUSED", "coordinatrice France Services"),
    line("88-josselyne-perrard", "USERS", "EXCUSED", "présidente de l'association UFC que choisir ?"),
    // Membres absents
    line("88-david-barbe", "STATE", "ABSENT", "chef du service interministériel départemental des systèmes d'information et de communication"),
    {
      organizationKey: "88-cm-maires-ruraux",
      seatLabel: "Maire, représentant l'association des maires ruraux",
      college: "USERS",
      status: "ABSENT",
      functionAtMeeting: null,
    },
    line("88-marie-christine-viot-laroque", "USERS", "ABSENT", "représentante de la délégation départementale de l'APF France Handicap"),
    line("88-francoise-piaget", "USERS", "ABSENT", "maire de Chatel sur Moselle, représentante de l'association des maires des Vosges"),
    line("88-gregoire-mermet", "USERS", "ABSENT", "représentant du conseil national des professionnels de l'automobile"),
  ],
  minutes: {
    kind: "RELEVE_DE_CONCLUSIONS",
    status: "PUBLISHED",
    issuingService: "Secrétariat général — Cellule performance",
    // No "Affaire suivie par" is printed on this relevé; the type requires a contact, so the
    // issuing cell is given without a person, phone or e-mail.
    contact: { name: "Cellule performance", role: "Secrétariat général" },
    issuedPlace: "Epinal", // as printed ("Epinal, le 16 DEC. 2022")
    issuedOn: "2022-12-16",
    chair: "M. David PERCHERON, secrétaire général de la préfecture, président de séance",
    signatory: { name: "David PERCHERON", title: "Le secrétaire général de la préfecture" },
    // No closing time and no next session are printed.
    sections: [
      {
        agendaPath: [0],
        title: "labellisation Qual-e-pref : engagements et plan d'actions",
        presentation: "Présentation par la référente qualité",
        summary:
          "Le label Qual-e-Pref a été décerné le 20 octobre 2022 à l'issue d'un audit de SOCOTEC Environnement, pour 19 engagements d'accueil et 4 engagements de communication d'urgence ; un audit de suivi aura lieu au plus tard en janvier 2024. Les actions de 2022 ont porté sur les courriels, le site internet, le message du standard, la signalétique, le mémento de l'utilisateur et la formation des agents.",
        conclusions:
          "Le label obtenu le 20 octobre 2022 est à conserver : audit de suivi de SOCOTEC Environnement au plus tard en janvier 2024. Les engagements de service sont annexés au relevé.",
        interventions: [],
      },
      {
        agendaPath: [1],
        title: "2 démarches d'amélioration de l'accueil du public menée à la préfecture",
        presentation: "Présentation par le chef du bureau des relations avec les utilisateurs et la directrice de la citoyenneté et de la légalité",
        summary:
          "La Direction du numérique du ministère a travaillé avec les bureaux d'accueil à l'amélioration de la prise de rendez-vous, dont la préfecture testera un nouveau module. La DITP a diagnostiqué l'organisation du bureau des migrations et de l'intégration et retenu cinq chantiers prioritaires pour l'accueil au guichet et l'instruction des dossiers.",
        conclusions:
          "La préfecture testera le nouveau module de prise de rendez-vous. Les cinq chantiers retenus avec la DITP orientent le travail du bureau des migrations et de l'intégration ; le secrétaire général y voit une démarche volontaire d'amélioration continue.",
        interventions: [],
      },
      {
        agendaPath: [2],
        title: "déploiement de la dématérialisation des demandes de titres pour le séjour des étrangers",
        presentation: "Présentation par le chef du bureau des migrations et de l'intégration",
        summary:
          "Avec l'ANEF, douze démarches de séjour sont déjà en ligne, d'autres titres étant reportés. Au point d'accueil numérique, le bureau des migrations et de l'intégration accompagne sur rendez-vous les usagers étrangers deux demi-journées par semaine.",
        conclusions:
          "Les animateurs France Services se limitent à aider à prendre rendez-vous en ligne. L'accompagnement aux téléprocédures de séjour reste l'affaire du seul bureau des migrations et de l'intégration, hors du bouquet France Services.",
        interventions: [
          {
            kind: "QUESTION",
            // printed "Mme la représentante de l'UDAF"
            asker: { personKey: "88-monique-vauthier", organizationKey: "88-udaf" },
            summary:
              "Demande quel accompagnement les animateurs des maisons France Services peuvent apporter aux usagers étrangers.",
            answers: [
              {
                responder: by("88-aurore-berard-choinet"),
                summary:
                  "Leur aide se limite à la prise de rendez-vous en ligne : l'appui aux téléprocédures de séjour reste réservé au bureau des migrations et de l'intégration, car une erreur peut coûter cher à l'usager.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [3],
        title: "stratégie de communication de la préfecture et des services de l'Etat",
        presentation: "Présentation par la référente qualité",
        summary:
          "La stratégie 2022 du bureau de la communication interministérielle combine communication externe (visibilité de l'action de l'État, e-réputation) et interne. Le site départemental et quatre réseaux sociaux relaient l'action des services, les nouveaux dispositifs de recueil de titres d'identité servant d'exemple, et les réseaux sont modérés selon une charte.",
        conclusions:
          "La stratégie de communication en quatre axes est présentée aux membres pour observations. Les réseaux sociaux de la préfecture restent modérés selon leur charte, avec un filtre à injures.",
        interventions: [],
      },
      {
        agendaPath: [4],
        title: "résultats de l'enquête de satisfaction et des indicateurs de qualité",
        presentation: "Présentation par la référente qualité",
        summary:
          "Distribuée sur papier, l'enquête a recueilli 102 réponses, avec 95,10 % d'usagers satisfaits dont 54,90 % très satisfaits. Les neuf indicateurs qualité, suivis toute l'année, atteignent pour la plupart leur cible, sauf le taux d'appels décrochés sur l'ensemble des services reliés au standard, qui fait l'objet d'un plan d'actions à la DDT.",
        conclusions:
          "L'accueil est jugé satisfaisant (95,10 % de satisfaction globale, 102 réponses). Seul le taux d'appels décrochés sur le périmètre complet du standard manque sa cible de 90 % : un plan d'actions est mené à la DDT.",
        interventions: [],
      },
      {
        agendaPath: [5],
        title: "Point sur les Maisons France Services - MFS",
        presentation: "Présentation par la directrice de la citoyenneté et de la légalité",
        summary:
          "Les Vosges comptent 24 maisons France Services pour un objectif de 26, et une vingtaine de conseillers numériques financés par l'État y tiennent des permanences. Pour les demandes de titres complexes, les animateurs s'appuient sur les services de la préfecture.",
        conclusions:
          "Objectif de 26 maisons France Services dans le département, 24 fonctionnant déjà et un projet à Gérardmer. Les demandes complexes de titres peuvent être relayées au bureau des relations avec les usagers.",
        interventions: [
          {
            kind: "QUESTION",
            // "la représentante de l'APF" (the one present)
            asker: { personKey: "88-marie-chantal-schneider", organizationKey: "88-apf" },
            summary: "Demande si chaque maison France Services dispose d'un conseiller numérique.",
            answers: [
              {
                responder: by("88-aurore-berard-choinet"),
                summary:
                  "Les conseillers numériques couvrent un bassin de vie et assurent des permanences dans les maisons France Services.",
              },
            ],
          },
        ],
      },
      {
        agendaPath: [6],
        title: "Suggestions d'amélioration du service au public",
        summary:
          "Les membres présents ne formulent aucune suggestion. La représentante de l'APF relève les progrès de l'accueil d'une réunion à l'autre.",
        conclusions:
          "Aucune suggestion n'est formulée ; l'APF relève les progrès de l'accueil d'une réunion à l'autre.",
        // The relevé records that no suggestion was made; the APF remark that follows is
        // kept as an observation.
        noQuestions: true,
        interventions: [
          {
            kind: "OBSERVATION",
            asker: { personKey: "88-marie-chantal-schneider", organizationKey: "88-apf" }, // "Mme la représentante de l'APF"
            summary:
              "Constate les améliorations apportées par les services à l'accueil du public entre deux réunions du comité.",
            answers: [],
          },
        ],
      },
    ],
    annexes: [
      "Annexe 1 : Engagements de service dans le cadre de la démarche Qual-e-pref",
      "Résultats cumulés de l'enquête de satisfaction réalisée auprès de 102 usagers – août 2022",
    ],
  },
  sources: ["004"],
};

/* ======================================================================================
 * 000 / 001 — Vienne, joint CLU-CLAC of Tuesday 24 January 2023, 10h00, Salle Marzellier
 * Two extractions of the same slide deck. The seeds hold no minutes of this meeting: its
 * compte rendu is a draft being written, one section per agenda leaf, each summarising what
 * the slides present (figures as published). No presenter, question, signatory or date of
 * issue is printed or fixed yet.
 * ==================================================================================== */
const vienne2023: SeedMeeting = {
  key: "86-clu-clac-2023-01-24",
  committeeKey: "86-clu-clac",
  startsAt: "2023-01-24T10:00",
  room: "Salle Marzellier",
  // The deck does not state the mode; a named room is read as an in-person meeting.
  mode: "IN_PERSON",
  // No chair, presenters or slide references are printed in the deck.
  numberingStyle: "DECIMAL",
  // Titles from 000 (typographic apostrophes normalised to "'", list punctuation dropped);
  // 001 prints "Signal Conso Réponse Conso" without the dash.
  agenda: [
    {
      title: "La dématérialisation des procédures",
      theme: "dématérialisation",
      children: [
        { title: "Les France Services", theme: "France Services" },
        { title: "Les Points d'Accès Numérique (PAN) des démarches en ligne", theme: "accueil" },
        { title: "Les Points d'Accès Numérique (PAN) e-MERAUDE", theme: "étrangers" },
        { title: "L'Administration Numérique pour les Etrangers en France (ANEF)", theme: "étrangers" },
        { title: "La Carte Nationale d'Identité et le Passeport (CNI/PSP)", theme: "titres" },
        { title: "Les permis de construire" },
        { title: "Le nouveau système de contrôle des aides de la Politique Agricole Commune (PAC)" },
        { title: "Signal Conso – Réponse Conso" },
        { title: "Le code du travail numérique" },
      ],
    },
    {
      title: "La démarche QUAL-E-PREF",
      theme: "Qual-e-Pref",
      children: [
        { title: "Les chiffres clés", theme: "Qual-e-Pref" },
        { title: "La stratégie éditoriale : retour sur l'enquête", theme: "communication" },
      ],
    },
    {
      title: "La démarche Services Publics + (SP+)",
      theme: "SP+",
      children: [
        { title: "Présentation du dispositif", theme: "SP+" },
        { title: "Présentation de « Je donne mon avis » (JDMA)", theme: "SP+" },
        { title: "Plan d'actions", theme: "SP+" },
      ],
    },
  ],
  // The deck publishes no attendance list (only that the member questionnaire went to
  // "19 membres du CLU/CLAC"): nobody is invented here.
  attendance: [],
  minutes: {
    kind: "COMPTE_RENDU",
    status: "DRAFT",
    // The header is pre-filled as in the 2021 compte rendu (same service, same referent);
    // place and date of issue, signatory and closing are fixed later.
    issuingService:
      "Secrétariat Général Commun — Pôle Gouvernance Budgétaire et Performance — Bureau Conseil en Gestion et Management",
    contact: {
      name: "Nathalie MASSÉ",
      role: "Chargée de mission qualité",
      phone: "05 00 00 00 01",
      email: "nathalie.masse@example.org",
    },
    sections: [
      {
        agendaPath: [0, 0],
        title: "Les France Services",
        summary:
          "Le diaporama rappelle le modèle France Services, ses quatre ambitions et ses neuf partenaires nationaux, rejoints localement par la SNCF et la DDPP. La Vienne compte 23 structures labellisées : 13 dans l'arrondissement de Poitiers, 6 dans celui de Châtellerault et 4 dans celui de Montmorillon.",
        interventions: [],
      },
      {
        agendaPath: [0, 1],
        title: "Les Points d'Accès Numérique (PAN) des démarches en ligne",
        summary:
          "Les PAN aident sur rendez-vous pour les permis de conduire, les certificats d'immatriculation et les pré-demandes de titres d'identité, avec une permanence téléphonique et une adresse électronique. En 2021, 1 994 usagers ont été reçus et 7 047 appels traités ; en 2022, 1 124 puis 880 usagers selon le semestre, pour environ 3 600 appels par semestre.",
        interventions: [],
      },
      {
        agendaPath: [0, 2],
        title: "Les Points d'Accès Numérique (PAN) e-MERAUDE",
        summary:
          "Ce point aide les ressortissants étrangers à créer leur compte et à déposer leur demande de titre de séjour sur l'ANEF, sur rendez-vous trois demi-journées par semaine. Depuis le 15 mars 2022, 611 appels ont été traités et 293 usagers reçus au second semestre, pour 16 rendez-vous possibles par semaine.",
        interventions: [],
      },
      {
        agendaPath: [0, 3],
        title: "L'Administration Numérique pour les Etrangers en France (ANEF)",
        summary:
          "Les demandes de titres de séjour et de naturalisation se déposent et s'instruisent en ligne, un récépissé numérique attestant que le dossier est complet. L'usager y gagne moins d'attente et au plus deux passages en préfecture ; les titres professionnels et « vie privée et familiale » restent à intégrer.",
        interventions: [],
      },
      {
        agendaPath: [0, 4],
        title: "La Carte Nationale d'Identité et le Passeport (CNI/PSP)",
        summary:
          "Le circuit d'une demande est rappelé, de la mairie équipée à l'instruction par les plateformes d'Agen et d'Angoulême. Avec la hausse des demandes de 2022, le délai moyen de rendez-vous atteint environ 98 jours ; 8 nouveaux dispositifs de recueil attribués en 2022 et 5 de plus en 2023 porteront le département à 34 dispositifs dans 27 communes.",
        interventions: [],
      },
      {
        agendaPath: [0, 5],
        title: "Les permis de construire",
        summary:
          "Les diapositives suivent un permis de construire du dépôt à la fin des travaux et comparent la chaîne d'instruction avant et après le 1er janvier 2022, puis résument ce que la dématérialisation apporte.",
        interventions: [],
      },
      {
        agendaPath: [0, 6],
        title: "Le nouveau système de contrôle des aides de la Politique Agricole Commune (PAC)",
        summary:
          "Le 3STR contrôle les déclarations PAC à partir d'images satellitaires traitées par intelligence artificielle, les dossiers complexes restant examinés par la DDT. Il introduit un droit à l'erreur sans pénalité et une application mobile de photos ; la DDT a déjà contacté plus de 1 000 agriculteurs lors des tests de 2022.",
        interventions: [],
      },
      {
        agendaPath: [0, 7],
        title: "Signal Conso – Réponse Conso",
        summary:
          "SignalConso permet de signaler un problème avec un professionnel ou d'interroger la DGCCRF ; l'entreprise est prévenue et les services départementaux peuvent décider d'un contrôle. RéponseConso répond aux consommateurs par courrier, par internet ou par un numéro non surtaxé.",
        interventions: [],
      },
      {
        agendaPath: [0, 8],
        title: "Le code du travail numérique",
        summary:
          "Ce site gratuit du ministère du travail, ouvert le 1er janvier 2020, offre des questions-réponses, des simulateurs d'indemnités et des modèles de lettres. Pour aller plus loin, un rendez-vous peut être pris avec la DDETS.",
        interventions: [],
      },
      {
        agendaPath: [1, 0],
        title: "Les chiffres clés",
        summary:
          "Les permis de conduire passent de 19 265 titres en 2021 à 19 344 en 2022, et le CERT a traité 836 333 puis 779 700 certificats d'immatriculation. Le taux d'appels décrochés progresse de 90 % à 93 %, le traitement des courriels d'information générale de 52 % (second semestre 2021) à 66 %, tandis que les réclamations traitées passent de 100 % à 89 %. Les modèles de courriers et de signatures de courriels sont montrés.",
        interventions: [],
      },
      {
        agendaPath: [1, 1],
        title: "La stratégie éditoriale : retour sur l'enquête",
        summary:
          "Le site départemental a reçu 732 483 visites en 2022 contre 641 137 en 2021, et Facebook compte 16 977 abonnés contre 12 987. Au questionnaire envoyé aux 19 membres, 58 % ont répondu ; leurs observations portent sur la façon d'identifier la préfecture sur les réseaux et sur l'information de ceux qui ne les utilisent pas.",
        interventions: [],
      },
      {
        agendaPath: [2, 0],
        title: "Présentation du dispositif",
        summary:
          "Services Publics + repose sur quatre piliers : une promesse de services plus proches, plus efficaces et plus simples, la preuve par l'affichage des résultats, l'écoute des usagers et l'amélioration continue.",
        interventions: [],
      },
      {
        agendaPath: [2, 1],
        title: "Présentation de « Je donne mon avis » (JDMA)",
        summary:
          "Le bouton « Je donne mon avis » et le site Services Publics + recueillent l'expérience des usagers. Deux expériences ont été reçues et traitées depuis le 1er juillet 2022.",
        interventions: [],
      },
      {
        agendaPath: [2, 2],
        title: "Plan d'actions",
        summary:
          "Les quatre structures de l'OTE se sont auto-évaluées sur les 9 engagements SP+ et en atteignent 64 %. Pour ce premier CLAC, deux actions sont proposées : des enquêtes de satisfaction dans les DDI et une campagne sur les gestes éco-responsables des agents.",
        interventions: [],
      },
    ],
    annexes: ["Pièce jointe : support de présentation"],
  },
  sources: ["000", "001"],
};

export const meetings: SeedMeeting[] = [vienne2021, charente2022, vosges2022, vienne2023];
