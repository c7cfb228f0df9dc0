// Strict input at every boundary, on a real database: the meeting actions refuse dates that
// do not exist and text that PostgreSQL cannot store, with French field errors (they used to
// be accepted, roll over, or end in a 500); the upload route stores a document up to 20 Mo of
// the meeting of ITS prefecture only, gives it the extension of its real type, answers 413
// beyond, and turns an unexpected error into French JSON.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createMeeting, updateMeeting } from "@/lib/meetings/actions";
import { storeMeetingDocument } from "@/lib/documents/upload";
import { actorFor, testDb, withDemoData } from "./support";

// The routes read the caller from the session; here the test says who calls.
const session = vi.hoisted(() => ({ actor: null as Actor | null, fail: false }));
vi.mock(import("@/lib/auth/session"), async (importOriginal) => ({
  ...(await importOriginal()),
  getActor: async () => {
    if (session.fail) throw new Error("database unreachable (simulated)");
    return session.actor;
  },
}));

const db = testDb();
let referent: Actor;
let referent16: Actor;
let committeeId: string;
let filesDir: string;
const previousFilesDir = process.env.FILES_DIR;

beforeAll(async () => {
  await withDemoData(db);
  referent = await actorFor(db, "referent.86@example.org");
  referent16 = await actorFor(db, "referent.16@example.org");
  committeeId = (await db.committee.findFirstOrThrow({ where: { prefecture: { code: "86" } } })).id;
  filesDir = await mkdtemp(path.join(tmpdir(), "clu-files-"));
  process.env.FILES_DIR = filesDir;
});

afterAll(async () => {
  process.env.FILES_DIR = previousFilesDir;
  await rm(filesDir, { recursive: true, force: true });
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
});

const fields = () => ({
  committeeId,
  date: "2031-03-20",
  startTime: "14:00",
  endTime: "16:00",
  room: "Salle Marzellier",
  place: null,
  mode: "IN_PERSON" as const,
  chairLabel: null,
  numberingStyle: "ROMAN_LETTERS" as const,
});

async function newMeeting() {
  const created = await createMeeting.built.execute(db, referent, fields());
  if (!created.ok) throw new Error(created.error);
  return created.data.id;
}

describe("meeting actions refuse impossible dates and unstorable text", () => {
  it.each([
    ["9999-99-99", "Cette date n'existe pas : le mois doit être compris entre 01 et 12."],
    ["2027-02-31", "Le 31 février 2027 n'existe pas : février 2027 compte 28 jours."],
    ["0000-00-00", "Cette date n'existe pas : le mois doit être compris entre 01 et 12."],
    ["1024-05-06", "L'année 1024 est hors de la période acceptée : saisissez une date entre 1990 et 2100."],
  ])("createMeeting refuses %s next to the date field, and writes nothing", async (date, message) => {
    const before = await db.meeting.count();
    const result = await createMeeting.built.execute(db, referent, { ...fields(), date });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { date: [message] } });
    expect(await db.meeting.count()).toBe(before);
  });

  it("updateMeeting refuses the same dates, and the meeting keeps its day", async () => {
    const id = await newMeeting();
    for (const date of ["9999-99-99", "2027-02-31", "0000-00-00"]) {
      const result = await updateMeeting.built.execute(db, referent, { ...fields(), id, version: 1, date });
      expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { date: [expect.stringMatching(/n'existe pas/)] } });
    }
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe("2031-03-20T13:00:00.000Z");
  });

  it("refuses impossible times and the hour skipped in spring, in French", async () => {
    expect(await createMeeting.built.execute(db, referent, { ...fields(), startTime: "25:00" })).toMatchObject({
      ok: false,
      fieldErrors: { startTime: ["L'heure 25:00 n'existe pas : saisissez une heure entre 00:00 et 23:59."] },
    });
    expect(await createMeeting.built.execute(db, referent, { ...fields(), date: "2027-03-28", startTime: "02:30", endTime: null })).toMatchObject({
      ok: false,
      fieldErrors: { startTime: [expect.stringContaining("n'existe pas à Paris")] },
    });
  });

  it("refuses a NUL or a lone surrogate in a text field instead of failing in PostgreSQL", async () => {
    const nul = await createMeeting.built.execute(db, referent, { ...fields(), room: "Salle\u0000 Marzellier" });
    expect(nul).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { room: ["Ce texte contient un caractère invalide."] } });
    const id = await newMeeting();
    const surrogate = await updateMeeting.built.execute(db, referent, { ...fields(), id, version: 1, chairLabel: "M. \uD800" });
    expect(surrogate).toMatchObject({ ok: false, fieldErrors: { chairLabel: ["Ce texte contient un caractère invalide."] } });
  });
});

const MiB = 1024 * 1024;
const pdf = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
};

describe("storeMeetingDocument", () => {
  it("stores a PDF named .txt as .txt.pdf, with its row and its audit entry", async () => {
    const meetingId = await newMeeting();
    const prefectureId = (await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).prefectureId;
    const stored = await storeMeetingDocument(referent, { prefectureId, meetingId }, {
      fileName: "notes.txt",
      bytes: pdf(2048),
      title: null,
      agendaItemId: null,
    }, db);
    expect(stored).toMatchObject({ ok: true, document: { title: "notes.txt", fileName: "notes.txt.pdf" } });
    if (!stored.ok) return;
    const row = await db.document.findUniqueOrThrow({ where: { id: stored.document.id } });
    expect(row).toMatchObject({ mimeType: "application/pdf", sizeBytes: 2048, meetingId, uploadedById: referent.userId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "document.upload" } });
    expect(audit.after).toMatchObject({ fileName: "notes.txt.pdf", uploadedFileName: "notes.txt" });
  });

  it("finds no meeting outside the given prefecture", async () => {
    const meetingId = await newMeeting();
    const other = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });
    const stored = await storeMeetingDocument(referent, { prefectureId: other.id, meetingId }, {
      fileName: "a.pdf",
      bytes: pdf(100),
      title: null,
      agendaItemId: null,
    }, db);
    expect(stored).toEqual({ ok: false, status: 404, error: "Séance introuvable." });
  });
});

describe("upload and download routes", () => {
  const params = (code: string, meetingId: string) => ({ params: Promise.resolve({ code, meetingId }) });
  // A page of the portal posts it: the browser sends its Origin (the route refuses any other).
  const upload = (code: string, meetingId: string, body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request(`http://localhost/${code}/seances/${meetingId}/documents`, { method: "POST", body, headers: { origin: "http://localhost", ...headers } });
  const form = (bytes: Uint8Array<ArrayBuffer>, name: string) => {
    const data = new FormData();
    data.set("file", new Blob([bytes]), name);
    data.set("title", "");
    data.set("agendaItemId", "");
    return data;
  };

  it("stores a 15 Mo document on the meeting of the URL's prefecture, and serves it with its real extension", async () => {
    const { POST } = await import("@/app/[code]/seances/[meetingId]/documents/route");
    const { GET } = await import("@/app/[code]/documents/[documentId]/route");
    const meetingId = await newMeeting();
    session.actor = referent;
    const response = await POST(upload("86", meetingId, form(pdf(15 * MiB), "Compte rendu.txt")), params("86", meetingId));
    expect(response.status).toBe(201);
    const { id, title } = (await response.json()) as { id: string; title: string };
    expect(title).toBe("Compte rendu.txt");

    const download = await GET(new Request(`http://localhost/86/documents/${id}`), { params: Promise.resolve({ code: "86", documentId: id }) });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain(`filename*=UTF-8''Compte%20rendu.txt.pdf`);
    expect((await download.arrayBuffer()).byteLength).toBe(15 * MiB);
  });

  it("refuses an upload posted from another site, or without an Origin, before reading it", async () => {
    const { POST } = await import("@/app/[code]/seances/[meetingId]/documents/route");
    const meetingId = await newMeeting();
    session.actor = referent;
    const before = await db.document.count({ where: { meetingId } });
    const crossSite = await POST(upload("86", meetingId, form(pdf(300), "a.pdf"), { origin: "https://attaquant.example" }), params("86", meetingId));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: "Requête refusée : elle ne provient pas d'une page du portail." });
    const request = new Request(`http://localhost/86/seances/${meetingId}/documents`, { method: "POST", body: form(pdf(300), "a.pdf") });
    expect((await POST(request, params("86", meetingId))).status).toBe(403);
    expect(await db.document.count({ where: { meetingId } })).toBe(before);
  });

  it("serves a document stored before names were checked with its real extension", async () => {
    const { GET } = await import("@/app/[code]/documents/[documentId]/route");
    const { storeFile } = await import("@/lib/documents/storage");
    const meetingId = await newMeeting();
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    const bytes = pdf(300);
    const doc = await db.document.create({
      data: {
        prefectureId: meeting.prefectureId,
        meetingId,
        title: "Notes",
        fileName: "notes.txt",
        mimeType: "application/pdf",
        sizeBytes: bytes.byteLength,
        sha256: "0".repeat(64),
        storageKey: await storeFile(bytes, "pdf"),
      },
    });
    session.actor = referent;
    const download = await GET(new Request(`http://localhost/86/documents/${doc.id}`), { params: Promise.resolve({ code: "86", documentId: doc.id }) });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="notes.txt.pdf"; filename*=UTF-8''notes.txt.pdf`);
  });

  it("never stores on a meeting of another prefecture than the URL's (403 outside one's prefecture, 404 for a foreign id)", async () => {
    const { POST } = await import("@/app/[code]/seances/[meetingId]/documents/route");
    const meetingId = await newMeeting(); // a Vienne (86) meeting
    session.actor = referent;
    const response = await POST(upload("16", meetingId, form(pdf(100), "a.pdf")), params("16", meetingId));
    expect(response.status).toBe(403); // the Vienne referent may not enter /16 at all
    session.actor = referent16;
    const stranger = await POST(upload("16", meetingId, form(pdf(100), "a.pdf")), params("16", meetingId));
    expect(stranger.status).toBe(404);
    expect(await db.document.count({ where: { meetingId } })).toBe(0);
  });

  it("answers 413 in French from Content-Length, before reading the body", async () => {
    const { POST } = await import("@/app/[code]/seances/[meetingId]/documents/route");
    const meetingId = await newMeeting();
    session.actor = referent;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request(`http://localhost/86/seances/${meetingId}/documents`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { origin: "http://localhost", "content-type": "multipart/form-data; boundary=x", "content-length": String(30 * MiB) },
    } as RequestInit);
    const response = await POST(request, params("86", meetingId));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "Le fichier dépasse 20 Mo." });
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's own prefetch
  });

  it("turns an unexpected error into a French JSON 500, not a bare 500", async () => {
    const { POST } = await import("@/app/[code]/seances/[meetingId]/documents/route");
    const meetingId = await newMeeting();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    session.fail = true;
    try {
      const response = await POST(upload("86", meetingId, form(pdf(100), "a.pdf")), params("86", meetingId));
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(((await response.json()) as { error: string }).error).toMatch(/^Une erreur inattendue est survenue\./);
    } finally {
      session.fail = false;
      quiet.mockRestore();
    }
  });
});
