// The yearly report as a Vienne referent uses it before a committee (issue 8 item 4): opens
// the 2022 report, reads the pickup rate (93,0 % — seed 000 — met, up from 90,0 % in 2021),
// downloads the PDF and reads it back, attaches the report to a meeting in one click and finds
// it among the meeting's documents. The meeting is one of this spec's own (a draft with a fixed
// id, far in the future), so no other spec's meeting gains a document. axe on every page.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expectAccessible, storageStatePath } from "./support";

const MEETING_ID = "b11a0000-0086-4000-8000-000000000001";

/** A draft meeting of the Vienne's first committee, created once on the server's database. */
function prepareMeeting() {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const db = createPrismaClient(process.env.DATABASE_URL);
    (async () => {
      const vienne = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
      const committee = await db.committee.findFirstOrThrow({ where: { prefectureId: vienne.id, archivedAt: null }, orderBy: { createdAt: "asc" } });
      await db.meeting.upsert({
        where: { id: ${JSON.stringify(MEETING_ID)} },
        update: {},
        create: { id: ${JSON.stringify(MEETING_ID)}, prefectureId: vienne.id, committeeId: committee.id, startsAt: new Date("2031-03-13T13:30:00Z"), title: "Séance du bilan (e2e)" },
      });
    })()
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
}

test("un référent lit le bilan 2022, télécharge le PDF et le joint à une séance", async ({ browser }) => {
  test.setTimeout(180_000);
  prepareMeeting();
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  const response = await page.goto("/86/bilan/2022");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Bilan des indicateurs 2022", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Synthèse", exact: true })).toBeVisible();

  const pickup = page.getByRole("article", { name: "Taux d'appels décrochés", exact: true });
  await expect(pickup).toContainText(/2022 : 93,0\s%/);
  await expect(pickup).toContainText("Atteint");
  await expect(pickup).toContainText(/En hausse par rapport à 2021 \(90,0\s%, \+3,0 points\) : amélioration\./);
  await expect(pickup.getByRole("link", { name: /Graphique, formule et historique/ })).toHaveAttribute("href", "/86/indicateurs/CALL_PICKUP_RATE?annee=2022");
  await expectAccessible(page);

  // The PDF, read back.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("bilan-indicateurs-2022-vienne.pdf");
  const parser = new PDFParse({ data: new Uint8Array(readFileSync((await download.path())!)) });
  try {
    const text = (await parser.getText()).text.replace(/\s+/gu, " ");
    expect(text).toContain("Bilan des indicateurs 2022");
    expect(text).toContain("Taux d'appels décrochés");
    expect(text).toMatch(/Page 1 sur \d+/);
  } finally {
    await parser.destroy();
  }

  // Attach it to this spec's meeting, in one click.
  await page.getByLabel(/^Séance/).selectOption(MEETING_ID);
  await page.getByRole("button", { name: "Joindre à la séance" }).click();
  await expect(page.getByText(/Le bilan 2022 est joint à la séance/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Voir la séance" }).click();
  await expect(page).toHaveURL(new RegExp(`/86/seances/${MEETING_ID}$`));
  await expect(page.getByText("Bilan des indicateurs 2022").first()).toBeVisible();
  await expectAccessible(page);
});

test("un membre lit le bilan sans pouvoir le joindre à une séance ; une année hors bornes n'existe pas", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  expect((await page.goto("/86/bilan/2022"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Bilan des indicateurs 2022", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Joindre à la séance" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/86/bilan/2999"))?.status()).toBe(404);
});

test("le bilan 2022 des Vosges reprend l'enquête de satisfaction (102 répondants) et s'imprime sans l'en-tête du site", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStatePath("referent88") })).newPage();
  expect((await page.goto("/88/bilan/2022"))?.status()).toBe(200);
  const surveys = page.getByRole("region", { name: "Enquêtes", exact: true });
  await expect(surveys.getByRole("heading", { level: 3, name: "Enquête de satisfaction des usagers — résultats cumulés à fin août 2022", exact: true })).toBeVisible();
  await expect(surveys).toContainText("102 répondants");
  await expect(surveys).toContainText(/Taux de satisfaction : 95,1\s%/);
  await expectAccessible(page);
  // On paper: the site's header and the buttons are gone, the figures stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".fr-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Bilan des indicateurs 2022", exact: true })).toBeVisible();
});
