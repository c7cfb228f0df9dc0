// Signs in once per demo role through the real form and keeps the session for the tests.
import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, signIn, storageStatePath, type AccountName } from "./support";

for (const [name, account] of Object.entries(ACCOUNTS) as [AccountName, (typeof ACCOUNTS)[AccountName]][]) {
  setup(`session de ${account.email}`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.landing}$`));
    await page.context().storageState({ path: storageStatePath(name) });
  });
}
