import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support";

// Signing out ends the session on the server: a copy of the session cookie taken before
// (another tab, a stolen cookie) opens nothing afterwards.
test("un cookie de session copié avant la déconnexion est refusé ensuite", async ({ page, browser }) => {
  const account = ACCOUNTS.referent88;
  await signIn(page, account.email);
  await expect(page).toHaveURL(new RegExp(`${account.landing}$`));
  const copied = await page.context().storageState();

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/connexion\?deconnecte=1$/);

  const other = await browser.newContext({ storageState: copied });
  const replay = await other.newPage();
  await replay.goto(account.landing);
  await expect(replay).toHaveURL(/\/connexion\?callbackUrl=/);
  await expect(replay.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
  await other.close();
});
