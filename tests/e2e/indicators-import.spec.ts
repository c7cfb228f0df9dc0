// The grid's year import as an agent uses it (issue 8 item 6): agent.86 exports the year as
// CSV, fills January of the pickup rate in it and imports it back through the form — the
// progress label while the file is sent, the preview (nothing written yet), then "Importer" and
// the figures in the grid; a file with a bad cell lists its French error and imports nothing.
// axe on each state of the form. A far year (2035) keeps the demo figures untouched.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

const RECEIVED = "Nombre total d'appels reçus, quel que soit le motif";
const LOST = "Nombre d'appels perdus (sans réponse)";
const YEAR = 2035;

/** The exported CSV with January of the pickup rate's components set. */
function withJanuary(csv: string, received: string, lost: string): string {
  return csv
    .split("\r\n")
    .map((line) => {
      const cells = line.split(";");
      if (cells[0] !== "CALL_PICKUP_RATE") return line;
      if (cells[1] === RECEIVED) cells[2] = received;
      if (cells[1] === LOST) cells[2] = lost;
      return cells.join(";");
    })
    .join("\r\n");
}

async function exportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe(`indicateurs-86-${YEAR}.csv`);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv).toContain(`CALL_PICKUP_RATE;${RECEIVED};`);
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
