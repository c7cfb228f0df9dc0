// The referentials (issue 9 item 1): the national administrator creates a prefecture's own
// referential, its first version and an engagement in it, then a second version that takes the
// engagement over and ends the first the day before; deleting a Qual-e-Pref module that
// engagements belong to is refused with the French reason. A code of the run's own keeps
// reruns apart. axe on every page visited.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

async function fillVersion(page: Page, label: string, firstDay: string) {
  const form = page.getByRole("form", { name: "Nouvelle version" });
  await form.getByRole("textbox", { name: /^Libellé/ }).fill(label);
  await form.getByLabel("Premier jour en vigueur").fill(firstDay);
  await form.getByRole("button", { name: "Créer la version" }).click();
}

test("l'administration nationale crée un référentiel, une version et un engagement", async ({ browser }) => {
  // Several pages each scanned by axe, on a loaded 2-core machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("national") })).newPage();
  const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
  const name = `Charte d'accueil ${code}`;

  await page.goto("/national/referentiels");
  await expect(page.getByRole("table", { name: /^Référentiels \(/ }).getByRole("row", { name: /Qual-e-Pref/ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nouveau référentiel" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nouveau référentiel qualité", exact: true })).toBeVisible();
  await expectAccessible(page);
  const create = page.getByRole("form", { name: "Nouveau référentiel" });
  await create.getByRole("textbox", { name: /^Code/ }).fill(code);
  await create.getByRole("textbox", { name: /^Nom/ }).fill(name);
  await create.getByRole("button", { name: "Créer le référentiel" }).click();
  // A prefecture's own referential without its prefecture: said in French next to the field
  await expect(create.getByText("Choisissez la préfecture à laquelle ce référentiel est propre.")).toBeVisible();
  await create.getByRole("combobox", { name: /^Préfecture/ }).selectOption({ label: "Vienne (86)" });
  await create.getByRole("button", { name: "Créer le référentiel" }).click();

  await expect(page).toHaveURL(new RegExp(`/national/referentiels/${code}\\?`));
  await expect(page.getByRole("status")).toContainText("Référentiel créé");
  await expectAccessible(page);
  await fillVersion(page, "Charte 2030", "2030-01-01");

  await expect(page.getByRole("heading", { level: 1, name: `${name} — Charte 2030`, exact: true })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("La version est créée.");
  const engagementForm = page.getByRole("form", { name: "Ajouter un engagement" });
  await engagementForm.getByRole("button", { name: "Ajouter l'engagement" }).click();
  await expect(engagementForm.getByText("Saisissez l'intitulé de l'engagement.")).toBeVisible();
  await engagementForm.getByRole("textbox", { name: /^Code/ }).fill("ca-1");
  await engagementForm.getByRole("textbox", { name: /^Numéro/ }).fill("1");
  await engagementForm.getByRole("textbox", { name: /^Intitulé/ }).fill("Accueillir chaque usager en moins de dix minutes");
  await engagementForm.getByRole("button", { name: "Ajouter l'engagement" }).click();
  await expect(engagementForm.getByText("L'engagement CA-1 est ajouté.")).toBeVisible();
  const engagements = page.getByRole("table", { name: /^Engagements de la version/ });
  await expect(engagements.getByRole("row", { name: /CA-1/ })).toContainText("Accueillir chaque usager en moins de dix minutes");
  await expectAccessible(page);

  // A module, then the engagement attached to it on its own edit page.
  const moduleForm = page.getByRole("form", { name: "Ajouter un module" });
  await moduleForm.getByRole("textbox", { name: /^Numéro/ }).fill("1");
  await moduleForm.getByRole("textbox", { name: /^Intitulé/ }).fill("Accueil physique");
  await moduleForm.getByRole("combobox", { name: /^Exigence/ }).selectOption({ label: "Obligatoire" });
  await moduleForm.getByRole("button", { name: "Ajouter le module" }).click();
  await expect(moduleForm.getByText("Le module 1 est ajouté.")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Modules de la version/ }).getByRole("row", { name: /^1\. Accueil physique/ })).toContainText("Obligatoire");
  await engagements.getByRole("link", { name: /^Modifier l.engagement CA-1$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Modifier l’engagement CA-1 — ${name}, Charte 2030`, exact: true })).toBeVisible();
  await expectAccessible(page);
  const edit = page.getByRole("form", { name: "Modifier l'engagement CA-1" });
  await edit.getByRole("combobox", { name: /^Module/ }).selectOption({ label: "Module 1 — Accueil physique" });
  await edit.getByRole("button", { name: "Enregistrer l'engagement" }).click();
  await expect(page.getByRole("status")).toContainText("L’engagement est enregistré.");
  await expect(page.getByRole("table", { name: /^Engagements de la version/ }).getByRole("row", { name: /CA-1/ })).toContainText("Module 1");

  // A second version takes the engagement over; the first ends the day before.
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  await expect(page.getByRole("form", { name: "Nouvelle version" }).getByRole("checkbox", { name: /Reprendre les modules et les engagements de la version « Charte 2030 »/ })).toBeChecked();
  await expectAccessible(page);
  await fillVersion(page, "Charte 2031", "2031-01-01");
  await expect(page.getByRole("heading", { level: 1, name: `${name} — Charte 2031`, exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Engagements de la version/ }).getByRole("row", { name: /CA-1/ })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  const versions = page.getByRole("table", { name: new RegExp(`^Versions de ${name}`) });
  await expect(versions.getByRole("row", { name: /Charte 2030/ })).toContainText("du 1er janvier 2030 au 31 décembre 2030");
  await expect(versions.getByRole("row", { name: /Charte 2031/ })).toContainText("depuis le 1er janvier 2031");
  await expectAccessible(page);
});

test("la suppression d'un module qui porte des engagements est refusée en français", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("national") })).newPage();
  await page.goto("/national/referentiels/QUAL_E_PREF");
  await page.getByRole("table", { name: /^Versions de Qual-e-Pref/ }).getByRole("link").first().click();
  const modules = page.getByRole("table", { name: /^Modules de la version/ });
  const module1 = modules.getByRole("row", { name: /^1\. Relation générale avec les usagers/ });
  await expect(module1).toBeVisible();
  // who refers to what, read-only: the indicators proving an engagement are named
  await expect(page.getByRole("table", { name: /^Engagements de la version/ }).getByRole("row", { name: /QEP-1\.09/ })).toContainText(/Taux|appels/i);
  await expectAccessible(page);
  page.once("dialog", (dialog) => void dialog.accept());
  await module1.getByRole("button", { name: "Supprimer le module 1" }).click();
  await expect(module1.getByRole("alert")).toContainText("Le module 1 ne peut pas être supprimé");
  await expect(modules.getByRole("row", { name: /^1\. Relation générale avec les usagers/ })).toBeVisible();
});
