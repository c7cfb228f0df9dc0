// Surveys (issue 8 item 5): the Vosges referent opens the seeded 2022 user survey and reads
// the overall satisfaction rate (95,1 %, of which 54,9 % very satisfied) with each chart's
// visible table; the Vienne referent creates a small member questionnaire with counts (the
// percentages are computed from the respondents), attaches it to a meeting and finds it on the
// meeting's page. axe on every page visited.
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test("un référent lit l'enquête des Vosges 2022 : taux de satisfaction et tableaux", async ({ browser }) => {
  // Several pages each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent88") })).newPage();
  await page.goto("/88/enquetes");
  await expect(page.getByRole("heading", { level: 1, name: "Enquêtes", exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /résultats cumulés à fin août 2022/ })).toContainText("102 répondants");
  await expectAccessible(page);

  await page.getByRole("link", { name: /résultats cumulés à fin août 2022/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /résultats cumulés à fin août 2022/ })).toBeVisible();
  const overall = page.getByRole("region", { name: /Niveau de satisfaction globale/ });
  await expect(overall).toContainText(/Taux de satisfaction : 95,1\s%/);
  await expect(overall).toContainText(/dont 54,9\s% de très satisfaits/);
  const table = overall.getByRole("table", { name: /Niveau de satisfaction globale/ });
  // Only percentages were published: the count column says "—", never an invented figure.
  await expect(table.getByRole("row", { name: /^Très satisfait/ })).toHaveText(/Très satisfait\s*—\s*54,9\s%/);
  await expect(table.getByRole("row", { name: /^Pas du tout satisfait/ })).toHaveText(/—\s*2,9\s%/);
  await expect(overall.getByRole("img", { name: /Graphique : Niveau de satisfaction globale/ })).toBeVisible();
  await expectAccessible(page);

  // The edit form opens with the published figures (percentages, French commas) and saves
  // them back unchanged: the seeds' own results pass the rules.
  await page.getByRole("link", { name: "Modifier l'enquête" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modifier l'enquête", exact: true })).toBeVisible();
  await expect(page.getByLabel("Nombre de répondants")).toHaveValue("102");
  await expect(page.getByLabel("Pourcentage (question 3, réponse 1)")).toHaveValue("54,9");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /résultats cumulés à fin août 2022/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Niveau de satisfaction globale/ })).toContainText(/Taux de satisfaction : 95,1\s%/);
});

test("un référent crée un questionnaire saisi en nombres et le joint à une séance", async ({ browser }) => {
  // Several pages each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const title = `Questionnaire e2e ${Date.now()}`;
  await page.goto("/86/enquetes/nouvelle");
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle enquête", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Public interrogé").selectOption("MEMBERS");
  await page.getByLabel("Année").fill("2031");
  await page.getByLabel("Nombre de destinataires").fill("20");
  await page.getByLabel("Nombre de répondants").fill("10");
  await page.getByRole("button", { name: "Ajouter une échelle de satisfaction" }).click();
  await page.getByLabel("Texte de la question 1").fill("Satisfaction des réunions");
  for (const [i, count] of ["5", "3", "1", "1"].entries()) {
    await page.getByLabel(`Nombre (question 1, réponse ${i + 1})`).fill(count);
  }
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer l'enquête" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expect(page.getByText(/10 réponses sur 20 membres \(50\s%\)/)).toBeVisible();
  const question = page.getByRole("region", { name: /Satisfaction des réunions/ });
  await expect(question).toContainText(/Taux de satisfaction : 80,0\s%/);
  await expect(question.getByRole("row", { name: /^Très satisfait/ })).toHaveText(/Très satisfait\s*5\s*50,0\s%/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Joindre à la séance" }).click();
  await expect(page.getByText("L'enquête est jointe à la séance.")).toBeVisible();
  const meetingLink = page.getByRole("link", { name: /^séance du/ });
  await expect(meetingLink).toBeVisible();
  await expectAccessible(page);
  await meetingLink.click();
  await expect(page.getByRole("heading", { level: 2, name: "Enquêtes jointes" })).toBeVisible();
  await expect(page.getByRole("link", { name: `${title} (2031)` })).toBeVisible();
  await expectAccessible(page);
});
