/**
 * Year file import: the optional « Périmètre » column (old files without it read as the whole
 * prefecture; a scope written in words becomes the grid's code; a scope the grid could not
 * store is a French cell error) and the blocks under a coarser header than the indicator's
 * (a yearly rate of a monthly indicator), with the discrepancy report naming the scope.
 */
import { describe, expect, it } from "vitest";
import { yearTableToCsv } from "@/lib/indicators/export";
import { parseYearFile, readScope, type YearImportResult } from "@/lib/indicators/import";
import { indicatorDefinitions } from "@/prisma/seed/data/indicators";

const csv = (text: string) => parseYearFile(Buffer.from(text, "utf8"), "indicateurs-16-2021.csv", indicatorDefinitions);
function ok(result: YearImportResult) {
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result;
}
function errors(result: YearImportResult): string[] {
  if (result.ok) throw new Error("expected errors");
  return result.errors.map((e) => e.message);
}
const blocks = (result: YearImportResult) => ok(result).table.indicators.map((b) => ({ code: b.code, scope: b.scope ?? "", periodicity: b.periodicity, published: b.published }));

describe("scope column", () => {
  it("reads a file without « Périmètre » as the whole prefecture (files written before scopes)", async () => {
    const result = await csv("Indicateur;Ligne;T1;T2\nTOWN_HALL_APPOINTMENT_DELAY;Valeur;19;33");
    expect(blocks(result)).toEqual([{ code: "TOWN_HALL_APPOINTMENT_DELAY", scope: "", periodicity: "QUARTERLY", published: [19, 33, null, null] }]);
    expect(ok(result).table.indicators[0]).not.toHaveProperty("scope");
  });

  it("reads one block per scope; an empty scope cell is the whole prefecture; a continuation row keeps the scope above", async () => {
    const result = await csv(
      [
        "Indicateur;Périmètre;Ligne;janvier;février",
        "CALL_PICKUP_RATE;;Taux (%);90 %;91 %",
        "CALL_PICKUP_RATE;services;Nombre total d'appels reçus, quel que soit le motif;9903;9740",
        ";;Nombre d'appels perdus (sans réponse);2266;1827",
        "CALL_PICKUP_RATE;Standard;Taux (%);99,8 %;",
      ].join("\n"),
    );
    const table = ok(result).table;
    expect(table.indicators.map((b) => b.scope ?? "")).toEqual(["", "services", "standard"]);
    expect(table.indicators[1]?.figures).toEqual({ received: [9903, 9740, ...Array(10).fill(null)], lost: [2266, 1827, ...Array(10).fill(null)] });
    expect(table.indicators[2]?.published?.[0]).toBe(99.8);
  });

  it("accepts the scope column anywhere among the label columns", async () => {
    const result = await csv("Indicateur;Ligne;Périmètre;T1\nTOWN_HALL_APPOINTMENT_DELAY;Valeur;mairies;19");
    expect(blocks(result)).toEqual([{ code: "TOWN_HALL_APPOINTMENT_DELAY", scope: "mairies", periodicity: "QUARTERLY", published: [19, null, null, null] }]);
  });

  it("turns a scope in words into the grid's code, and « Toute la préfecture » into the whole prefecture", () => {
    expect(readScope("Site internet")).toBe("site-internet");
    expect(readScope("  Délai_attente ")).toBe("delai-attente");
    expect(readScope("Toute la préfecture")).toBe("");
    expect(readScope("")).toBe("");
    expect(readScope("services/DDT")).toBeNull();
    expect(readScope("x".repeat(41))).toBeNull();
  });

  it("refuses a scope the grid cannot store, in French, with its line and column", async () => {
    expect(errors(await csv("Indicateur;Périmètre;Ligne;T1\nTOWN_HALL_APPOINTMENT_DELAY;services/DDT;Valeur;19"))).toEqual([
      "Ligne 2, colonne « Périmètre » : « services/DDT » n'est pas un périmètre valide : un code en lettres minuscules sans accent, chiffres et tirets (40 caractères au plus, par exemple « services »), ou une cellule vide pour toute la préfecture.",
    ]);
  });

  it("refuses the same line twice in one scope, not across scopes", async () => {
    expect(errors(await csv("Indicateur;Périmètre;Ligne;T1\nTOWN_HALL_APPOINTMENT_DELAY;mairies;Valeur;19\nTOWN_HALL_APPOINTMENT_DELAY;mairies;Valeur;20"))).toEqual([
      expect.stringMatching(/^Ligne 3 : la ligne « Valeur » de l'indicateur « .+ » \(périmètre « mairies »\) figure déjà ligne 2\.$/),
    ]);
    ok(await csv("Indicateur;Périmètre;Ligne;T1\nTOWN_HALL_APPOINTMENT_DELAY;mairies;Valeur;19\nTOWN_HALL_APPOINTMENT_DELAY;;Valeur;20"));
  });
});

describe("coarser header than the indicator's", () => {
  it("reads a yearly rate of a monthly indicator as a YEARLY block beside the monthly one", async () => {
    const result = await csv(
      ["Indicateur;Ligne;janvier", "CALL_PICKUP_RATE;Taux (%);77,1 %", "", "Indicateur;Ligne;Année", "CALL_PICKUP_RATE;Taux (%);81,5 %"].join("\n"),
    );
    expect(blocks(result)).toEqual([
      { code: "CALL_PICKUP_RATE", scope: "", periodicity: "MONTHLY", published: [77.1, ...Array(11).fill(null)] },
      { code: "CALL_PICKUP_RATE", scope: "", periodicity: "YEARLY", published: [81.5] },
    ]);
  });

  it("checks a coarser block's figures with the grid's rules and reports its discrepancies with the scope", async () => {
    expect(errors(await csv("Indicateur;Ligne;Année\nCALL_PICKUP_RATE;Taux (%);101 %"))).toEqual([
      "Ligne 2, colonne « année » : Un pourcentage saisi directement doit être compris entre 0 et 100.",
    ]);
    const result = ok(
      await csv(
        [
          "Indicateur;Périmètre;Ligne;Année",
          "CALL_PICKUP_RATE;services;Nombre total d'appels reçus, quel que soit le motif;1000",
          "CALL_PICKUP_RATE;services;Nombre d'appels perdus (sans réponse);100",
          "CALL_PICKUP_RATE;services;Taux (%);80,0 %",
        ].join("\n"),
      ),
    );
    expect(result.discrepancies).toEqual([
      expect.objectContaining({ indicatorCode: "CALL_PICKUP_RATE", scope: "services", periodicity: "YEARLY", period: 1, published: 80, computed: 90 }),
    ]);
    expect(result.discrepancies[0]?.message).toMatch(/^Année \(périmètre « services »\) : publié 80,0\u202f%, recalculé 90,00\u202f%\.$/);
  });

  it("writes and reads back a table of scopes and coarser blocks (CSV)", async () => {
    const first = ok(
      await csv(
        [
          "Indicateur;Périmètre;Ligne;T1;T2;T3;T4",
          "SATISFACTION_RATE;delai-attente;Taux (%);83,0 %;86,0 %;;",
          "Indicateur;Périmètre;Ligne;Année",
          "SATISFACTION_RATE;;Taux (%);95,1 %",
          "SATISFACTION_RATE;locaux;Taux (%);88,7 %",
        ].join("\n"),
      ),
    );
    const again = ok(await csv(yearTableToCsv(first.table)));
    expect(again.table).toEqual(first.table);
  });
});
