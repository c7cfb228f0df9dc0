// The register of requests and complaints (issue 9 item 4): the Vienne referent records an
// e-mail received on Monday 10 May 2021 and reads its deadline five working days later with
// Ascension skipped (mardi 18 mai 2021), records a late answer, then imports the fixture
// CSV (preview, then all at once; checked again, every line is already there), exports the
// list's complaints as CSV; the member is refused the register (users' personal data). axe
// on every page visited.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test("un référent enregistre une demande et lit son échéance en jours ouvrés", async ({ browser }) => {
  // Several pages each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const subject = `Demande e2e ${Date.now()}`;
  // A service of its own: the year's list is filtered on it, whatever other runs recorded.
  const service = `Service e2e ${Date.now()}`;
  await page.goto("/86/registre");
  await expect(page.getByRole("heading", { level: 1, name: "Registre des demandes, suggestions et réclamations", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /Indicateurs du registre par mois/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nouvelle demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle demande", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Date de réception", { exact: true }).fill("2021-05-10");
  await page.getByLabel("Canal", { exact: true }).selectOption("EMAIL");
  await page.getByLabel("Type", { exact: true }).selectOption("INFORMATION");
  await page.getByLabel("Objet", { exact: true }).fill(subject);
  await page.getByLabel(/^Service/).fill(service);
  // An answer dated before receipt is refused in French, on its field.
  await page.getByLabel(/^Date de réponse \(facultatif\)/).fill("2021-05-07");
  await page.getByRole("button", { name: "Enregistrer la demande" }).click();
  await expect(page.getByText("La date de réponse ne peut pas précéder la date de réception.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Date de réponse \(facultatif\)/).fill("");
  await page.getByRole("button", { name: "Enregistrer la demande" }).click();

  await expect(page).toHaveURL(/\/86\/registre\?annee=2021/);
  await page.getByLabel("Service", { exact: true }).selectOption(service);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("1 demande, de la plus récente à la plus ancienne.", { exact: true })).toBeVisible();
  // Overdue, it is listed at the top too: read the year's list.
  const year = page.getByRole("region", { name: "Registre 2021", exact: true });
  const row = year.getByRole("row").filter({ hasText: subject });
  // Five working days after Monday 10 May 2021, Ascension (Thursday 13) skipped; unanswered since.
  await expect(row).toContainText("mardi 18 mai 2021");
  await expect(row).toContainText(/En retard de \d[\d\u202f]* jours ouvrés/);
  await expectAccessible(page);

  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier la demande", exact: true })).toBeVisible();
  await expect(page.getByText("Échéance : mardi 18 mai 2021.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Date de réponse \(facultatif\)/).fill("2021-05-19");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(/\/86\/registre\?annee=2021/);
  await page.goto(`/86/registre?annee=2021&service=${encodeURIComponent(service)}`);
  await expect(page.getByRole("region", { name: "Registre 2021", exact: true }).getByRole("row").filter({ hasText: subject })).toContainText("Répondu avec 1 jour ouvré de retard");
  // Answered, it has left the overdue list.
  await expect(page.getByRole("region", { name: "Demandes en retard" }).getByText(subject)).toHaveCount(0);
});

test("un référent importe un registre CSV : aperçu puis import complet", async ({ browser }) => {
  // Several pages each scanned by axe: past the default on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  await page.goto("/86/registre/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importer un registre", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Colonnes attendues" })).toContainText("Date de réception");
  await expectAccessible(page);

  // A file with refused lines: every line said, nothing imported.
  await page.getByLabel(/^Fichier CSV du registre/).setInputFiles(path.join(__dirname, "../fixtures/register/registre-erreurs.csv"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByRole("heading", { name: /Le fichier n'a pas été importé : 5 erreurs/ })).toBeVisible();
  await expect(page.getByText(/^Ligne 3 : date de réception invalide/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/^Fichier CSV du registre/).setInputFiles(path.join(__dirname, "../fixtures/register/registre-2021.csv"));
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByRole("heading", { name: "12 demandes prêtes à être importées" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Premières lignes lues" })).toContainText("Pièces à fournir pour un permis de conduire international");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importer les 12 demandes" }).click();
  await expect(page.getByRole("heading", { name: "12 demandes importées" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Voir le registre" })).toBeVisible();

  // The same file checked again: every line is already in the register, nothing to import.
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await expect(page.getByRole("heading", { name: "Aucune nouvelle demande à importer" })).toBeVisible();
  await page.getByText("12 lignes déjà présentes dans le registre (ignorées)").click();
  await expect(page.getByText("Ligne 2 : 2021-001 — Pièces à fournir pour un permis de conduire international (reçue le 04/01/2021)")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/86/registre?annee=2021");
  await expect(page.getByRole("heading", { level: 2, name: "Registre 2021", exact: true })).toBeVisible();
  await page.getByLabel("Type", { exact: true }).selectOption("COMPLAINT");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Appel resté sans réponse au standard" }).first()).toContainText("Réclamation");
  await expectAccessible(page);

  // The export of what the list shows: the import's columns, re-importable.
  const exportLink = page.getByRole("link", { name: "Exporter ces demandes (CSV)" });
  await expect(exportLink).toHaveAttribute("href", "/86/registre/export.csv?annee=2021&type=COMPLAINT");
  const response = await page.request.get("/86/registre/export.csv?annee=2021&type=COMPLAINT");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("registre-86-du-2021-01-01-au-2021-12-31.csv");
  const csv = await response.text();
  expect(csv.startsWith("\uFEFFRéférence;Date de réception;Canal;Type;Objet;Service;")).toBe(true);
  expect(csv).toContain("2021-008;10/05/2021;Téléphone;Réclamation;Appel resté sans réponse au standard;Standard;;;;18/05/2021");
  expect(csv).not.toContain("Demande d'information;");
  expect((await page.request.get("/86/registre/export.xlsx?du=2021-02-31")).status()).toBe(400);
});

test("un membre n'a pas accès au registre", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  await page.goto("/86/registre");
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expectAccessible(page);
});
