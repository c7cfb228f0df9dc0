// Publication: what the public page, the Atom feed and the open data API show is published
// content of public prefectures only. Each unpublished state (draft, in review, validated),
// an unpublished correction and a non-public prefecture is seeded beside the demo data's
// published minutes, and must be absent everywhere; the API's JSON is checked against the
// OpenAPI document it publishes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPrefectures } from "@/app/api/v1/prefectures/route";
import { GET as getMeetings } from "@/app/api/v1/prefectures/[code]/meetings/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getFeed } from "@/app/public/[code]/flux.atom/route";
import {
  findPublicPrefecture,
  findPublishedMinutes,
  listPublicPrefectures,
  listPublishedMinutes,
  listPublishedRevisions,
  readFrozenDocument,
} from "@/lib/publication/queries";
import { PUBLIC_CACHE_CONTROL } from "@/lib/publication";
import { PUBLIC_CSP } from "@/next.config";
import { createTestPrefecture } from "@/tests/factories/prefectures";
import { testDb, withDemoData } from "./support";

const db = testDb();
const HIDDEN_TITLE = "Séance-témoin non publiée";
const hiddenMinutesIds: string[] = [];
const createdMeetingIds: string[] = [];
let hiddenPrefecture: { id: string; code: string };
let vienneId: string;
let correctedMeetingId: string;
let publishedCorrectionId: string;

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers });

async function meetingWithMinutes(prefectureId: string, committeeId: string, day: string, status: "DRAFT" | "IN_REVIEW" | "VALIDATED" | "PUBLISHED") {
  const meeting = await db.meeting.create({
    data: { prefectureId, committeeId, title: `${HIDDEN_TITLE} (${status})`, startsAt: new Date(`${day}T12:00:00Z`), status: "HELD" },
  });
  createdMeetingIds.push(meeting.id);
  const minutes = await db.minutes.create({
    data: { meetingId: meeting.id, status, publishedAt: status === "PUBLISHED" ? new Date() : null },
  });
  return { meeting, minutes };
}

beforeAll(async () => {
  await withDemoData(db);
  const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" }, include: { committees: true } });
  vienneId = vienne.id;
  const committee = vienne.committees[0];
  if (!committee) throw new Error("the Vienne has no committee");
  for (const [i, status] of (["DRAFT", "IN_REVIEW", "VALIDATED"] as const).entries()) {
    hiddenMinutesIds.push((await meetingWithMinutes(vienne.id, committee.id, `2031-0${i + 1}-10`, status)).minutes.id);
  }
  // A published meeting whose correction (revision 2) is still in review: the public keeps
  // revision 1, then revision 3 is published and replaces it.
  const corrected = await meetingWithMinutes(vienne.id, committee.id, "2031-06-10", "PUBLISHED");
  correctedMeetingId = corrected.meeting.id;
  hiddenMinutesIds.push((await db.minutes.create({ data: { meetingId: corrected.meeting.id, revision: 2, status: "IN_REVIEW" } })).id);
  publishedCorrectionId = (
    await db.minutes.create({
      data: { meetingId: corrected.meeting.id, revision: 3, status: "PUBLISHED", publishedAt: new Date(), correctionNote: "date corrigée" },
    })
  ).id;
  await db.minutes.update({ where: { meetingId_revision: { meetingId: corrected.meeting.id, revision: 1 } }, data: { publishedAt: new Date(Date.now() - 60_000) } });

  // A prefecture that does not publish, with published minutes all the same.
  const created = await createTestPrefecture(db);
  await db.prefecture.update({ where: { id: created.id }, data: { isPublic: false } });
  hiddenPrefecture = { id: created.id, code: created.code };
  const hiddenCommittee = await db.committee.create({ data: { prefectureId: created.id, kind: "CLU", name: "CLU de test" } });
  hiddenMinutesIds.push((await meetingWithMinutes(created.id, hiddenCommittee.id, "2031-03-01", "PUBLISHED")).minutes.id);
});

afterAll(async () => {
  // Integration files share one database: leave the demo data as it was.
  await db.minutes.deleteMany({ where: { meetingId: { in: createdMeetingIds } } });
  await db.meeting.deleteMany({ where: { id: { in: createdMeetingIds } } });
  if (hiddenPrefecture) await db.prefecture.delete({ where: { id: hiddenPrefecture.id } });
});

describe("publication queries", () => {
  it("list the demo data's published minutes of the Vienne, newest meeting first, and nothing unpublished", async () => {
    const list = await listPublishedMinutes(vienneId);
    const ids = list.map((m) => m.minutesId);
    for (const hidden of hiddenMinutesIds) expect(ids).not.toContain(hidden);
    expect(list.filter((m) => createdMeetingIds.includes(m.meetingId)).map((m) => m.minutesId)).toEqual([publishedCorrectionId]);
    // The demo meeting of 6 May 2021 is published.
    const days = list.map((m) => m.meetingStartsAt.toISOString().slice(0, 10));
    expect(days).toContain("2021-05-06");
    expect([...days].sort().reverse()).toEqual(days);
    // One entry per meeting: the latest published revision.
    expect(new Set(list.map((m) => m.meetingId)).size).toBe(list.length);
    expect(list.find((m) => m.meetingId === correctedMeetingId)?.revision).toBe(3);
  });

  it("refuse a prefecture that does not publish, and its minutes", async () => {
    expect((await listPublicPrefectures()).map((p) => p.code)).toEqual(expect.arrayContaining(["16", "86", "88"]));
    expect((await listPublicPrefectures()).map((p) => p.code)).not.toContain(hiddenPrefecture.code);
    expect(await findPublicPrefecture(hiddenPrefecture.code)).toBeNull();
    expect(await listPublishedMinutes(hiddenPrefecture.id)).toEqual([]);
    expect(await findPublicPrefecture("../86")).toBeNull();
  });

  it("find a published revision with its document, and nothing else", async () => {
    const [first] = await listPublishedMinutes(vienneId);
    if (!first) throw new Error("no published minutes");
    const found = await findPublishedMinutes("86", first.minutesId);
    expect(found?.document.title).toBeTruthy();
    expect(found?.document.minutesId).toBe(first.minutesId);
    for (const hidden of hiddenMinutesIds) {
      expect(await findPublishedMinutes("86", hidden)).toBeNull();
      expect(await findPublishedMinutes(hiddenPrefecture.code, hidden)).toBeNull();
    }
    // Another prefecture's code with the Vienne's minutes: not found.
    expect(await findPublishedMinutes("16", first.minutesId)).toBeNull();
    expect(await findPublishedMinutes("86", "pas-un-uuid")).toBeNull();
    // The superseded revision 1 is still readable (the feed links to it) and points to revision 3.
    const revision1 = await db.minutes.findUniqueOrThrow({ where: { meetingId_revision: { meetingId: correctedMeetingId, revision: 1 } } });
    expect((await findPublishedMinutes("86", revision1.id))?.supersededBy).toBe(publishedCorrectionId);
  });

  it("ignore a frozen document that does not have the document's shape", () => {
    expect(readFrozenDocument(null)).toBeNull();
    expect(readFrozenDocument({ title: "x" })).toBeNull();
    expect(readFrozenDocument([1, 2])).toBeNull();
  });
});

describe("Atom feed", () => {
  it("has one entry per published revision and no unpublished one", async () => {
    const response = await getFeed(request("/public/86/flux.atom"), ctx({ code: "86" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('rel="self"');
    for (const hidden of hiddenMinutesIds) expect(xml).not.toContain(hidden);
    const revisions = await listPublishedRevisions(vienneId);
    expect(xml.match(/<entry>/g)?.length).toBe(revisions.length);
    // Both published revisions of the corrected meeting are entries.
    expect(xml).toContain(`urn:uuid:${publishedCorrectionId}`);
    expect(xml).toContain("version corrigée n° 3");
    // A conditional request for the same version gets a 304.
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await getFeed(request("/public/86/flux.atom", { "if-none-match": etag ?? "" }), ctx({ code: "86" }));
    expect(again.status).toBe(304);
  });

  it("is 404 for a prefecture that does not publish", async () => {
    const response = await getFeed(request(`/public/${hiddenPrefecture.code}/flux.atom`), ctx({ code: hiddenPrefecture.code }));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

// --- A small validator of the OpenAPI document's schemas: required fields, types, enums and
// formats, following $ref. Enough to catch a route and its description drifting apart.
type Schema = { $ref?: string; type?: string; required?: string[]; properties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; format?: string };
type OpenApi = { components: { schemas: Record<string, Schema> }; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>> };

function violations(doc: OpenApi, schema: Schema, value: unknown, at = "$"): string[] {
  if (schema.$ref) {
    const target = doc.components.schemas[schema.$ref.replace("#/components/schemas/", "")];
    return target ? violations(doc, target, value, at) : [`${at}: unknown $ref ${schema.$ref}`];
  }
  const errors: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${String(value)} not in enum`);
  switch (schema.type) {
    case "object": {
      if (!value || typeof value !== "object" || Array.isArray(value)) return [`${at}: not an object`];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${at}.${key}: required`);
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (key in record) errors.push(...violations(doc, sub, record[key], `${at}.${key}`));
      }
      for (const key of Object.keys(record)) if (!(key in (schema.properties ?? {}))) errors.push(`${at}.${key}: not described`);
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [`${at}: not an array`];
      value.forEach((item, i) => errors.push(...(schema.items ? violations(doc, schema.items, item, `${at}[${i}]`) : [])));
      break;
    case "string":
      if (typeof value !== "string") return [`${at}: not a string`];
      if (schema.format === "uri" && !/^https?:\/\//.test(value)) errors.push(`${at}: not an absolute URI`);
      if (schema.format === "date-time" && Number.isNaN(Date.parse(value))) errors.push(`${at}: not a date-time`);
      if (schema.format === "uuid" && !/^[0-9a-f-]{36}$/.test(value)) errors.push(`${at}: not a uuid`);
      break;
    case "integer":
      if (!Number.isInteger(value)) errors.push(`${at}: not an integer`);
      break;
  }
  return errors;
}

describe("open data API", () => {
  let openApi: OpenApi;
  const responseSchema = (path: string, status: string): Schema => {
    const schema = openApi.paths[path]?.get?.responses[status]?.content?.["application/json"]?.schema;
    if (!schema) throw new Error(`no schema for ${path} ${status}`);
    return schema;
  };

  beforeAll(async () => {
    const response = await getOpenApi(request("/api/v1/openapi.json"), undefined);
    expect(response.status).toBe(200);
    openApi = (await response.json()) as OpenApi;
  });

  it("is an OpenAPI 3.1 document", () => {
    expect((openApi as unknown as { openapi: string }).openapi).toBe("3.1.0");
  });

  it("lists the public prefectures as its schema says, open to any origin, cacheable", async () => {
    const response = await getPrefectures(request("/api/v1/prefectures"), undefined);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const body = (await response.json()) as { prefectures: { code: string }[] };
    expect(violations(openApi, responseSchema("/prefectures", "200"), body)).toEqual([]);
    expect(body.prefectures.map((p) => p.code)).toEqual(expect.arrayContaining(["86", "16", "88"]));
    expect(body.prefectures.map((p) => p.code)).not.toContain(hiddenPrefecture.code);
  });

  it("lists the published meetings of a prefecture as its schema says, and no unpublished one", async () => {
    const response = await getMeetings(request("/api/v1/prefectures/86/meetings"), ctx({ code: "86" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    const text = await response.text();
    const body = JSON.parse(text) as { meetings: { minutes: { id: string }; links: { html: string; pdf: string; docx: string } }[] };
    expect(violations(openApi, responseSchema("/prefectures/{code}/meetings", "200"), body)).toEqual([]);
    expect(body.meetings.length).toBe((await listPublishedMinutes(vienneId)).length);
    for (const hidden of hiddenMinutesIds) expect(text).not.toContain(hidden);
    const first = body.meetings[0];
    expect(first?.links.html).toMatch(/^https?:\/\/[^/]+\/public\/86\/comptes-rendus\/[0-9a-f-]{36}$/);
    expect(first?.links.pdf).toBe(`${first?.links.html}/compte-rendu.pdf`);
    expect(first?.links.docx).toBe(`${first?.links.html}/compte-rendu.docx`);
  });

  it("answers an unknown or non-public prefecture with a French 404 its schema describes", async () => {
    // "00": no département has it, and the tests' throw-away prefectures take 900–999.
    for (const code of ["00", hiddenPrefecture.code]) {
      const response = await getMeetings(request(`/api/v1/prefectures/${code}/meetings`), ctx({ code }));
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = (await response.json()) as { error: string };
      expect(violations(openApi, responseSchema("/prefectures/{code}/meetings", "404"), body)).toEqual([]);
      expect(body.error).toBe("Préfecture introuvable ou non publiée.");
    }
  });
});

describe("cache and CSP policy values", () => {
  it("lets shared caches keep published content 5 minutes and serve it stale for a day", () => {
    expect(PUBLIC_CACHE_CONTROL).toBe("public, max-age=300, stale-while-revalidate=86400");
  });

  it("allows no script at all on the public pages (no nonce there)", () => {
    expect(PUBLIC_CSP).toContain("script-src 'none'");
    expect(PUBLIC_CSP).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe/);
    expect(PUBLIC_CSP).toContain("frame-ancestors 'none'");
  });
});
