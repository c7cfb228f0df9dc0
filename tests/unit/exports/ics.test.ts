import { describe, expect, it } from "vitest";
import { renderMeetingIcs } from "@/lib/exports/ics";
import { parisLocalToDate } from "@/lib/format";
import type { MeetingDocumentData } from "@/lib/meetings/document-data";
import { vienneClu2021, vosgesNoTime } from "@/tests/fixtures/meeting-document";

/** Minimal RFC 5545 reader: unfold, then "NAME;PARAMS:value" per line, TEXT unescaped. */
function parseIcs(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const props = new Map<string, { params: string; value: string }>();
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!match) throw new Error(`Unparsable line: ${line}`);
    const [, name = "", params = "", value = ""] = match;
    if (!props.has(name)) props.set(name, { params, value });
  }
  const text = (name: string) =>
    props.get(name)?.value.replace(/\\n/gi, "\n").replace(/\\([,;\\])/g, "$1");
  return { lines, props, text };
}

describe("meeting .ics", () => {
  const ics = renderMeetingIcs(vienneClu2021, {
    uid: "fixture-86-clu-2021-05-06@clu-portail",
    url: "https://portail.example.org/86/seances/fixture-86-clu-2021-05-06",
    sequence: 2,
  });
  const cal = parseIcs(ics);

  it("is a valid iCalendar text: CRLF line endings, lines of at most 75 octets", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(cal.lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("publishes a confirmed event at 14h30 Paris summer time, in UTC", () => {
    expect(cal.text("METHOD")).toBe("PUBLISH");
    expect(cal.text("VERSION")).toBe("2.0");
    expect(cal.text("STATUS")).toBe("CONFIRMED");
    expect(cal.text("UID")).toBe("fixture-86-clu-2021-05-06@clu-portail");
    expect(cal.text("SEQUENCE")).toBe("2");
    expect(cal.text("URL")).toBe("https://portail.example.org/86/seances/fixture-86-clu-2021-05-06");
    expect(cal.props.get("DTSTART")).toEqual({ params: "", value: "20210506T123000Z" });
    expect(cal.props.get("DTEND")).toEqual({ params: "", value: "20210506T135000Z" });
    expect(cal.text("SUMMARY")).toBe("Comité local des usagers — Vienne");
    expect(cal.text("LOCATION")).toBe("Audioconférence");
    expect(cal.text("ORGANIZER")).toBe("MAILTO:nathalie.masse@example.org");
  });

  it("carries the agenda as plain text in the description", () => {
    const description = cal.text("DESCRIPTION") ?? "";
    expect(description).toContain("séance du jeudi 6 mai 2021 à 14h30");
    expect(description).toContain("Ordre du jour :");
    expect(description).toContain("I – Le Comité Local des Usagers : quels sont ses objectifs ?");
    expect(description).toContain("\n   a) L'accueil physique\n");
    expect(description).toContain("Présentation par Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils (Diaporama pages 6 et 7)");
    expect(description).toContain("VI – La Direction Départementale de l'Emploi, du Travail et des Solidarités (DDETS)");
  });

  it("uses room and place as location, and start + 2 h without an end (winter time)", () => {
    const data: MeetingDocumentData = {
      ...vienneClu2021,
      meeting: {
        ...vienneClu2021.meeting,
        startsAt: parisLocalToDate("2023-01-24T10:00"),
        endsAt: null,
        room: "Salle Marzellier",
        place: "Préfecture de la Vienne, 7 place Aristide Briand, Poitiers",
        mode: "IN_PERSON",
      },
    };
    const parsed = parseIcs(renderMeetingIcs(data, { uid: "x@clu-portail" }));
    expect(parsed.props.get("DTSTART")?.value).toBe("20230124T090000Z");
    expect(parsed.props.get("DTEND")?.value).toBe("20230124T110000Z");
    expect(parsed.text("LOCATION")).toBe("Salle Marzellier, Préfecture de la Vienne, 7 place Aristide Briand, Poitiers");
    expect(parsed.text("SEQUENCE")).toBe("0");
    expect(parsed.props.has("URL")).toBe(false);
  });

  it("is an all-day event on the Paris day when the start time is unknown", () => {
    const parsed = parseIcs(renderMeetingIcs(vosgesNoTime, { uid: "y@clu-portail" }));
    // startsAt is 2022-12-07T23:00Z, i.e. midnight on 8 December in Paris.
    expect(parsed.props.get("DTSTART")).toEqual({ params: ";VALUE=DATE", value: "20221208" });
    expect(parsed.props.get("DTEND")).toEqual({ params: ";VALUE=DATE", value: "20221209" });
    expect(parsed.text("SUMMARY")).toBe("Comité local des usagers et de l'amélioration continue — Vosges");
    expect(parsed.text("LOCATION")).toBe("Grand Salon, Préfecture des Vosges, place Foch, Épinal");
    expect(parsed.text("DESCRIPTION")).toContain("Point 2 – Résultats de l'enquête de satisfaction");
  });
});
