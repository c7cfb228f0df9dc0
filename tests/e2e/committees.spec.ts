// Committees and members as a referent uses them: the list of committees, the Vienne's
// members by college, a search, a member added by hand, a CSV import refused line by line
// then a good one previewed and confirmed, the CSV and XLSX exports read back; a member
// reads the committee without being able to change it; another prefecture is refused.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expectAccessible, storageStatePath } from "./support";

test.describe.configure({ mode: "serial" });

const COMMITTEE = "Comité local des usagers et de l'amélioration continue de la Vienne";

const VALID_CSV = [
  "Civilité;Prénom;Nom;Fonction;Organisme;Collège;Mandat;Début;Libellé du siège",
  "M.;Hugo;Importé;trésorier;Association e2e des usagers;Usagers;suppléant;01/02/2020;",
  ";;;;Chambre de métiers e2e;Professionnels;titulaire;01/02/2020;Représentant des artisans",
].join("\n");

const collegeTable = (page: Page, caption: RegExp) => page.getByRole("table", { name: caption });

test.describe("comités de la Vienne (référent)", () => {
  test.use({ storageState: storageStatePath("referent86") });

  test("membres par collège, recherche, ajout, import et exports", async ({ page }) => {
    test.setTimeout(120_000);

    // 1. The committees of the prefecture, reached from the navigation
    await page.goto("/86");
    await page.getByRole("navigation", { name: /principal/i }).getByRole("link", { name: "Comités", exact: true }).click();
    await expect(page).toHaveURL(/\/86\/comites$/);
    await expect(page.getByRole("heading", { level: 1, name: "Comités" })).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(COMMITTEE) });
    await expect(row).toContainText("18");
    await expect(row).toContainText("29");
    await expect(row).toContainText("47");
    await expect(page.getByRole("form", { name: "Nouveau comité" })).toBeVisible();
    await expectAccessible(page);

    // 2. The Vienne committee: 47 seats, State services and users
    await page.getByRole("link", { name: COMMITTEE }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(COMMITTEE) })).toBeVisible();
    const committeeUrl = page.url();
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (47)" })).toBeVisible();
    await expect(collegeTable(page, /^Représentants des services de l'État \(18\)/)).toBeVisible();
    await expect(collegeTable(page, /^Représentants des usagers \(29\)/)).toBeVisible();
    await expect(
      collegeTable(page, /^Représentants des services de l'État/).getByRole("row", { name: /Mme Nathalie MASSÉ/ }),
    ).toContainText("chargée de mission qualité");
    await expectAccessible(page);

    // 3. Search, ignoring accents and case
    await page.getByRole("searchbox", { name: "Rechercher un membre" }).fill("massé");
    await page.getByRole("searchbox", { name: "Rechercher un membre" }).press("Enter");
    await expect(page).toHaveURL(/\?q=mass/);
    await expect(page.getByText("2 sièges correspondent à « massé »")).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Mme Nathalie MASSÉ" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Mme Magali MASSE" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: /ROSE/ })).toHaveCount(0);
    await expectAccessible(page);

    // 4. Add a member by hand: a new person with a new organisation
    await page.goto(committeeUrl);
    // The forms are React's once hydrated; before that a click would submit natively.
    await page.waitForLoadState("networkidle");
    const addForm = page.getByRole("form", { name: "Ajouter un membre" });
    await expect(addForm.getByLabel("Une nouvelle personne")).toBeChecked();
    await addForm.getByRole("button", { name: "Ajouter le membre" }).click();
    await expect(addForm.getByText("Saisissez le nom de famille.")).toBeVisible();
    await addForm.getByLabel("Civilité").selectOption("MME");
    await addForm.getByLabel("Prénom").fill("Camille");
    await addForm.getByLabel(/^Nom/).fill("Testeuse");
    await addForm.getByLabel(/^Fonction/).fill("présidente");
    await addForm.getByLabel(/^Organisme/).fill("Association e2e des usagers");
    await addForm.getByLabel("Collège").selectOption("USERS");
    await addForm.getByRole("button", { name: "Ajouter le membre" }).click();
    await expect(addForm.getByText(/Camille TESTEUSE : siège ajouté au collège « Représentants des usagers »/)).toBeVisible();
    await expect(collegeTable(page, /^Représentants des usagers \(30\)/).getByRole("row", { name: /Mme Camille TESTEUSE/ })).toContainText(
      "Association e2e des usagers",
    );
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (48)" })).toBeVisible();
    await expectAccessible(page);

    // 5. Import a file with errors: every error by line and column, nothing imported
    const importForm = page.getByRole("form", { name: "Importer des membres" });
    await importForm.getByLabel(/^Fichier CSV/).setInputFiles(path.join(__dirname, "../fixtures/members-errors.csv"));
    await expect(importForm.getByLabel(/^Contenu du fichier/)).toHaveValue(/MASSÉ/);
    await importForm.getByRole("button", { name: "Vérifier le fichier" }).click();
    const errors = page.getByRole("alert").filter({ hasText: "aucun membre n'a été importé" });
    await expect(errors).toBeVisible();
    await expect(errors).toContainText("Ligne 3, colonne « Collège » : valeur « Usager » inconnue.");
    await expect(errors).toContainText("Ligne 4, colonne « Adresse électronique »");
    await expect(page.getByRole("button", { name: "Confirmer l'import" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (48)" })).toBeVisible();

    // 6. A valid file: preview, then confirm
    await importForm.getByLabel(/^Fichier CSV/).setInputFiles({ name: "membres.csv", mimeType: "text/csv", buffer: Buffer.from(VALID_CSV) });
    await expect(importForm.getByLabel(/^Contenu du fichier/)).toHaveValue(/Hugo/);
    await importForm.getByRole("button", { name: "Vérifier le fichier" }).click();
    const preview = page.getByRole("table", { name: /^Aperçu ligne par ligne \(2\)/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByRole("row", { name: /M\. Hugo IMPORTÉ/ })).toContainText("Sera ajouté");
    await expect(preview.getByRole("row", { name: /Chambre de métiers e2e/ })).toContainText("Nouvel organisme");
    await expect(page.getByText("Aperçu de l'import : rien n'est encore enregistré")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (48)" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirmer l'import" }).click();
    await expect(page.getByText(/Import terminé : 2 membres ajoutés/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (50)" })).toBeVisible();
    await expect(collegeTable(page, /^Représentants des usagers \(31\)/).getByRole("row", { name: /M\. Hugo IMPORTÉ/ })).toContainText(
      "Suppléant(e)",
    );
    await expect(collegeTable(page, /^Professionnels \(1\)/).getByRole("rowheader", { name: /Représentant des artisans/ })).toBeVisible();
    await expectAccessible(page);

    // 7. Exports, read back
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter les membres (CSV)" }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^membres-clu-clac-86-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await csvDownload.path())).toString("utf8");
    expect(csv.startsWith("\uFEFFCivilité;Prénom;Nom;Fonction;Organisme")).toBe(true);
    expect(csv.trim().split(/\r\n/)).toHaveLength(51);
    expect(csv).toContain("M.;Hugo;IMPORTÉ;trésorier;Association e2e des usagers");
    expect(csv).toContain("Mme;Camille;TESTEUSE;présidente;Association e2e des usagers");

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exporter les membres (Excel)" }).click()]);
    const workbook = new ExcelJS.Workbook();
    // exceljs' typings predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load((await readFile(await xlsxDownload.path())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Membres");
    expect(sheet).toBeDefined();
    expect(sheet!.rowCount).toBe(51);
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["Civilité", "Prénom", "Nom"]);
    const lastNames = Array.from({ length: sheet!.rowCount - 1 }, (_, i) => sheet!.getRow(i + 2).getCell(3).value);
    expect(lastNames).toEqual(expect.arrayContaining(["MASSÉ", "TESTEUSE", "IMPORTÉ"]));

    // 8. Correct a person's details; end a seat: once its last day has passed, it is history
    await page.getByRole("link", { name: "Modifier la fiche de Mme Camille TESTEUSE" }).click();
    const personForm = page.getByRole("form", { name: "Modifier la fiche" });
    await expect(page.getByRole("heading", { level: 2, name: "Modifier la fiche de Mme Camille TESTEUSE" })).toBeVisible();
    await expect(personForm.getByLabel(/^Fonction/)).toHaveValue("présidente");
    await expectAccessible(page);
    await personForm.getByLabel(/^Fonction/).fill("présidente d'honneur");
    await personForm.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await expect(personForm).toHaveCount(0);
    await expect(collegeTable(page, /^Représentants des usagers/).getByRole("row", { name: /Mme Camille TESTEUSE/ })).toContainText(
      "présidente d'honneur",
    );
    const hugo = collegeTable(page, /^Représentants des usagers/).getByRole("row", { name: /M\. Hugo IMPORTÉ/ });
    await hugo.getByRole("button", { name: "Mettre fin au mandat de M. Hugo IMPORTÉ" }).click();
    const lastDay = page.getByLabel("Dernier jour du mandat");
    await expect(lastDay).toHaveValue(/^\d{4}-\d{2}-\d{2}$/); // today by default
    await expectAccessible(page);
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    await lastDay.fill(yesterday);
    await page.getByRole("button", { name: "Confirmer la fin du mandat de M. Hugo IMPORTÉ" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Membres sortis (1)" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Membres en fonction (49)" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Membres sortis/ }).getByRole("rowheader", { name: /M\. Hugo IMPORTÉ/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("est refusé sur les comités de la Charente", async ({ page }) => {
    const response = await page.goto("/16/comites");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("comité de la Vienne (membre)", () => {
  test.use({ storageState: storageStatePath("membre86") });

  test("lit son comité sans pouvoir le modifier", async ({ page }) => {
    await page.goto("/86/comites");
    await expect(page.getByRole("link", { name: COMMITTEE })).toBeVisible();
    await expect(page.getByRole("form", { name: "Nouveau comité" })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: COMMITTEE }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(COMMITTEE) })).toBeVisible();
    await expect(collegeTable(page, /^Représentants des usagers/).getByRole("rowheader", { name: "M. Thierry PREMPAIN" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Ajouter un membre" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Importer des membres" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Mettre fin au mandat/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Modifier la fiche/ })).toHaveCount(0);
    // The exports carry personal e-mails and phones: not for members.
    await expect(page.getByRole("link", { name: /Exporter les membres/ })).toHaveCount(0);
    const exportResponse = await page.request.get(`${new URL(page.url()).pathname}/membres.csv`);
    expect(exportResponse.status()).toBe(403);
    await expectAccessible(page);
  });
});
