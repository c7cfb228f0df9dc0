// The action plan (issue 9 item 5): the Vienne referent creates an action, notes its
// progress, is refused closing it without a result, closes it with one and finds it in the
// "Réalisée" column of the board; another action is moved on the board with a button (no
// dragging); the member reads the plan and an action without any way to change it. axe on
// every page visited.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

/** Ids of two sources on the server's database: the Charente's missed pickup period (services, January 2022) and a question of the Vienne's minutes. */
function sourceIds(): { indicatorValueId: string; interventionId: string } {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const db = createPrismaClient(process.env.DATABASE_URL);
    (async () => {
      const value = await db.indicatorValue.findFirstOrThrow({ where: { prefecture: { code: "16" }, definition: { code: "CALL_PICKUP_RATE" }, scope: "services", year: 2022, periodicity: "MONTHLY", period: 1 } });
      const intervention = await db.intervention.findFirstOrThrow({ where: { section: { minutes: { meeting: { prefecture: { code: "86" }, status: { not: "DRAFT" } } } } }, orderBy: { id: "asc" } });
      console.log(JSON.stringify({ indicatorValueId: value.id, interventionId: intervention.id }));
    })()
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  const out = execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as { indicatorValueId: string; interventionId: string };
}

test("« Créer une action » depuis un objectif manqué et depuis une question : titre prérempli, source liée dans les deux sens", async ({ browser }) => {
  const { indicatorValueId, interventionId } = sourceIds();
  const charente = await (await browser.newContext({ storageState: storageStatePath("referent16") })).newPage();
  await charente.goto(`/16/plan-actions/nouvelle?indicateur=${indicatorValueId}`);
  await expect(charente.getByLabel("Intitulé", { exact: true })).toHaveValue("Taux d'appels décrochés (services) — janvier 2022 : 82,5\u202f% pour un objectif ≥ 90\u202f%");
  await expect(charente.getByRole("link", { name: "Taux d'appels décrochés (services) — janvier 2022" })).toHaveAttribute("href", "/16/indicateurs/CALL_PICKUP_RATE?annee=2022");
  await expectAccessible(charente);
  await charente.getByRole("button", { name: "Créer l'action" }).click();
  await expect(charente.getByRole("heading", { level: 1, name: /^Taux d'appels décrochés \(services\) — janvier 2022/ })).toBeVisible();
  await expect(charente.getByText("Objectif d'indicateur manqué")).toBeVisible();
  await expect(charente.getByRole("link", { name: "Taux d'appels décrochés (services) — janvier 2022" })).toBeVisible();
  await expectAccessible(charente);

  // Another prefecture's source pre-fills nothing.
  await charente.goto(`/16/plan-actions/nouvelle?intervention=${interventionId}`);
  await expect(charente.getByText("La source demandée n'existe pas dans cette préfecture : l'action sera créée sans lien.")).toBeVisible();
  await expect(charente.getByLabel("Intitulé", { exact: true })).toHaveValue("");

  const vienne = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  await vienne.goto(`/86/plan-actions/nouvelle?intervention=${interventionId}`);
  await expect(vienne.getByText(/^Créée depuis :/)).toBeVisible();
  await expect(vienne.getByRole("link", { name: /, séance du / })).toHaveAttribute("href", /^\/86\/seances\/[0-9a-f-]{36}\/compte-rendu#section-[0-9a-f-]{36}$/);
  await expect(vienne.getByLabel("Intitulé", { exact: true })).not.toHaveValue("");
  await expectAccessible(vienne);
});

test("un référent crée une action, note son avancement, la clôt avec un résultat et la voit au tableau", async ({ browser }) => {
  // Several pages each scanned by axe: past the default 30 s on a loaded 2-core CI machine.
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const title = `Message d'attente au standard e2e ${Date.now()}`;

  await page.goto("/86/plan-actions");
  await expect(page.getByRole("heading", { level: 1, name: "Plan d'actions", exact: true })).toBeVisible();
  // The seeded Vienne actions are listed with their origin in words.
  await expect(page.getByRole("row").filter({ hasText: "Boîtes vocales sur les postes des agents" })).toContainText("Autre");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nouvelle action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle action", exact: true })).toBeVisible();
  await expectAccessible(page);
  // A title is required, said in French on its field.
  await page.getByRole("button", { name: "Créer l'action" }).click();
  await expect(page.getByText("Saisissez l'intitulé de l'action.")).toBeVisible();
  await page.getByLabel("Intitulé", { exact: true }).fill(title);
  await page.getByLabel(/^Origine/).selectOption("SURVEY");
  await page.getByLabel("Bureau ou service (facultatif)").fill("Pôle accueils");
  await page.getByLabel("Échéance (facultatif)").fill("2037-06-30");
  await page.getByRole("button", { name: "Créer l'action" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expect(page.getByText("30 juin 2037")).toBeVisible();
  await expect(page.getByText("Enquête de satisfaction")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: /^Point d'avancement/ }).fill("Texte du message rédigé, en relecture au cabinet.");
  await page.getByRole("button", { name: "Ajouter le point d'avancement" }).click();
  await expect(page.getByRole("region", { name: "Avancement" }).getByText("Texte du message rédigé, en relecture au cabinet.")).toBeVisible();

  // Done without a result is refused, on the result field.
  await page.getByLabel("Nouveau statut").selectOption("DONE");
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByText("Indiquez le résultat obtenu pour marquer l'action comme réalisée.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Résultat obtenu").fill("Message en service depuis le 1er juin : appels perdus en baisse.");
  await page.getByRole("button", { name: "Changer le statut" }).click();
  await expect(page.getByText("Statut : Prévue → Réalisée. Résultat : Message en service depuis le 1er juin : appels perdus en baisse.")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Message en service depuis le 1er juin : appels perdus en baisse." })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/86/plan-actions?vue=tableau");
  const done = page.getByRole("region", { name: /^Réalisée/ });
  await expect(done.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("une action se déplace au tableau avec un bouton, sans glisser-déposer", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const title = `Signalétique e2e ${Date.now()}`;
  await page.goto("/86/plan-actions/nouvelle");
  await page.getByLabel("Intitulé", { exact: true }).fill(title);
  await page.getByLabel("Échéance (facultatif)").fill("2020-01-31");
  await page.getByRole("button", { name: "Créer l'action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  // Due in the past: late, in words and not by colour alone.
  await expect(page.getByText(/^En retard de \d+ jours \(échéance 31 janvier 2020\)$/)).toBeVisible();

  await page.goto("/86/plan-actions?vue=tableau&retard=1");
  await expect(page.getByRole("region", { name: /^Prévue/ }).getByRole("link", { name: title, exact: true })).toBeVisible();
  await expectAccessible(page);
  const start = page.getByRole("button", { name: `Passer en cours : ${title}` });
  await start.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /^En cours/ }).getByRole("link", { name: title, exact: true })).toBeVisible();

  await page.goto("/86/plan-actions?statut=IN_PROGRESS&retard=1");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("En retard");
  await expectAccessible(page);
});

test("un membre lit le plan d'actions sans pouvoir le modifier", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  await page.goto("/86/plan-actions");
  await expect(page.getByRole("heading", { level: 1, name: "Plan d'actions", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nouvelle action" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Boîtes vocales sur les postes des agents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Boîtes vocales sur les postes des agents", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Changer le statut" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: /^Point d'avancement/ })).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.goto("/86/plan-actions/nouvelle");
  expect(response?.status()).toBe(403);
});
