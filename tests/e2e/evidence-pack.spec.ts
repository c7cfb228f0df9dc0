// The audit evidence pack (issue 9 item 7) as the Vosges referent hands it to an auditor: the
// 2022 page lists the files, the download shows its progress file by file and saves a ZIP
// holding them (read back: indicators, report, the December 2022 compte rendu, action plan,
// register, surveys, LISEZMOI.txt); the plain link (no JavaScript) streams the same files; a
// member is refused. axe on every page.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { expectAccessible, storageStatePath } from "./support";

const EXPECTED = [
  "LISEZMOI.txt",
  "indicateurs-88-2022.xlsx",
  "bilan-indicateurs-2022-vosges.pdf",
  /^comptes-rendus\/.+-vosges-2022-12-08\.pdf$/,
  "plan-actions-88-2022.xlsx",
  "registre-88-2022.csv",
  "enquetes-88-2022.csv",
];

function expectPackEntries(names: string[]) {
  expect(names).toHaveLength(EXPECTED.length);
  EXPECTED.forEach((expected, i) => (typeof expected === "string" ? expect(names[i]).toBe(expected) : expect(names[i]).toMatch(expected)));
}

const entriesOf = async (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);

test("le référent des Vosges télécharge le dossier de preuves 2022 et suit sa préparation", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent88") })).newPage();
  const response = await page.goto("/88/dossier-preuves?annee=2022");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dossier de preuves pour l'audit", exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: /Fichiers du dossier de preuves 2022/ });
  await expect(table.getByRole("rowheader", { name: "registre-88-2022.csv", exact: true })).toBeVisible();
  await expect(page.getByLabel("Année", { exact: true })).toHaveValue("2022");
  await expectAccessible(page);

  const button = page.getByRole("link", { name: /^Télécharger le dossier 2022 \(ZIP, 7 fichiers\)$/ });
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), button.click()]);
  expect(download.suggestedFilename()).toBe("dossier-preuves-88-2022.zip");
  await expect(page.getByText(/^Dossier prêt : 7 fichiers, [\d,]+\s?Mo$/)).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveAttribute("value", "7");
  await expectAccessible(page);

  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  expectPackEntries(await entriesOf(zip));
  expect(await zip.file("LISEZMOI.txt")!.async("string")).toContain("Dossier de preuves — Vosges (88) — année 2022");
  expect((await zip.file("bilan-indicateurs-2022-vosges.pdf")!.async("nodebuffer")).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The link without JavaScript: the ZIP streamed as it is built, with its file count announced.
  const plain = await page.request.get("/88/dossier-preuves/telecharger?annee=2022");
  expect(plain.status()).toBe(200);
  expect(plain.headers()["content-type"]).toBe("application/zip");
  expect(plain.headers()["x-pack-files"]).toBe("7");
  expectPackEntries(await entriesOf(await JSZip.loadAsync(await plain.body())));

  // The prepared file is served once.
  const again = await page.request.get(new URL(download.url()).pathname + new URL(download.url()).search);
  expect(again.status()).toBe(404);
});

test("un membre n'a pas accès au dossier de preuves", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  const response = await page.goto("/86/dossier-preuves");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
  const route = await page.request.get("/86/dossier-preuves/telecharger?annee=2022");
  expect(route.status()).toBe(403);
});
