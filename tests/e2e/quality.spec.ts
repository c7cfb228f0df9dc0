// The quality room (issue 9 items 2–3): the Vosges referent opens the label page, reads the
// label's end of validity (20 octobre 2025, 004) and the label path, and records a follow-up
// audit that then shows in the audits table and closes the timeline's follow-up step; the
// Vienne referent reads the 2022 SP+ self-assessment (000: 64 % overall, with its table) and
// saves a level on a year of its own. axe on every page visited.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

/** The quality demo data, when the seed of this database predates it (no-op otherwise). */
function ensureQualityData() {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const { ensureQualityDemoData } = require("@/tests/factories/quality");
    const db = createPrismaClient(process.env.DATABASE_URL);
    ensureQualityDemoData(db)
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
}

// One worker for both tests: the data is prepared once, not by two workers racing.
test.describe.configure({ mode: "serial" });
test.beforeAll(() => ensureQualityData());

test("le référent des Vosges lit son label et enregistre l'audit de suivi", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("referent88") })).newPage();
  const response = await page.goto("/88/demarche-qualite");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Démarche qualité", exact: true })).toBeVisible();
  const label = page.getByRole("region", { name: "Label", exact: true });
  await expect(label).toContainText("20 octobre 2022");
  await expect(label).toContainText("20 octobre 2025");
  await expect(label).toContainText("SOCOTEC Environnement");
  await expect(label).toContainText("Module 7");
  await expect(page.getByRole("region", { name: "Prochaines échéances" })).toContainText(/Expiration du label\s*20 octobre 2025 \((dans|il y a) [\d\u202f]+ jours?\)/);

  const timeline = page.getByRole("list", { name: "Étapes du parcours de labellisation" });
  await expect(timeline.getByRole("listitem")).toHaveCount(8);
  await expect(timeline.getByRole("listitem").nth(5)).toContainText("Obtention du label");
  await expect(timeline.getByRole("listitem").nth(5)).toContainText("Le 20 octobre 2022");
  await expect(timeline.getByRole("listitem").nth(7)).toContainText("Au plus tard le 20 octobre 2025");
  await expectAccessible(page);

  const findings = `Audit de suivi e2e ${Date.now()} : aucun écart majeur`;
  await page.getByRole("button", { name: "Enregistrer un audit" }).click();
  const form = page.getByRole("form", { name: "Enregistrer un audit" });
  await form.getByLabel("Type d'audit").selectOption("FOLLOW_UP");
  await form.getByLabel("Réalisé le").fill("2023-12-12");
  await form.getByLabel("Auditeur").fill("SOCOTEC Environnement");
  await form.getByLabel("Constats").fill(findings);
  await expectAccessible(page);
  await form.getByRole("button", { name: "Enregistrer l'audit" }).click();
  await expect(form.getByText("L'audit est enregistré.")).toBeVisible();

  const row = page.getByRole("table", { name: /Audits de la démarche qualité/ }).getByRole("row", { name: new RegExp(findings) });
  await expect(row).toContainText("Audit de suivi");
  await expect(row).toContainText("12 décembre 2023");
  await expect(timeline.getByRole("listitem").nth(6)).toContainText("Le 12 décembre 2023");
  await expect(timeline.getByRole("listitem").nth(6)).toContainText("Réalisé");
  await expectAccessible(page);
});

test("le référent de la Vienne lit l'autoévaluation SP+ 2022 (64 %) et en saisit une", async ({ browser }) => {
  // Several pages each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const response = await page.goto("/86/demarche-qualite/auto-evaluation/2022");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Autoévaluation Services Publics+ 2022", exact: true })).toBeVisible();
  const shares = page.getByRole("region", { name: "Engagements atteints" });
  await expect(shares).toContainText(/atteignent 64\u202f% des engagements/);
  const table = shares.getByRole("table", { name: "Part des engagements atteints par structure, 2022" });
  await expect(table.getByRole("row", { name: /^Ensemble des structures/ })).toHaveText(/Ensemble des structures\s*23\s*10\s*3\s*36 sur 36\s*64\u202f%/);
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(shares.getByRole("img", { name: /Graphique : Part des engagements atteints/ })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Niveau 9\. Écoresponsabilité Préfecture de la Vienne$/ })).toHaveValue("PARTLY_MET");
  await expectAccessible(page);

  // A year of its own, far ahead, so the seeded 2022 stays as published.
  await page.goto("/86/demarche-qualite/auto-evaluation/2031");
  await expect(page.getByRole("heading", { level: 1, name: "Autoévaluation Services Publics+ 2031", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: /^Niveau 1\. .* Préfecture de la Vienne$/ }).selectOption("MET");
  await page.getByRole("textbox", { name: /^Commentaire 1\. .* Préfecture de la Vienne$/ }).fill("Charte d'accueil affichée");
  await page.getByRole("button", { name: "Enregistrer l'autoévaluation" }).click();
  await expect(page.getByText("Autoévaluation 2031 enregistrée.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Part des engagements atteints par structure, 2031" }).getByRole("row", { name: /^Ensemble des structures/ })).toContainText(
    /100\u202f%/,
  );
  await expectAccessible(page);
});
