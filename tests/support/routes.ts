/**
 * Every page and route handler of app/, found from the file system so a new route cannot
 * escape the access tests, and what each kind of caller must get from it (ROUTE_ACCESS).
 * URLs are filled with the ids of REAL rows (prepareAccessFixtures): a 404 for an id that never
 * existed proves nothing, a 404 for the Charente's meeting asked under /86 proves the scope.
 *
 * Used by tests/integration/routes-access.test.ts (handlers and pages called in-process) and
 * tests/e2e/access.spec.ts (the same table over HTTP against the production build). This file
 * is loaded by Playwright too: it imports Prisma's types only, never its runtime.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface AppRoute {
  file: string;
  kind: "page" | "route";
  /** HTTP methods a route handler exports (pages: GET) */
  methods: Method[];
  /** The pattern as written: /[code]/seances/[meetingId] */
  pattern: string;
  /** The URL, when `fill` gave a value for every dynamic segment (never a made-up id) */
  url?: string;
}

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/^(page|route)\.tsx?$/.test(entry)) out.push(full);
  }
}

export function listAppRoutes(appDir = "app", fill: Record<string, string> = {}): AppRoute[] {
  const files: string[] = [];
  walk(appDir, files);
  return files.sort().map((file) => {
    const segments = path
      .relative(appDir, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s)); // route groups do not appear in URLs
    const kind = path.basename(file).startsWith("page") ? "page" : "route";
    const methods =
      kind === "page"
        ? (["GET"] as Method[])
        : [...readFileSync(file, "utf8").matchAll(/export\s+(?:const|async function|function|\{[^}]*\bas)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map(
            (m) => m[1] as Method,
          );
    const pattern = `/${segments.join("/")}`;
    const filled = dynamicSegments(pattern).every((name) => fill[name] !== undefined);
    return { file, kind, methods, pattern, ...(filled ? { url: fillPattern(pattern, fill) } : {}) };
  });
}

/** The dynamic segments of a pattern: "/[code]/seances/[meetingId]" → ["code", "meetingId"]. */
export function dynamicSegments(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1] as string);
}

/** The URL of a pattern with every dynamic segment given; a segment without a value throws. */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${pattern}: give the access tests a real id for it`);
    return encodeURIComponent(value);
  });
}

/** Reachable without an account, by design (domain.md §2 "public"). */
export const PUBLIC_PATTERNS = new Set([
  "/",
  "/connexion",
  "/accessibilite",
  "/mentions-legales",
  "/api/health",
  "/api/auth/[...nextauth]",
  // the convocation link: the token is the credential
  "/reponse/[token]",
  // published minutes, their feed, search and open data (lib/publication: PUBLISHED only)
  "/public/[code]",
  "/public/[code]/recherche",
  "/public/[code]/flux.atom",
  "/public/[code]/comptes-rendus/[minutesId]",
  "/public/[code]/comptes-rendus/[minutesId]/compte-rendu.pdf",
  "/public/[code]/comptes-rendus/[minutesId]/compte-rendu.docx",
  "/api/v1/prefectures",
  "/api/v1/prefectures/[code]/meetings",
  "/api/v1/openapi.json",
  "/api/v1/prefectures/[code]/indicators",
  // the indicators' import by a program: the bearer token is the credential, not a session;
  // its 401 / 403 (no token, another prefecture's, a member's) are proven in
  // tests/integration/indicators-import-api.test.ts
  "/api/v1/prefectures/[code]/indicators/import",
]);

/** Signed-in only, about the caller themself: no prefecture to be a stranger to. */
export const SELF_PATTERNS = new Set(["/mon-compte", "/connexion/suite"]);

/**
 * What each caller gets, for every method of every route that is neither public nor about the
 * caller themself. Key: "GET /[code]/seances/[meetingId]". A route or a method missing here
 * fails the access tests; so does an entry for a route that no longer exists.
 */
export interface RouteAccess {
  /**
   * A referent of the Vienne on /16/… with the Charente's ids (or on /national): 403, the
   * prefecture itself is refused before any id is looked at.
   */
  stranger: 403;
  /**
   * The same referent on their own /86/… with the Charente's ids: 404 — the id belongs to
   * another prefecture than the URL's, never 200. null when the URL holds no id.
   */
  foreignId: 404 | null;
  /** The Vienne member (membre.86) with the Vienne's ids: their committee, a held meeting, its document. */
  member: 200 | 403;
  /**
   * The same member with a DRAFT meeting of their own committee (and a document of it): 404,
   * a meeting in preparation does not exist for them. null when the URL holds no meeting or document.
   */
  memberDraft: 404 | null;
}

const meetingRead: RouteAccess = { stranger: 403, foreignId: 404, member: 200, memberDraft: 404 };
const meetingManage: RouteAccess = { stranger: 403, foreignId: 404, member: 403, memberDraft: 404 };

export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  "GET /[code]": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/boite-envoi": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  // members read the minutes of their own committees (in review and published)
  "GET /[code]/comptes-rendus": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  // the entry grid: members read the prefecture's results
  "GET /[code]/indicateurs": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/indicateurs/export.csv": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/indicateurs/export.xlsx": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  // personal API tokens: the prefecture's referents only
  // the yearly report and its PDF: members read the prefecture's results
  "GET /[code]/bilan/[year]": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/bilan/[year]/bilan.pdf": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/demarche-qualite": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/demarche-qualite/auto-evaluation/[year]": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/registre": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/registre/nouvelle": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/registre/import": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/registre/[entryId]/modifier": { stranger: 403, foreignId: 404, member: 403, memberDraft: null },
  // the action plan: members read it (their committees' actions), referents and staff manage it
  "GET /[code]/plan-actions": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/plan-actions/nouvelle": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/plan-actions/[actionId]": { stranger: 403, foreignId: 404, member: 200, memberDraft: null },
  "GET /[code]/enquetes": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/enquetes/nouvelle": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/enquetes/[surveyId]": { stranger: 403, foreignId: 404, member: 200, memberDraft: null },
  "GET /[code]/enquetes/[surveyId]/modifier": { stranger: 403, foreignId: 404, member: 403, memberDraft: null },
  "POST /[code]/indicateurs/import": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/indicateurs/[indicator]": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/indicateurs/parametres": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/registre/export.csv": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/registre/export.xlsx": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "POST /[code]/demarche-qualite/auto-evaluation/[year]/preuves": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/dossier-preuves": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/dossier-preuves/telecharger": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "POST /[code]/dossier-preuves/telecharger": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/jetons-api": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/comites": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/comites/[committeeId]": { stranger: 403, foreignId: 404, member: 200, memberDraft: null },
  // personal e-mails and phones: the committee's managers only
  "GET /[code]/comites/[committeeId]/membres.csv": { stranger: 403, foreignId: 404, member: 403, memberDraft: null },
  "GET /[code]/comites/[committeeId]/membres.xlsx": { stranger: 403, foreignId: 404, member: 403, memberDraft: null },
  "GET /[code]/documents/[documentId]": meetingRead,
  "GET /[code]/seances": { stranger: 403, foreignId: null, member: 200, memberDraft: null },
  "GET /[code]/seances/nouvelle": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /[code]/seances/[meetingId]": meetingRead,
  "GET /[code]/seances/[meetingId]/compte-rendu": meetingRead,
  "GET /[code]/seances/[meetingId]/compte-rendu.docx": meetingRead,
  "GET /[code]/seances/[meetingId]/compte-rendu.pdf": meetingRead,
  "GET /[code]/seances/[meetingId]/compte-rendu/rediger": meetingManage,
  "GET /[code]/seances/[meetingId]/compte-rendu/historique/[sectionId]": meetingManage,
  "GET /[code]/seances/[meetingId]/convocation.docx": meetingRead,
  "GET /[code]/seances/[meetingId]/convocation.pdf": meetingRead,
  "POST /[code]/seances/[meetingId]/documents": meetingManage,
  "GET /[code]/seances/[meetingId]/emargement": meetingManage,
  "GET /[code]/seances/[meetingId]/feuille-emargement.pdf": meetingRead,
  "GET /[code]/seances/[meetingId]/modifier": meetingManage,
  "GET /[code]/seances/[meetingId]/seance.ics": meetingRead,
  "GET /national": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/indicateurs": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiel": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiel/nouveau": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiel/[indicator]": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels/nouveau": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels/[framework]": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels/[framework]/[versionId]": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels/[framework]/[versionId]/modules/[moduleId]": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
  "GET /national/referentiels/[framework]/[versionId]/engagements/[engagementId]": { stranger: 403, foreignId: null, member: 403, memberDraft: null },
};

export const accessKey = (method: string, pattern: string) => `${method} ${pattern}`;

/** The segments that name a row: their presence decides whether foreignId / memberDraft apply. */
export const ID_SEGMENTS = ["committeeId", "meetingId", "documentId", "sectionId", "surveyId", "entryId", "actionId"];
export const MEETING_SEGMENTS = ["meetingId", "documentId", "sectionId"];

/** Every (route, method) the table must cover: neither public nor about the caller themself. */
export function guardedRoutes(routes: AppRoute[]): { route: AppRoute; method: Method; access: RouteAccess | undefined }[] {
  return routes
    .filter((r) => !PUBLIC_PATTERNS.has(r.pattern) && !SELF_PATTERNS.has(r.pattern))
    .flatMap((route) => route.methods.map((method) => ({ route, method, access: ROUTE_ACCESS[accessKey(method, route.pattern)] })));
}

/** The values of a prefecture's dynamic segments, all ids of rows that exist. */
export type PrefectureIds = {
  code: string;
  committeeId: string;
  meetingId: string;
  documentId: string;
  /** A section of the meeting's minutes */
  sectionId: string;
  /** An indicator of the referential (its code), followed by the prefecture */
  indicator: string;
  /** A year with figures (the yearly report) */
  year: string;
  /** A survey of the prefecture */
  surveyId: string;
  /** An entry of the prefecture's register of requests */
  entryId: string;
  /** An improvement action of the prefecture (the Vienne's: one of the member's committee's held meeting) */
  actionId: string;
  /** A national referential (Qual-e-Pref's code), one of its versions, a module and an engagement of it */
  framework: string;
  versionId: string;
  moduleId: string;
  engagementId: string;
};

export interface AccessFixtures {
  /** The Charente (16): its committee, its meeting of 5 April 2022, a document of that meeting. */
  charente: PrefectureIds;
  /** The Vienne (86): the member's committee, its held meeting of 6 May 2021, a document of it. */
  vienne: PrefectureIds;
  /** The Vienne again, with a DRAFT meeting of the member's committee and a document of it. */
  vienneDraft: PrefectureIds;
}

export const MEMBER_EMAIL = "membre.86@example.org";

/**
 * Rows the seed does not have, with fixed ids so that two Playwright workers (or a retried
 * one) preparing them at the same time end up with the same rows.
 */
const FIXED = {
  charenteDocument: "acce55ed-0016-4000-8000-000000000001",
  vienneDocument: "acce55ed-0086-4000-8000-000000000001",
  vienneDraftMeeting: "acce55ed-0086-4000-8000-000000000002",
  vienneDraftDocument: "acce55ed-0086-4000-8000-000000000003",
  vienneDraftMinutes: "acce55ed-0086-4000-8000-000000000006",
  vienneDraftSection: "acce55ed-0086-4000-8000-000000000007",
  charenteSurvey: "acce55ed-0016-4000-8000-000000000010",
  charenteRegisterEntry: "acce55ed-0016-4000-8000-000000000020",
  vienneRegisterEntry: "acce55ed-0086-4000-8000-000000000020",
};

/** The smallest file the download route serves as a PDF. */
const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/** A meeting of a prefecture on a Paris day (the seed's dates are Paris times). */
async function meetingOn(db: PrismaClient, code: string, committeeId: string, day: string) {
  const start = new Date(`${day}T00:00:00+02:00`);
  const end = new Date(start.getTime() + 24 * 3600 * 1000);
  return db.meeting.findFirstOrThrow({
    where: { prefecture: { code }, committeeId, startsAt: { gte: start, lt: end } },
    orderBy: { createdAt: "asc" },
  });
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** A survey of the Charente (the seed gives it none), with a fixed id like the documents. */
async function ensureSurvey(db: PrismaClient, id: string, prefectureId: string) {
  if (await db.survey.findUnique({ where: { id } })) return id;
  try {
    await db.survey.create({ data: { id, prefectureId, title: "Enquête du test d'accès", audience: "USERS", year: 2030, respondentsCount: 10 } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // another worker made it first
  }
  return id;
}

/** An entry of a prefecture's register of requests, with a fixed id like the documents. */
async function ensureRegisterEntry(db: PrismaClient, id: string, prefectureId: string) {
  if (await db.requestRecord.findUnique({ where: { id } })) return id;
  try {
    await db.requestRecord.create({ data: { id, prefectureId, receivedOn: new Date("2030-01-07"), channel: "EMAIL", type: "INFORMATION", subject: "Demande du test d'accès" } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // another worker made it first
  }
  return id;
}

async function ensureDocument(db: PrismaClient, filesDir: string, id: string, meeting: { id: string; prefectureId: string }) {
  const storageKey = `2026-01/${id}.pdf`;
  const full = path.join(filesDir, storageKey);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, PDF_BYTES);
  if (await db.document.findUnique({ where: { id } })) return id;
  try {
    await db.document.create({
      data: {
        id,
        prefectureId: meeting.prefectureId,
        meetingId: meeting.id,
        title: "Pièce du test d'accès",
        fileName: "piece-test-acces.pdf",
        mimeType: "application/pdf",
        sizeBytes: PDF_BYTES.byteLength,
        sha256: createHash("sha256").update(PDF_BYTES).digest("hex"),
        storageKey,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // another worker made it first
  }
  return id;
}

/** The first section of a meeting's (latest) minutes: the seed gives each seeded meeting minutes. */
async function firstSectionOf(db: PrismaClient, meetingId: string) {
  const section = await db.minutesSection.findFirstOrThrow({ where: { minutes: { meetingId } }, orderBy: [{ minutes: { revision: "desc" } }, { position: "asc" }] });
  return section.id;
}

/**
 * Finds the demo rows the access tests aim at and adds the few the seed lacks (a document per
 * meeting, with its file under filesDir; a draft meeting of the member's committee). Idempotent.
 */
export async function prepareAccessFixtures(db: PrismaClient, filesDir: string): Promise<AccessFixtures> {
  const charenteCommittee = await db.committee.findFirstOrThrow({ where: { prefecture: { code: "16" } }, orderBy: { createdAt: "asc" } });
  const charenteMeeting = await meetingOn(db, "16", charenteCommittee.id, "2022-04-05");

  // The committee the demo member sits on (the seeded seat, not one another test may add).
  const vienneCommittee = await db.committee.findFirstOrThrow({
    where: { prefecture: { code: "86" }, members: { some: { person: { user: { email: MEMBER_EMAIL } } } } },
    orderBy: { createdAt: "asc" },
  });
  const vienneMeeting = await meetingOn(db, "86", vienneCommittee.id, "2021-05-06");
  if (vienneMeeting.status === "DRAFT") throw new Error("the Vienne meeting of 6 May 2021 should not be a draft");

  if (!(await db.meeting.findUnique({ where: { id: FIXED.vienneDraftMeeting } }))) {
    try {
      await db.meeting.create({
        data: {
          id: FIXED.vienneDraftMeeting,
          prefectureId: vienneCommittee.prefectureId,
          committeeId: vienneCommittee.id,
          // Far ahead, so it stays last of every "upcoming" list other tests look at.
          startsAt: new Date("2035-06-12T08:00:00Z"),
          room: "Salle du test d'accès",
          status: "DRAFT",
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  const draft = await db.meeting.findUniqueOrThrow({ where: { id: FIXED.vienneDraftMeeting } });
  // Its minutes (a draft too): the routes under …/compte-rendu must exist for the referent.
  if (!(await db.minutes.findUnique({ where: { id: FIXED.vienneDraftMinutes } }))) {
    try {
      await db.minutes.create({
        data: { id: FIXED.vienneDraftMinutes, meetingId: draft.id, sections: { create: [{ id: FIXED.vienneDraftSection, position: 0, title: "Section du test d'accès" }] } },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (draft.status !== "DRAFT") throw new Error("the access tests' draft meeting is no longer a draft");
  const vienneEntry = await ensureRegisterEntry(db, FIXED.vienneRegisterEntry, vienneCommittee.prefectureId);
  const charenteAction = await db.improvementAction.findFirstOrThrow({ where: { prefectureId: charenteMeeting.prefectureId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const vienneAction = await db.improvementAction.findFirstOrThrow({ where: { prefectureId: vienneCommittee.prefectureId, meetingId: vienneMeeting.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const qep = await db.frameworkVersion.findFirstOrThrow({
    where: { framework: { code: "QUAL_E_PREF" } },
    include: { modules: { orderBy: { number: "asc" }, take: 1 }, engagements: { orderBy: { code: "asc" }, take: 1 } },
  });
  const referential = { framework: "QUAL_E_PREF", versionId: qep.id, moduleId: qep.modules[0]!.id, engagementId: qep.engagements[0]!.id };
  const vienneSurvey = (
    await db.survey.findFirstOrThrow({ where: { prefectureId: vienneCommittee.prefectureId }, orderBy: [{ year: "asc" }, { title: "asc" }] })
  ).id;

  return {
    charente: {
      code: "16",
      committeeId: charenteCommittee.id,
      meetingId: charenteMeeting.id,
      documentId: await ensureDocument(db, filesDir, FIXED.charenteDocument, charenteMeeting),
      sectionId: await firstSectionOf(db, charenteMeeting.id),
      surveyId: await ensureSurvey(db, FIXED.charenteSurvey, charenteMeeting.prefectureId),
      entryId: await ensureRegisterEntry(db, FIXED.charenteRegisterEntry, charenteMeeting.prefectureId),
      actionId: charenteAction.id,
      indicator: "CALL_PICKUP_RATE",
      year: "2021",
      ...referential,
    },
    vienne: {
      code: "86",
      committeeId: vienneCommittee.id,
      meetingId: vienneMeeting.id,
      documentId: await ensureDocument(db, filesDir, FIXED.vienneDocument, vienneMeeting),
      sectionId: await firstSectionOf(db, vienneMeeting.id),
      surveyId: vienneSurvey,
      entryId: vienneEntry,
      actionId: vienneAction.id,
      indicator: "CALL_PICKUP_RATE",
      year: "2021",
      ...referential,
    },
    vienneDraft: {
      code: "86",
      committeeId: vienneCommittee.id,
      meetingId: draft.id,
      documentId: await ensureDocument(db, filesDir, FIXED.vienneDraftDocument, draft),
      sectionId: FIXED.vienneDraftSection,
      surveyId: vienneSurvey,
      entryId: vienneEntry,
      actionId: vienneAction.id,
      indicator: "CALL_PICKUP_RATE",
      year: "2021",
      ...referential,
    },
  };
}
