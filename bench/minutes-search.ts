// Full-text search over minutes: 10 000 sections of French text in one prefecture (the worst
// case: a referent searches them all), ~20 searches of common and rare words, phrases and
// negations, each run several times. Target: under 50 ms per search (issue 7).
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { applyMigrations } from "../scripts/db/schema-engine";
import { createDatabase, dropDatabase } from "../scripts/lib/postgres";
import { withDatabase } from "../scripts/lib/database";
import type { BenchRow } from "./foundation";

export interface SearchBenchRow extends BenchRow {
  p95Ms: number;
}

const SECTIONS = 10_000;
const SECTIONS_PER_MINUTES = 10;
const COMMITTEES = 20;
const RUNS_PER_SEARCH = 5;

// Phrases in the register of the seeds' comptes rendus; sections are drawn from them by a
// seeded generator, so every run indexes the same text.
const SUBJECTS = [
  "Le représentant de l'UDAF",
  "La directrice des services du cabinet",
  "Un membre du collège des usagers",
  "Le secrétaire général de la préfecture",
  "La cheffe du bureau de l'immigration",
  "Le délégué du Défenseur des droits",
  "La représentante de France Travail",
  "Le président de l'association des maires",
  "Une bénévole de la Croix-Rouge",
  "Le sous-préfet de Châtellerault",
];
const VERBS = [
  "interroge les services sur",
  "souligne l'amélioration de",
  "regrette la dégradation de",
  "demande des précisions concernant",
  "présente le bilan de",
  "propose de simplifier",
  "rappelle les engagements relatifs à",
  "signale des difficultés persistantes pour",
  "salue les efforts accomplis sur",
  "s'inquiète de",
];
const OBJECTS = [
  "l'accueil téléphonique des usagers",
  "les délais de délivrance des titres de séjour",
  "la prise de rendez-vous en ligne",
  "le traitement des demandes de carte grise",
  "l'accessibilité des locaux aux personnes handicapées",
  "la dématérialisation des démarches administratives",
  "les horaires d'ouverture du guichet",
  "la qualité des réponses aux courriels",
  "le point d'accueil numérique de la sous-préfecture",
  "l'instruction des permis de conduire",
  "les naturalisations et les cérémonies d'accueil",
  "la médiation numérique dans les maisons France services",
  "la file d'attente devant la préfecture le samedi matin",
  "l'enquête de satisfaction Services Publics+",
  "le recours à un interprète pour les étrangers",
];
const COMPLEMENTS = [
  "au cours du dernier trimestre",
  "depuis la mise en place du nouveau logiciel",
  "malgré la hausse du nombre de dossiers",
  "en lien avec les associations partenaires",
  "pour les publics les plus éloignés du numérique",
  "conformément au référentiel Marianne",
  "à la suite des remarques formulées lors de la précédente séance",
  "dans l'arrondissement de Montmorillon",
];
const ANSWERS = [
  "Il lui est répondu que les effectifs ont été renforcés et qu'un point sera fait à la prochaine séance.",
  "La préfecture indique qu'une borne supplémentaire sera installée dans le hall d'accueil.",
  "Le service précise que le délai moyen est désormais de vingt-trois jours.",
  "Un groupe de travail associant les usagers sera constitué avant l'été.",
  "La question est renvoyée à l'examen du comité de pilotage départemental.",
];
const TITLES = [
  "Bilan de l'accueil physique et téléphonique",
  "Délais de traitement des titres",
  "Questions diverses",
  "Démarches en ligne et accompagnement",
  "Résultats de l'enquête de satisfaction",
  "Plan d'actions d'amélioration continue",
  "Accessibilité et qualité de service",
];
// One rare word per ~500 sections, so "rare" searches find a handful of sections.
const RARE = ["harkis", "Chasseneuil", "apostille", "Vouneuil", "tachygraphe", "Lusignan"];

/** Deterministic generator (mulberry32): the same corpus on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sectionText(random: () => number, index: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences: string[] = [];
  const count = 4 + Math.floor(random() * 6);
  for (let i = 0; i < count; i += 1) {
    sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(COMPLEMENTS)}.`);
    if (random() < 0.5) sentences.push(pick(ANSWERS));
  }
  if (index % 500 === 0) sentences.push(`Le cas des ${RARE[(index / 500) % RARE.length]!} est évoqué.`);
  return sentences.join(" ");
}

const SEARCHES = [
  "accueil",
  "usagers",
  "préfecture",
  "prefecture",
  "délais",
  "titre de séjour",
  "rendez-vous",
  "samedi",
  "carte grise",
  '"carte grise"',
  "interprète",
  "naturalisation",
  "accessibilité handicapées",
  "borne -hall",
  "accueil or téléphone",
  "harkis",
  "chasseneuil",
  "apostille",
  "tachygraphe lusignan",
  "inexistantmot",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function benchMinutesSearch(serverUrl: string): Promise<SearchBenchRow[]> {
  const adminUrl = withDatabase(serverUrl, "postgres");
  const name = `clu_bench_search_${Date.now()}`;
  await createDatabase(adminUrl, name);
  const url = withDatabase(serverUrl, name);
  const rss = () => process.memoryUsage().rss / 2 ** 20;
  const rows: SearchBenchRow[] = [];
  try {
    await applyMigrations(url);
    const { createPrismaClient } = await import("../lib/db-client");
    const db = createPrismaClient(url);
    const prefecture = await db.prefecture.create({
      data: { code: "986", name: "Banc d'essai", stateHeader: "PRÉFET DU BANC D'ESSAI", seatCity: "Essai", isPublic: true },
    });
    const committeeIds: string[] = [];
    for (let c = 0; c < COMMITTEES; c += 1) {
      const committee = await db.committee.create({ data: { prefectureId: prefecture.id, kind: c % 2 ? "CLAC" : "CLU", name: `Comité ${c + 1}` } });
      committeeIds.push(committee.id);
    }
    const random = prng(2026);
    const statuses = ["PUBLISHED", "PUBLISHED", "VALIDATED", "IN_REVIEW", "DRAFT"] as const;
    const meetings: { id: string; prefectureId: string; committeeId: string; startsAt: Date; status: "HELD" }[] = [];
    const minutes: { id: string; meetingId: string; status: (typeof statuses)[number] }[] = [];
    const sections: { minutesId: string; position: number; title: string; plainText: string }[] = [];
    const minutesCount = SECTIONS / SECTIONS_PER_MINUTES;
    let t = performance.now();
    for (let m = 0; m < minutesCount; m += 1) {
      const meetingId = randomUUID();
      const minutesId = randomUUID();
      meetings.push({
        id: meetingId,
        prefectureId: prefecture.id,
        committeeId: committeeIds[m % COMMITTEES]!,
        startsAt: new Date(Date.UTC(2015, 0, 1) + m * 3 * 86_400_000),
        status: "HELD",
      });
      minutes.push({ id: minutesId, meetingId, status: statuses[m % statuses.length]! });
      for (let s = 0; s < SECTIONS_PER_MINUTES; s += 1) {
        const index = m * SECTIONS_PER_MINUTES + s;
        sections.push({ minutesId, position: s, title: TITLES[index % TITLES.length]!, plainText: sectionText(random, index) });
      }
    }
    for (let i = 0; i < meetings.length; i += 1000) await db.meeting.createMany({ data: meetings.slice(i, i + 1000) });
    for (let i = 0; i < minutes.length; i += 1000) await db.minutes.createMany({ data: minutes.slice(i, i + 1000) });
    for (let i = 0; i < sections.length; i += 1000) await db.minutesSection.createMany({ data: sections.slice(i, i + 1000) });
    await db.$executeRawUnsafe("ANALYZE");
    const chars = sections.reduce((n, s) => n + s.plainText.length, 0);
    rows.push({ name: `insertion de ${SECTIONS} sections (${Math.round(chars / SECTIONS)} car. en moyenne)`, medianMs: performance.now() - t, p95Ms: 0, runs: 1, rssMb: rss() });

    const { searchMinutes, searchPublishedMinutes } = await import("../lib/minutes/search");
    const referent = { userId: randomUUID(), email: "r@example.org", name: "Référent", roles: [{ role: "REFERENT" as const, prefectureId: prefecture.id, prefectureCode: "986" }], memberCommitteeIds: [] };
    const member = { ...referent, roles: [{ role: "MEMBER" as const, prefectureId: prefecture.id, prefectureCode: "986" }], memberCommitteeIds: committeeIds.slice(0, 2) };
    const callers: { label: string; run: (q: string) => Promise<unknown> }[] = [
      { label: "référent (toutes les sections)", run: (q) => searchMinutes(referent, prefecture.id, q, { client: db }) },
      { label: "membre (2 comités sur 20)", run: (q) => searchMinutes(member, prefecture.id, q, { client: db }) },
      { label: "public (publiés)", run: (q) => searchPublishedMinutes(prefecture.id, q, { client: db }) },
    ];
    console.log(`\nRecherche plein texte dans ${SECTIONS} sections de comptes rendus (${RUNS_PER_SEARCH} essais par recherche)`);
    for (const caller of callers) {
      const all: number[] = [];
      const perSearch: string[] = [];
      for (const q of SEARCHES) {
        await caller.run(q); // warm-up
        const times: number[] = [];
        for (let i = 0; i < RUNS_PER_SEARCH; i += 1) {
          t = performance.now();
          await caller.run(q);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        all.push(...times);
        perSearch.push(`${q} ${times[Math.floor(times.length / 2)]!.toFixed(1)}`);
      }
      all.sort((a, b) => a - b);
      const row = { name: `recherche, ${caller.label}`, medianMs: percentile(all, 50), p95Ms: percentile(all, 95), runs: all.length, rssMb: rss() };
      rows.push(row);
      console.log(`${row.name.padEnd(44)} médiane ${row.medianMs.toFixed(1)} ms, p95 ${row.p95Ms.toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms`);
      console.log(`  par recherche (médiane, ms) : ${perSearch.join(" · ")}`);
    }
    await db.$disconnect();
  } finally {
    await dropDatabase(adminUrl, name);
  }
  return rows;
}
