import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

const USER = { email: "e2e.mot-de-passe@example.org", password: "mot-de-passe-initial-2026" };
const NEW_PASSWORD = "nouveau-mot-de-passe-2026";

test("« Mon compte » : changer son mot de passe, avec les erreurs à côté des champs", async ({ page }) => {
  await signIn(page, USER.email, USER.password);
  await expect(page).toHaveURL(/\/88$/);
  await page.getByRole("link", { name: /Mon compte/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expect(page.getByText("Agent de la préfecture — préfecture 88")).toBeVisible();
  await expectAccessible(page);

  const current = page.getByLabel("Mot de passe actuel");
  const next = page.getByRole("textbox", { name: /^Nouveau mot de passe/ });
  const confirm = page.getByLabel("Confirmer le nouveau mot de passe");
  const submit = page.getByRole("button", { name: "Changer le mot de passe" });

  await current.fill(USER.password);
  await next.fill("court");
  await confirm.fill("autre");
  await submit.click();
  await expect(page.getByText("Le nouveau mot de passe doit contenir au moins 12 caractères.")).toBeVisible();
  await expect(page.getByText("La confirmation ne correspond pas au nouveau mot de passe.")).toBeVisible();
  await expectAccessible(page);

  await current.fill("pas-le-mot-de-passe-actuel");
  await next.fill(NEW_PASSWORD);
  await confirm.fill(NEW_PASSWORD);
  await submit.click();
  await expect(page.getByText("Le mot de passe actuel est incorrect.").first()).toBeVisible();

  await current.fill(USER.password);
  await submit.click();
  await expect(page).toHaveURL(/\/connexion\?motdepasse=1$/);
  await expect(page.getByText("Votre mot de passe a été modifié.")).toBeVisible();

  await signIn(page, USER.email, USER.password);
  await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  await signIn(page, USER.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/88$/);
});
