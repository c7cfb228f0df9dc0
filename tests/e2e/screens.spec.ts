// What a referent noticed on the screens: the menu marks the section being visited (and only
// it), inner pages carry the DSFR breadcrumb, the meeting's history is one list, and the
// attendance page saves as it is and comes back to the meeting. Signed in as the Vienne
// referent, on the seeded meeting of 6 May 2021; every page scanned with axe.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test.use({ storageState: storageStatePath("referent86") });

const COMMITTEE = "Comité local des usagers et de l'amélioration continue de la Vienne";

/** Exactly one item of the main menu is current, and it is this one. */
async function expectCurrentSection(page: Page, section: string) {
  const current = page.getByRole("navigation", { name: "Menu principal" }).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(section);
}

/** The breadcrumb: "Accueil", the given links in order, then the current page (not a link). */
async function expectBreadcrumb(page: Page, links: string[], currentPage: string) {
  const breadcrumb = page.getByRole("navigation", { name: "vous êtes ici :" });
  await expect(breadcrumb.getByRole("link")).toHaveText(["Accueil", ...links]);
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(currentPage);
}

test("menu, fil d'Ariane, historique et émargement de la séance du 6 mai 2021", async ({ page }) => {
  // Five pages, each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  // The dashboard: its own item is current, no breadcrumb.
  await page.goto("/86");
  await expectCurrentSection(page, "Tableau de bord");
  await expect(page.getByRole("navigation", { name: "vous êtes ici :" })).toHaveCount(0);

  // The meetings list
  await page.goto("/86/seances");
  await expectCurrentSection(page, "Séances");
  await expectBreadcrumb(page, ["Tableau de bord"], "Séances");
  await expectAccessible(page);

  // The meeting page: still "Séances" (a client-side navigation: the layout stays mounted)
  await page.getByRole("link", { name: "jeudi 6 mai 2021 à 14h30" }).click();
  await expect(page.getByText("Séance du jeudi 6 mai 2021 à 14h30", { exact: true })).toBeVisible();
  const meetingPath = new URL(page.url()).pathname;
  await expectCurrentSection(page, "Séances");
  await expectBreadcrumb(page, ["Tableau de bord", "Séances"], "Séance du jeudi 6 mai 2021");
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByRole("list")).toHaveCount(1);
  await expect(history.getByRole("listitem").filter({ hasText: "État : Tenue" })).toHaveCount(1);
  await expectAccessible(page);

  // A committee page: "Comités" is current, and only it.
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Comités", exact: true }).click();
  await expectCurrentSection(page, "Comités");
  await expectBreadcrumb(page, ["Tableau de bord"], "Comités");
  await page.getByRole("link", { name: COMMITTEE }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(COMMITTEE) })).toBeVisible();
  await expectCurrentSection(page, "Comités");
  await expectBreadcrumb(page, ["Tableau de bord", "Comités"], COMMITTEE);
  await expectAccessible(page);

  // The attendance page, reached from the meeting
  await page.goto(meetingPath);
  await page.getByRole("link", { name: "Saisir l'émargement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Émargement — séance du jeudi 6 mai 2021/ })).toBeVisible();
  await expectCurrentSection(page, "Séances");
  await expectBreadcrumb(page, ["Tableau de bord", "Séances", "Séance du jeudi 6 mai 2021"], "Émargement");
  await expectAccessible(page);

  // Every published line is on the form (seats other specs back-date are offered as optional
  // lines), and saving it unchanged adds nothing to the recorded attendance.
  const shown = await page.locator("fieldset[id^='emargement-ligne-']").count();
  expect(shown).toBeGreaterThanOrEqual(47);
  // Saved unchanged: back on the meeting, whose history now says so, in the same single list.
  await page.getByRole("button", { name: "Enregistrer l'émargement" }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingPath}#emargement$`));
  await expect(history.getByRole("listitem").filter({ hasText: "Émargement enregistré" }).first()).toBeVisible();
  await expect(history.getByRole("list")).toHaveCount(1);
  const attendance = page.getByRole("region", { name: "Émargement" });
  await expect(attendance.getByText("Liste d'émargement (47 lignes)")).toBeVisible();
  await expectCurrentSection(page, "Séances");
  await expectAccessible(page);
});
