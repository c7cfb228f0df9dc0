import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test.describe("page d'accueil publique", () => {
  test("liste les trois préfectures", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    for (const name of ["Vienne (86)", "Charente (16)", "Vosges (88)"]) {
      await expect(page.getByRole("link", { name })).toBeVisible();
    }
    await expectAccessible(page);
  });

  test("une page inconnue affiche la page 404 en français", async ({ page }) => {
    const response = await page.goto("/cette-page-n-existe-pas/du-tout");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page non trouvée" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("tableau de bord de la Vienne (référent)", () => {
  test.use({ storageState: storageStatePath("referent86") });

  test("montre les séances publiées dans les documents sources", async ({ page }) => {
    await page.goto("/86");
    await expect(page.getByRole("heading", { level: 1, name: "Préfecture de la Vienne" })).toBeVisible();
    await expect(page.getByText("Préfecture de la Vienne (86)")).toBeVisible(); // header tagline
    const last = page.getByRole("region", { name: "Dernières séances" });
    await expect(last.getByText("mardi 24 janvier 2023 à 10h00")).toBeVisible();
    await expect(last.getByText("jeudi 6 mai 2021 à 14h30")).toBeVisible();
    await expect(last.getByText("Salle Marzellier")).toBeVisible();
    await expectAccessible(page);
  });

  test("est refusé sur la Charente (/16) avec la page 403", async ({ page }) => {
    const response = await page.goto("/16");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByText("Charente")).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe("autres rôles", () => {
  test("la référente des Vosges voit la séance du 8 décembre 2022 sans heure inventée", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("referent88") });
    const page = await context.newPage();
    await page.goto("/88");
    await expect(page.getByText("jeudi 8 décembre 2022 (heure non précisée)")).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test("la Charente montre sa séance du 5 avril 2022 au Grand Salon", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("referent16") });
    const page = await context.newPage();
    await page.goto("/16");
    await expect(page.getByText("mardi 5 avril 2022 à 09h30")).toBeVisible();
    await expect(page.getByText("Grand Salon")).toBeVisible();
    await context.close();
  });

  test("l'administration nationale voit la liste des préfectures", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("national") });
    const page = await context.newPage();
    await page.goto("/national");
    await expect(page.getByRole("heading", { level: 1, name: "Administration nationale" })).toBeVisible();
    for (const name of ["Vienne (86)", "Charente (16)", "Vosges (88)"]) {
      await expect(page.getByRole("link", { name })).toBeVisible();
    }
    await expectAccessible(page);
    await context.close();
  });

  test("un membre du comité de la Vienne voit son comité mais pas l'administration nationale", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStatePath("membre86") });
    const page = await context.newPage();
    await page.goto("/86");
    await expect(page.getByRole("region", { name: "Comités" }).getByRole("rowheader")).toHaveCount(1);
    await expect(page.getByText("jeudi 6 mai 2021 à 14h30")).toBeVisible();
    const response = await page.goto("/national");
    expect(response?.status()).toBe(403);
    await context.close();
  });
});
