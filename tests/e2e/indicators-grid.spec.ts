// The entry grid as a quality agent uses it (issue 8 item 2, first slice): agent.86 types a
// month with the keyboard (type, Enter to move down), saves it and reads the computed pickup
// rate and the target status in words; pastes a block copied from a spreadsheet (tabs and
// new lines, French numbers) and undoes it with Ctrl+Z; a member reads the figures without
// inputs. axe on every page. A far year (2031) keeps the demo figures untouched.
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

const RECEIVED = "Nombre total d'appels reçus, quel que soit le motif";
const LOST = "Nombre d'appels perdus (sans réponse)";

test("un agent saisit un mois au clavier, colle un bloc et annule", async ({ browser }) => {
  // A full grid page scanned by axe twice: past the default 30 s on a loaded CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("agent86") })).newPage();
  await page.goto("/86/indicateurs?annee=2031");
  await expect(page.getByRole("heading", { level: 2, name: /^Taux d'appels décrochés/ }).first()).toBeVisible();
  await expectAccessible(page);

  const table = page.getByRole("table", { name: /^Taux d'appels décrochés/ }).first();
  const januaryReceived = table.getByLabel(`${RECEIVED} — janvier 2031`);
  await januaryReceived.click();
  await page.keyboard.type("9 903");
  await page.keyboard.press("Enter");
  await expect(table.getByLabel(`${LOST} — janvier 2031`)).toBeFocused();
  await page.keyboard.type("2 266");
  await table.getByRole("button", { name: "Enregistrer janvier 2031" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Janvier 2031 enregistré" }).first()).toHaveText(/77,1\s%.*non atteint/);
  await expect(table.getByText("Non atteint").first()).toBeVisible();

  // A 2 × 2 block from a spreadsheet, pasted on February's first cell, then undone.
  const februaryReceived = table.getByLabel(`${RECEIVED} — février 2031`);
  await februaryReceived.focus();
  await februaryReceived.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, "8 800\t9 100\r\n700\t950\r\n");
  await expect(februaryReceived).toHaveValue(/8\s?800/);
  await expect(table.getByLabel(`${LOST} — mars 2031`)).toHaveValue("950");
  await page.keyboard.press("Control+z");
  await expect(februaryReceived).toHaveValue("");
  await expect(table.getByLabel(`${LOST} — mars 2031`)).toHaveValue("");
  await expectAccessible(page);
});

test("un membre lit les chiffres sans pouvoir les saisir", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  const response = await page.goto("/86/indicateurs?annee=2021");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(page);
});
