/**
 * Loads the demo data: the seeds' facts (three prefectures, their committees, members,
 * the four meetings, referentials and figures) and the demo accounts.
 *
 * Idempotent and respectful of edits: national referentials are created when their code is
 * absent; a prefecture's facts are loaded in one transaction when the prefecture is absent,
 * and left alone otherwise; demo accounts are reset to their documented password and roles.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { KeyMap, createCommittee, createMeeting, createOrganizations, createPersons } from "@/tests/factories/committees";
import { createPrefecture } from "@/tests/factories/prefectures";
import {
  createImprovementAction,
  createIndicatorAnnotation,
  createFramework,
  createIndicatorDefinition,
  createIndicatorValue,
  createLabel,
  createSurvey,
  createTarget,
  followIndicators,
  lockYears,
  presentedYears,
} from "@/tests/factories/referentials";
import { upsertUser } from "@/tests/factories/users";
import { createLabelRoadmap, createSelfAssessments } from "@/tests/factories/quality";
import { createRegisterEntryRow } from "@/tests/factories/register";
import { actions } from "./data/actions";
import { indicatorAnnotations } from "./data/annotations";
import { committees } from "./data/committees";
import { demoMemberPersonKey, demoReferentPersonKeys } from "./data/demo-links";
import { frameworks } from "./data/frameworks";
import { indicatorDefinitions } from "./data/indicators";
import { indicatorValues, targets } from "./data/indicator-values";
import { labels } from "./data/labels";
import { labelRoadmaps } from "./data/label-roadmaps";
import { registerEntries } from "./data/register";
import { selfAssessments } from "./data/self-assessments";
import { meetings } from "./data/meetings";
import { organizations } from "./data/organizations";
import { persons } from "./data/persons";
import { prefectures } from "./data/prefectures";
import { surveys } from "./data/surveys";

export const DEMO_PASSWORD = "demo-clu-2026";

export const DEMO_ACCOUNTS = [
  { email: "national@example.org", name: "Administration nationale (démo)", role: "NATIONAL_ADMIN", prefecture: null },
  { email: "referent.86@example.org", name: "Référent qualité Vienne (démo)", role: "REFERENT", prefecture: "86" },
  { email: "referent.16@example.org", name: "Référent qualité Charente (démo)", role: "REFERENT", prefecture: "16" },
  { email: "referent.88@example.org", name: "Référent qualité Vosges (démo)", role: "REFERENT", prefecture: "88" },
  { email: "agent.86@example.org", name: "Agent de la préfecture de la Vienne (démo)", role: "STAFF", prefecture: "86" },
  { email: "membre.86@example.org", name: "Membre du comité de la Vienne (démo)", role: "MEMBER", prefecture: "86" },
] as const;

const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

export interface SeedReport {
  referentialsCreated: number;
  prefecturesCreated: string[];
  prefecturesKept: string[];
  accounts: number;
}

export async function seedDemo(db: PrismaClient, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const report: SeedReport = { referentialsCreated: 0, prefecturesCreated: [], prefecturesKept: [], accounts: 0 };
  const keys = new KeyMap();

  await db.$transaction(async (tx) => {
    await loadReferentials(tx, keys, report);
  }, TX_OPTIONS);
  log(`référentiels : ${report.referentialsCreated} créé(s)`);

  const definitionsByCode = new Map(indicatorDefinitions.map((d) => [d.code, d]));
  const personIds = new Map<string, string>();

  for (const p of prefectures) {
    const existing = await db.prefecture.findUnique({ where: { code: p.code } });
    if (existing) {
      report.prefecturesKept.push(p.code);
      continue;
    }
    await db.$transaction(async (tx) => {
      const prefecture = await createPrefecture(tx, p);
      const own = <T extends { prefectureCode: string }>(rows: readonly T[]) => rows.filter((r) => r.prefectureCode === p.code);
      await createOrganizations(tx, prefecture.id, own(organizations), keys);
      await createPersons(tx, prefecture.id, own(persons), keys);
      const ownCommittees = own(committees);
      for (const c of ownCommittees) await createCommittee(tx, prefecture.id, c, keys);
      const committeeKeys = new Set(ownCommittees.map((c) => c.key));
      for (const m of meetings.filter((m) => committeeKeys.has(m.committeeKey))) {
        await createMeeting(tx, prefecture.id, m, keys);
      }
      for (const v of own(indicatorValues)) {
        const definition = definitionsByCode.get(v.indicatorCode);
        if (!definition) throw new Error(`Unknown indicator ${v.indicatorCode}`);
        await createIndicatorValue(tx, prefecture.id, v, definition, keys);
      }
      for (const t of own(targets)) await createTarget(tx, prefecture.id, t, keys);
      const followed = new Set([...own(indicatorValues), ...own(targets)].map((r) => r.indicatorCode));
      await followIndicators(tx, prefecture.id, followed, indicatorDefinitions.map((d) => d.code), keys);
      const meetingStarts = meetings.filter((m) => committeeKeys.has(m.committeeKey)).map((m) => m.startsAt);
      await lockYears(tx, prefecture.id, presentedYears(own(indicatorValues).map((v) => v.year), meetingStarts));
      for (const a of own(indicatorAnnotations)) await createIndicatorAnnotation(tx, prefecture.id, a, keys);
      for (const s of own(surveys)) await createSurvey(tx, prefecture.id, s);
      for (const a of own(actions)) await createImprovementAction(tx, prefecture.id, a, keys);
      for (const l of own(labels)) await createLabel(tx, prefecture.id, l, keys);
      for (const r of own(labelRoadmaps)) await createLabelRoadmap(tx, prefecture.id, r);
      for (const s of own(selfAssessments)) await createSelfAssessments(tx, prefecture.id, s);
      for (const r of own(registerEntries)) await createRegisterEntryRow(tx, prefecture.id, r);
    }, TX_OPTIONS);
    report.prefecturesCreated.push(p.code);
    log(`préfecture ${p.code} (${p.name}) chargée`);
  }

  // Persons the demo accounts are linked to (looked up, so this works on a second run too).
  for (const [code, key] of [["86", demoMemberPersonKey], ...Object.entries(demoReferentPersonKeys)] as const) {
    const seed = persons.find((p) => p.key === key);
    if (!seed) continue;
    const person = await db.person.findFirst({
      where: { prefecture: { code }, lastName: seed.lastName, firstName: seed.firstName },
      select: { id: true },
    });
    if (person) personIds.set(key, person.id);
  }

  const prefectureIds = new Map(
    (await db.prefecture.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]),
  );
  for (const account of DEMO_ACCOUNTS) {
    const prefectureId = account.prefecture ? prefectureIds.get(account.prefecture) : null;
    if (account.prefecture && !prefectureId) throw new Error(`Demo prefecture ${account.prefecture} missing`);
    const personKey =
      account.role === "MEMBER"
        ? demoMemberPersonKey
        : account.role === "REFERENT" && account.prefecture
          ? demoReferentPersonKeys[account.prefecture]
          : undefined;
    await upsertUser(db, {
      email: account.email,
      name: account.name,
      password: DEMO_PASSWORD,
      roles: [{ role: account.role, prefectureId }],
      personId: personKey ? personIds.get(personKey) : undefined,
    });
    report.accounts += 1;
  }
  log(`${report.accounts} comptes de démonstration prêts (mot de passe : ${DEMO_PASSWORD})`);
  return report;
}

async function loadReferentials(tx: Tx, keys: KeyMap, report: SeedReport) {
  for (const f of frameworks) {
    const existing = await tx.framework.findUnique({
      where: { code: f.code },
      include: { versions: { include: { modules: true, engagements: true } } },
    });
    if (!existing) {
      await createFramework(tx, f, keys);
      report.referentialsCreated += 1;
      continue;
    }
    const version = existing.versions.find((v) => v.label === f.version.label);
    if (!version) throw new Error(`Framework ${f.code} exists without version « ${f.version.label} »`);
    keys.set("frameworkVersion", f.code, version.id);
    for (const m of version.modules) keys.set("module", `${f.code}:${m.number}`, m.id);
    for (const e of version.engagements) keys.set("engagement", e.code, e.id);
  }
  for (const d of indicatorDefinitions) {
    const existing = await tx.indicatorDefinition.findUnique({
      where: { code: d.code },
      include: { versions: { orderBy: { versionNumber: "desc" }, take: 1, include: { components: true } } },
    });
    const version = existing?.versions[0];
    if (!existing || !version) {
      await createIndicatorDefinition(tx, d, keys);
      report.referentialsCreated += 1;
      continue;
    }
    keys.set("indicator", d.code, existing.id);
    keys.set("indicatorVersion", d.code, version.id);
    for (const c of version.components) keys.set("component", `${d.code}:${c.code}`, c.id);
  }
}
