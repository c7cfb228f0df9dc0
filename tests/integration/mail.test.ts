// The outbox and its SMTP delivery (lib/mail/mailer.ts) against a real SMTP server
// (smtp-server, in memory, on a free port) and the run's real database: messages queued in a
// transaction are delivered after commit with the right envelope, headers and UTF-8 body; an
// unreachable server leaves an error on the row; without SMTP nothing pretends to be sent.
import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { meetingCalendarAttachments } from "@/lib/mail/attachments";
import { createMailer, type AttachmentResolver, type Mailer, type OutgoingMessage } from "@/lib/mail/mailer";
import { meetingPageUrl } from "@/lib/mail/portal-url";
import { convocationEmail } from "@/lib/mail/templates";
import { parisLocalToDate } from "@/lib/format";
import { addAgendaItem, createMeeting, sendConvocation } from "@/lib/meetings/actions";
import { createPrefecture, testPrefectureSeed } from "@/tests/factories/prefectures";
import { actorFor, testDb, withDemoData } from "./support";

const db = testDb();
const FROM = "Préfecture de la Vienne — CLU <clu@example.org>";

interface Received {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

const received: Received[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
const mailers: Mailer[] = [];

function mailer(smtpUrl: string | null, attachments?: AttachmentResolver): Mailer {
  const m = createMailer({ smtpUrl, from: FROM, attachments });
  mailers.push(m);
  return m;
}

/** A prefecture with a code no other test holds (the factory's random 9xx codes may collide). */
async function freshPrefecture(client: PrismaClient) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createPrefecture(client, testPrefectureSeed());
    } catch (error) {
      if (attempt > 30 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ── A minimal MIME reader: enough to check headers and the decoded UTF-8 parts ──

function splitMessage(raw: string) {
  const at = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(at + 4) };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) → text */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const text = value.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] as string, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodePart(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

interface Attachment {
  contentType: string;
  filename: string | null;
  content: string;
}

/** text/plain and text/html bodies and the attachments, decoded, through nested multiparts */
function parts(raw: string): { text?: string; html?: string; attachments: Attachment[]; headers: Map<string, string> } {
  const top = splitMessage(raw);
  const found: { text?: string; html?: string; attachments: Attachment[] } = { attachments: [] };
  const walk = (headers: Map<string, string>, body: string) => {
    const type = headers.get("content-type") ?? "";
    const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
    if (type.startsWith("multipart/") && boundary) {
      for (const chunk of body.split(`--${boundary}`).slice(1, -1)) {
        const part = splitMessage(chunk.replace(/^\r\n/, ""));
        walk(part.headers, part.body);
      }
      return;
    }
    const decoded = decodePart(headers, body.replace(/\r\n$/, ""));
    const disposition = headers.get("content-disposition") ?? "";
    if (disposition.startsWith("attachment")) {
      const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
      found.attachments.push({ contentType: type, filename, content: decoded });
      // Bodies travel with CRLF line ends (RFC 5322); compare them as the template wrote them.
    } else if (type.startsWith("text/plain")) found.text = decoded.replace(/\r\n/g, "\n");
    else if (type.startsWith("text/html")) found.html = decoded.replace(/\r\n/g, "\n");
  };
  walk(top.headers, top.body);
  return { ...found, headers: top.headers };
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const m of mailers) m.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe("outbox delivery through a real SMTP server", () => {
  it("queues two messages in a transaction, then delivers them after commit", async () => {
    const prefecture = await freshPrefecture(db);
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`);
    expect(m.configured).toBe(true);

    const convocation = convocationEmail({
      prefectureName: "Préfecture de la Vienne",
      committeeName: "Comité local des usagers de la Vienne",
      meetingLabel: "jeudi 6 mai 2021 à 14h30",
      place: "Préfecture de la Vienne, salle Jean Moulin",
      mode: "IN_PERSON",
      agenda: [
        { label: "I – Accueil", children: [] },
        { label: "II – Résultats des indicateurs de qualité", children: [{ label: "a) Accueil téléphonique", children: [] }] },
      ],
      replyUrl: "https://clu.example.org/reponse/token-de-test",
      meetingUrl: "https://clu.example.org/86/seances/00000000-0000-4000-8000-000000000000",
      recipient: { civility: "MME", firstName: "Nathalie", lastName: "MASSÉ" },
    });
    const messages: OutgoingMessage[] = [
      { prefectureId: prefecture.id, to: "nathalie.masse@example.org", ...convocation },
      {
        prefectureId: prefecture.id,
        to: "Eric ROSE <eric.rose@example.org>",
        subject: "Relevé de conclusions à relire",
        text: "Le relevé de conclusions de la séance est à relire : vos remarques sont attendues à la préfecture.",
      },
    ];

    const before = received.length;
    const ids = await db.$transaction(async (tx) => {
      const queued = await m.queueMany(tx, messages);
      // Inside the transaction nothing leaves: a send here could not be rolled back.
      expect(received.length).toBe(before);
      return queued;
    });
    expect(ids).toHaveLength(2);
    const queuedRows = await db.outboxMessage.findMany({ where: { id: { in: ids }, prefectureId: prefecture.id } });
    expect(queuedRows.map((r) => r.sentAt)).toEqual([null, null]);

    const results = await m.deliverPending(db, ids);
    expect(results).toEqual([
      { outboxMessageId: ids[0], sent: true, status: "SENT", error: null },
      { outboxMessageId: ids[1], sent: true, status: "SENT", error: null },
    ]);

    const got = received.slice(before);
    expect(got.map((r) => r.rcptTo)).toEqual([["nathalie.masse@example.org"], ["eric.rose@example.org"]]);
    expect(got.map((r) => r.mailFrom)).toEqual(["clu@example.org", "clu@example.org"]);

    const first = parts(got[0]?.raw ?? "");
    expect(decodeWords(first.headers.get("subject") ?? "")).toBe(
      "Convocation : Comité local des usagers de la Vienne — jeudi 6 mai 2021 à 14h30",
    );
    expect(decodeWords(first.headers.get("from") ?? "")).toContain("Préfecture de la Vienne");
    expect(first.headers.get("from")).toContain("<clu@example.org>");
    expect(first.headers.get("message-id")).toBe(`<${ids[0]}@example.org>`);
    expect(first.headers.get("auto-submitted")).toBe("auto-generated");
    expect(first.headers.has("list-unsubscribe")).toBe(false);
    expect(first.text).toContain("qui se tiendra le jeudi 6 mai 2021 à 14h30, en présentiel.");
    expect(first.text?.startsWith("Madame Nathalie MASSÉ,")).toBe(true);
    expect(first.text).toContain("  II – Résultats des indicateurs de qualité\n      a) Accueil téléphonique");
    expect(first.attachments).toEqual([]);
    expect(first.html).toContain('<html lang="fr">');
    expect(first.html).toContain("Je serai présent(e)");

    const second = parts(got[1]?.raw ?? "");
    expect(decodeWords(second.headers.get("subject") ?? "")).toBe("Relevé de conclusions à relire");
    expect(second.text).toBe(messages[1]?.text);
    expect(second.html).toBeUndefined();

    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids }, prefectureId: prefecture.id } });
    for (const row of rows) {
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.error).toBeNull();
    }

    // Delivering again sends nothing twice
    expect((await m.deliverPending(db, ids)).map((r) => r.status)).toEqual(["ALREADY_SENT", "ALREADY_SENT"]);
    expect(received.length).toBe(before + 2);
  });

  it("sendOrQueue sends at once on the root client, and only queues inside a transaction", async () => {
    const prefecture = await freshPrefecture(db);
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`);
    const message = { prefectureId: prefecture.id, to: "agnes.mottet@example.org", subject: "Séance reportée", text: "La séance est reportée à une date ultérieure." };

    const direct = await m.sendOrQueue(db, message);
    expect(direct).toMatchObject({ sent: true, status: "SENT" });

    const before = received.length;
    const deferred = await db.$transaction((tx) => m.sendOrQueue(tx, message));
    expect(deferred).toMatchObject({ sent: false, status: "DEFERRED", error: null });
    expect(received.length).toBe(before);
    expect((await m.deliverPending(db, [deferred.outboxMessageId]))[0]?.status).toBe("SENT");
    expect(received.length).toBe(before + 1);
  });

  it("stores nothing when the caller's transaction rolls back", async () => {
    const prefecture = await freshPrefecture(db);
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`);
    await expect(
      db.$transaction(async (tx) => {
        await m.queue(tx, { prefectureId: prefecture.id, to: "x@example.org", subject: "Annulé", text: "…" });
        throw new Error("the convocation failed");
      }),
    ).rejects.toThrow("the convocation failed");
    expect(await db.outboxMessage.count({ where: { prefectureId: prefecture.id } })).toBe(0);
  });

  it("only delivers the rows of the given prefecture", async () => {
    const vienne = await freshPrefecture(db);
    const other = await freshPrefecture(db);
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`);
    const id = await m.queue(db, { prefectureId: vienne.id, to: "x@example.org", subject: "Test", text: "Test" });
    expect(await m.deliverPending(db, [id], { prefectureId: other.id })).toEqual([
      { outboxMessageId: id, sent: false, status: "NOT_FOUND", error: null },
    ]);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { id, prefectureId: vienne.id } })).sentAt).toBeNull();
  });

  it("stores the error and leaves sentAt empty when the SMTP server cannot be reached", async () => {
    const prefecture = await freshPrefecture(db);
    const m = mailer(`smtp://127.0.0.1:${await closedPort()}`);
    const message = {
      prefectureId: prefecture.id,
      to: "nathalie.masse@example.org",
      subject: "Convocation à la séance",
      text: "Vous êtes convié(e) à la séance.",
    };

    const result = await m.sendOrQueue(db, message);
    expect(result.sent).toBe(false);
    expect(result.status).toBe("FAILED");
    expect(result.error).toMatch(/ECONNREFUSED/);

    const [queued] = await db.$transaction((tx) => m.queueMany(tx, [message]));
    const [delivered] = await m.deliverPending(db, [queued as string]);
    expect(delivered).toMatchObject({ sent: false, status: "FAILED" });

    const rows = await db.outboxMessage.findMany({ where: { prefectureId: prefecture.id } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.sentAt).toBeNull();
      expect(row.error).toMatch(/ECONNREFUSED/);
    }
  });

  it("without SMTP_URL keeps every message in the outbox, unsent and without error", async () => {
    const prefecture = await freshPrefecture(db);
    const m = mailer(null);
    expect(m.configured).toBe(false);
    const before = received.length;

    const ids = await db.$transaction((tx) =>
      m.queueMany(tx, [
        { prefectureId: prefecture.id, to: "a@example.org", subject: "Convocation", text: "Séance du jeudi à 14h30." },
        { prefectureId: prefecture.id, to: "b@example.org", subject: "Convocation", text: "Séance du jeudi à 14h30." },
      ]),
    );
    expect((await m.deliverPending(db, ids)).map((r) => [r.sent, r.status])).toEqual([
      [false, "NOT_CONFIGURED"],
      [false, "NOT_CONFIGURED"],
    ]);
    expect(await m.sendOrQueue(db, { prefectureId: prefecture.id, to: "c@example.org", subject: "S", text: "T" })).toMatchObject({
      sent: false,
      status: "NOT_CONFIGURED",
    });

    const rows = await db.outboxMessage.findMany({ where: { prefectureId: prefecture.id } });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.sentAt).toBeNull();
      expect(row.error).toBeNull();
    }
    expect(rows.find((r) => r.to === "a@example.org")?.text).toBe("Séance du jeudi à 14h30.");
    expect(received.length).toBe(before);
  });
});

/** RFC 5545 lines of an .ics, unfolded */
function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

describe("convocation e-mails as members receive them", () => {
  async function conveneNewMeeting() {
    await withDemoData(db);
    const referent = await actorFor(db, "referent.86@example.org");
    const committee = await db.committee.findFirstOrThrow({ where: { prefecture: { code: "86" } } });
    const created = await createMeeting.built.execute(db, referent, {
      committeeId: committee.id,
      date: "2031-12-01",
      startTime: "14:30",
      endTime: "16:30",
      room: "Salle Marzellier",
      place: null,
      mode: "IN_PERSON",
      chairLabel: null,
      numberingStyle: "ROMAN_LETTERS",
    });
    if (!created.ok) throw new Error(created.error);
    const meetingId = created.data.id;
    const add = async (title: string, parentId?: string) => {
      const r = await addAgendaItem.built.execute(db, referent, { meetingId, title, parentId });
      if (!r.ok) throw new Error(r.error);
      return r.data.id;
    };
    await add("Accueil des membres");
    const welcome = await add("L'accueil en préfecture");
    await add("L'accueil physique", welcome);
    await add("L'accueil téléphonique", welcome);
    const convene = async () => {
      const { version } = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      const sent = await sendConvocation.built.execute(db, referent, { meetingId, version });
      if (!sent.ok) throw new Error(sent.error);
      const rows = await db.convocationRecipient.findMany({
        where: { convocationId: sent.data.convocationId },
        include: { person: true },
      });
      return rows;
    };
    return { meetingId, convene };
  }

  it("greets by name, keeps the agenda levels, links the meeting's page and attaches the .ics", async () => {
    const { meetingId, convene } = await conveneNewMeeting();
    const recipients = await convene();
    const prempain = recipients.find((r) => r.person.lastName === "PREMPAIN");
    const madam = recipients.find((r) => r.person.civility === "MME");
    expect(prempain?.outboxMessageId).toBeTruthy();
    expect(madam?.outboxMessageId).toBeTruthy();

    const m = mailer(`smtp://127.0.0.1:${smtpPort}`, meetingCalendarAttachments);
    const before = received.length;
    const results = await m.deliverPending(db, [prempain?.outboxMessageId as string, madam?.outboxMessageId as string]);
    expect(results.map((r) => r.status)).toEqual(["SENT", "SENT"]);
    const [toHim, toHer] = received.slice(before).map((r) => parts(r.raw));

    expect(toHim?.text?.startsWith("Monsieur Thierry PREMPAIN,\n")).toBe(true);
    expect(toHer?.text?.startsWith(`Madame ${madam?.person.firstName} ${madam?.person.lastName},\n`)).toBe(true);
    expect(toHim?.text).toContain(
      "  I – Accueil des membres\n  II – L'accueil en préfecture\n      a) L'accueil physique\n      b) L'accueil téléphonique",
    );
    expect(toHim?.text).toContain("qui se tiendra le lundi 1er décembre 2031 à 14h30");
    const page = meetingPageUrl("86", meetingId);
    expect(toHim?.text).toContain(`Page de la séance sur le portail (avec votre compte) : ${page}`);
    expect(toHim?.html).toContain(`href="${page}"`);

    const ics = toHim?.attachments ?? [];
    expect(ics).toHaveLength(1);
    expect(ics[0]?.contentType).toMatch(/^text\/calendar; charset=utf-8; method=PUBLISH/i);
    expect(ics[0]?.filename).toMatch(/^seance-clu(-clac)?-vienne-2031-12-01\.ics$/);
    const lines = icsLines(ics[0]?.content ?? "");
    expect(lines).toContain("METHOD:PUBLISH");
    expect(lines).toContain(`UID:${meetingId}@clu-portail`);
    expect(lines).toContain("DTSTART:20311201T133000Z");
    expect(lines).toContain("DTEND:20311201T153000Z");
    expect(lines).toContain("SEQUENCE:0");
    expect(lines).toContain(`URL:${page}`);
    expect(toHer?.attachments[0]?.content).toBe(ics[0]?.content);
  });

  it("gives a corrective convocation a higher SEQUENCE, so calendars update the event", async () => {
    const { convene } = await conveneNewMeeting();
    await convene();
    const second = await convene();
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`, meetingCalendarAttachments);
    const before = received.length;
    await m.deliverPending(db, [second[0]?.outboxMessageId as string]);
    const [message] = received.slice(before).map((r) => parts(r.raw));
    expect(icsLines(message?.attachments[0]?.content ?? "")).toContain("SEQUENCE:1");
  });

  it("dates a meeting known only by its day without any time: day-only text, all-day .ics, Paris day in the file name", async () => {
    const { meetingId, convene } = await conveneNewMeeting();
    // Stored at midnight Paris time: 30 November 23:00 in UTC.
    await db.meeting.update({ where: { id: meetingId }, data: { hasStartTime: false, startsAt: parisLocalToDate("2031-12-01T00:00"), endsAt: null } });
    const recipients = await convene();
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`, meetingCalendarAttachments);
    const before = received.length;
    await m.deliverPending(db, [recipients[0]?.outboxMessageId as string]);
    const [message] = received.slice(before).map((r) => parts(r.raw));
    expect(message?.text).toContain("qui se tiendra le lundi 1er décembre 2031, en présentiel.");
    expect(message?.text).not.toMatch(/\b0?0h00\b|à 0h/);
    const [ics] = message?.attachments ?? [];
    expect(ics?.filename).toMatch(/-2031-12-01\.ics$/);
    const lines = icsLines(ics?.content ?? "");
    expect(lines).toContain("DTSTART;VALUE=DATE:20311201");
    expect(lines).toContain("DTEND;VALUE=DATE:20311202");
  });

  it("still sends the message when its attachment cannot be built", async () => {
    const prefecture = await freshPrefecture(db);
    const failing: AttachmentResolver = () => Promise.reject(new Error("no meeting"));
    const m = mailer(`smtp://127.0.0.1:${smtpPort}`, failing);
    const result = await m.sendOrQueue(db, { prefectureId: prefecture.id, to: "x@example.org", subject: "Convocation", text: "Texte" });
    expect(result).toMatchObject({ sent: true, status: "SENT" });
  });
});
