// Personal API tokens (issue 8 item 7) as a referent manages them on /86/jetons-api: a new
// token is shown once (gone after a reload: only its hash is kept), then revoked. axe on the
// page in each state.
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test("un référent crée un jeton, le voit une seule fois, puis le révoque", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  await page.goto("/86/jetons-api");
  await expect(page.getByRole("heading", { level: 1, name: "Jetons d'accès à l'API", exact: true })).toBeVisible();
  await expectAccessible(page);

  const name = `Import mensuel e2e ${Date.now()}`;
  await page.getByLabel(/^Nom du jeton/).fill(name);
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(page.getByText("Jeton créé : copiez-le maintenant, il ne sera plus affiché")).toBeVisible();
  const token = (await page.locator("code").filter({ hasText: /^clu_/ }).textContent())?.trim() ?? "";
  expect(token).toMatch(/^clu_\S{20,}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("jamais");
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);

  await page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "Révoquer" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText(/révoqué le/);
  await expect(page.getByRole("row").filter({ hasText: name }).getByRole("button", { name: "Révoquer" })).toHaveCount(0);
  await expectAccessible(page);
});
