// The grid's year import as an agent uses it (issue 8 item 6): agent.86 exports the year as
// CSV, fills January of the pickup rate in it and imports it back through the form — the
// progress label while the file is sent, the preview (nothing written yet), then "Importer" and
// the figures in the grid; a file with a bad cell lists its French error and imports nothing;
// the reading of a long file reaches the browser while it goes on. axe on each state of the form.
// Far years (2035, 2038) keep the demo figures untouched.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

const RECEIVED = "Nombre total d'appels reçus, quel que soit le motif";
const LOST = "Nombre d'appels perdus (sans réponse)";
const YEAR = 2035;
const LONG_YEAR = 2038;

/**
 * The exported CSV with January of the whole-prefecture pickup rate's components set. The
 * Vienne's file has a "Périmètre" column (some of its series have a scope): the row's label
 * is then the third cell, after an empty scope.
 */
function withJanuary(csv: string, received: string, lost: string): string {
  return csv
    .split("\r\n")
    .map((line) => {
      const cells = line.split(";");
      if (cells[0] !== "CALL_PICKUP_RATE") return line;
      const label = cells[1] === "" ? 2 : 1;
      if (cells[label] === RECEIVED) cells[label + 1] = received;
      if (cells[label] === LOST) cells[label + 1] = lost;
      return cells.join(";");
    })
    .join("\r\n");
}

async function exportCsv(page: Page, year = YEAR): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`indicateurs-86-${year}.csv`);
  const csv = await readFile(await download.path(), "utf8");
  // Indicator, scope (empty: the whole prefecture), line, then the months.
  expect(csv).toContain(`CALL_PICKUP_RATE;;${RECEIVED};`);
  return csv;
}

test("un agent exporte l'année, la réimporte avec la progression, la prévisualise puis l'importe", async ({ browser }) => {
  // Three axe scans of a full year's grid on shared cores.
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("agent86") })).newPage();
  await page.goto(`/86/indicateurs?annee=${YEAR}`);
  const form = page.getByRole("region", { name: `Importer l’année ${YEAR}` });
  await expect(form).toBeVisible();
  const csv = await exportCsv(page);

  await form.getByLabel(/^Fichier CSV ou Excel/).setInputFiles({
    name: `indicateurs-86-${YEAR}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(withJanuary(csv, "9903", "2266")),
  });
  // The request is held until the progress has been checked (and scanned by axe).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/86/indicateurs/import", async (route) => {
    await held;
    await route.continue();
  });
  const preview = form.getByRole("button", { name: "Prévisualiser" });
  await preview.focus();
  await page.keyboard.press("Enter");
  // The visible label names the bar; the polite live region says it too (throttled).
  const progress = form.getByRole("progressbar", { name: /^Envoi du fichier : \d+\s%$/ });
  await expect(progress).toBeVisible();
  await expect(form.locator("#indicator-import-progress-label")).toBeVisible();
  await expect(form.locator("p[aria-live=polite]")).toHaveText(/^Envoi du fichier : \d+\s%$/);
  await expectAccessible(page);
  release();

  await expect(form.getByText("Prévisualisation : rien n'est encore enregistré")).toBeVisible();
  await expect(form.getByText(/^Taux d'appels décrochés : 1 période dans le fichier$/)).toBeVisible();
  await expect(form.getByRole("progressbar")).toHaveCount(0);
  const table = page.getByRole("table", { name: /^Taux d'appels décrochés/ }).first();
  await expect(table.getByLabel(`${RECEIVED} — janvier ${YEAR}`)).toHaveValue("");
  await expectAccessible(page);

  await page.unroute("**/86/indicateurs/import");
  await form.getByRole("button", { name: "Importer" }).click();
  await expect(form.getByText("Import terminé")).toBeVisible();
  await expect(form.getByText(/^Taux d'appels décrochés : 1 période dans le fichier, 1 modifiée$/)).toBeVisible();
  await expectAccessible(page);
  // The grid keeps the figures it was first rendered with (its state is keyed on the locks
  // only): a new page load shows what the import stored.
  await page.reload();
  await expect(table.getByLabel(`${RECEIVED} — janvier ${YEAR}`)).toHaveValue(/^9\s?903$/);
  await expect(table.getByLabel(`${LOST} — janvier ${YEAR}`)).toHaveValue(/^2\s?266$/);
});

test("un fichier avec une cellule fausse liste l'erreur en français et n'importe rien", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  await page.goto(`/86/indicateurs?annee=${YEAR}`);
  const form = page.getByRole("region", { name: `Importer l’année ${YEAR}` });
  const csv = await exportCsv(page);
  await form.getByLabel(/^Fichier CSV ou Excel/).setInputFiles({
    name: `indicateurs-86-${YEAR}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from(withJanuary(csv, "12x", "")),
  });
  await form.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(form.getByText("1 erreur : aucun chiffre n'a été importé")).toBeVisible();
  await expect(form.getByRole("listitem").filter({ hasText: "« 12x » n'est pas un nombre." })).toHaveText(/^Ligne \d+, colonne « janvier » : « 12x » n'est pas un nombre\.$/);
  await expect(form.getByRole("button", { name: "Importer" })).toHaveCount(0);
  await expectAccessible(page);
});

test("la lecture d'un long fichier arrive au navigateur au fil de l'eau, avant le résultat", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("agent86") })).newPage();
  await page.goto(`/86/indicateurs?annee=${LONG_YEAR}`);
  await expectAccessible(page);
  const csv = await exportCsv(page, LONG_YEAR);
  // 300 000 blank rows (1,2 Mo, ignored by the import): long enough for its reading to be reported.
  const long = `${withJanuary(csv, "9903", "2266")}${";;\r\n".repeat(300_000)}`;
  // The form's own request, read chunk by chunk as the browser receives it (the form's label
  // cannot tell: lines arriving with the last one are handled in the same task, never painted).
  const chunks = await page.evaluate(
    async ({ text, year }) => {
      const form = new FormData();
      form.set("file", new File([text], `indicateurs-86-${year}.csv`, { type: "text/csv" }));
      form.set("year", String(year));
      form.set("preview", "true");
      const response = await fetch("/86/indicateurs/import", { method: "POST", body: form });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      const received: string[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return received;
        received.push(value);
      }
    },
    { text: long, year: LONG_YEAR },
  );
  const lines = chunks.join("").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as { phase: string; rows?: number; result?: unknown });
  expect(lines.filter((l) => l.phase === "parse").map((l) => l.rows).slice(0, 3)).toEqual([1000, 2000, 3000]);
  expect(lines.at(-1)).toMatchObject({ phase: "done", result: { ok: true, data: { status: "preview" } } });
  const firstProgress = chunks.findIndex((c) => c.includes('"phase":"parse"'));
  const result = chunks.findIndex((c) => c.includes('"phase":"done"'));
  expect(firstProgress, `${chunks.length} chunks`).toBeGreaterThanOrEqual(0);
  expect(result, `${chunks.length} chunks`).toBeGreaterThan(firstProgress);
});
