// The indicator page (issue 8 item 3): the Charente referent opens the pickup rate of 2022 and
// reads the chart (the year, 2021 overlaid, the ≥ 90 % target, an event of the year) and its
// table, where January 2021 is 77,1 % (domain.md §5); downloads the chart as SVG and PNG; a
// Vienne member reads their prefecture's page (a yearly value entered as such). axe on every
// page, chart included.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

/** An event of the Charente's pickup rate in 2022 (no annotation is seeded), made on the server's database. */
function annotate(label: string) {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const db = createPrismaClient(process.env.DATABASE_URL);
    (async () => {
      const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "16" } });
      const definition = await db.indicatorDefinition.findUniqueOrThrow({ where: { code: "CALL_PICKUP_RATE" } });
      const id = "a1101a7e-0016-4000-8000-000000000001";
      const data = { prefectureId: prefecture.id, definitionId: definition.id, on: new Date("2022-02-14T00:00:00Z"), label: ${JSON.stringify(label)} };
      await db.indicatorAnnotation.upsert({ where: { id }, create: { id, ...data }, update: data });
    })()
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
}

test("le référent lit le taux d'appels décrochés, son graphique et son tableau, et télécharge le graphique", async ({ browser }) => {
  const EVENT = "Panne du standard";
  annotate(EVENT);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent16") })).newPage();
  const response = await page.goto("/16/indicateurs/CALL_PICKUP_RATE?annee=2022");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Taux d'appels décrochés — 2022/);
  await expect(page.getByRole("heading", { level: 1, name: "Taux d'appels décrochés — 2022", exact: true })).toBeVisible();
  await expect(page.getByText("(« Nombre total d'appels reçus, quel que soit le motif » − « Nombre d'appels perdus (sans réponse) »)", { exact: false })).toBeVisible();
  await expect(page.getByText(/^Taux annuel = la formule appliquée à la somme des composantes de l’année, pas moyenne des taux mensuels\.$/).first()).toBeVisible();

  // The chart: an SVG with its title, the target line labelled, the event at its date, the legend.
  const chart = page.getByRole("img", { name: "Graphique : Taux d'appels décrochés (périmètre : services) — 2022" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("path.recharts-curve").first()).toBeVisible();
  await expect(chart.getByText("Objectif ≥ 90 %")).toBeVisible();
  await expect(chart.getByText(EVENT)).toBeVisible();
  const legend = page.getByRole("list", { name: "Légende du graphique" });
  await expect(legend).toContainText("2021 (année précédente)");
  await expect(page.getByText(`lundi 14 février 2022 : ${EVENT}`)).toBeVisible();

  // Its table: 2022 entered directly, 2021 recomputed from its counts (77,1 % in January), the status in words.
  const table = page.getByRole("table", { name: "Valeurs de Taux d'appels décrochés (périmètre : services) — 2022" });
  const january = table.getByRole("row", { name: /^janvier 2022/ });
  await expect(january.getByRole("cell").nth(2)).toHaveText(/^82,5\s%/);
  await expect(january.getByRole("cell").nth(3)).toHaveText(/^77,1\s%$/);
  await expect(january.getByText("Non atteint")).toBeVisible();
  const year = table.getByRole("row", { name: /^Année 2022/ });
  await expect(year).toContainText(/81,5\s%/); // 2021 pooled: 81,49 %
  await expect(page.getByRole("heading", { level: 2, name: "Historique des modifications" })).toBeVisible();
  await expectAccessible(page);

  // Downloads, named after the indicator and the year.
  const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le graphique (SVG)" }).click()]);
  expect(svgDownload.suggestedFilename()).toBe("taux-d-appels-decroches-services-2022.svg");
  const svg = readFileSync((await svgDownload.path()) ?? "", "utf8");
  expect(svg).toContain("<svg");
  expect(svg).toContain("Taux d'appels décrochés (périmètre : services) — 2022");
  expect(svg).toContain("Objectif ≥ 90");
  expect(svg).toContain(EVENT);
  expect(svg).toContain("stroke-dasharray");
  await expect(page.getByRole("status").filter({ hasText: "Graphique téléchargé" })).toHaveText(/taux-d-appels-decroches-services-2022\.svg/);

  const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le graphique (PNG)" }).click()]);
  expect(pngDownload.suggestedFilename()).toBe("taux-d-appels-decroches-services-2022.png");
  const png = readFileSync((await pngDownload.path()) ?? "");
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.byteLength).toBeGreaterThan(5_000);
});

test("un membre lit la page d'un indicateur de sa préfecture", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  const response = await page.goto("/86/indicateurs/CALL_PICKUP_RATE?annee=2022");
  expect(response?.status()).toBe(200);
  const table = page.getByRole("table", { name: /^Valeurs de Taux d'appels décrochés — 2022/ });
  const year = table.getByRole("row", { name: /^Année 2022/ });
  await expect(year).toContainText(/93,0\s%.*valeur saisie pour l’année/);
  await expect(year).toContainText(/90,0\s%/);
  await expect(page.getByText(/^Seule la valeur de l’année 2022 a été saisie \(93,0\s%\) : le graphique n’a pas de valeur par période\.$/)).toBeVisible();
  await expect(page.getByRole("img", { name: /^Graphique : Taux d'appels décrochés — 2022/ })).toBeVisible();
  await expectAccessible(page);

  // An indicator the Vienne does not follow is not found.
  const missing = await page.goto("/86/indicateurs/SATISFACTION_RATE?annee=2022");
  expect(missing?.status()).toBe(404);
});
