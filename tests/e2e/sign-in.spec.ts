import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn } from "./support";

test.describe("connexion et déconnexion de chaque rôle de démonstration", () => {
  for (const [name, account] of Object.entries(ACCOUNTS)) {
    test(`${name} se connecte par le formulaire puis se déconnecte`, async ({ page }) => {
      await page.goto("/connexion");
      await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
      await expectAccessible(page);

      await signIn(page, account.email);
      await expect(page).toHaveURL(new RegExp(`${account.landing}$`));
      await expect(page.getByRole("link", { name: /Mon compte/ }).first()).toBeVisible();
      await expectAccessible(page);

      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);
      await expect(page.getByText("Vous êtes déconnecté(e).")).toBeVisible();
      await page.goto(account.landing);
      await expect(page).toHaveURL(/\/connexion\?callbackUrl=/);
    });
  }

  test("un mauvais mot de passe est refusé avec un message en français", async ({ page }) => {
    await signIn(page, "referent.88@example.org", "pas-le-bon-mot-de-passe");
    await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
    await expectAccessible(page);
  });

  test("le formulaire signale les champs vides à côté des champs", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByText("Saisissez votre adresse électronique.")).toBeVisible();
    await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
    await expectAccessible(page);
  });
});
