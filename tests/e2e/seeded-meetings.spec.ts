// The four meetings of the seeds, complete in the meeting view: agendas with presenters and
// slide references, attendance as published (represented-by, remote, seats without a
// person), and the member's read-only view with the documents to download.
import { expect, test } from "@playwright/test";
import { agendaLine, expectAccessible, storageStatePath } from "./support";

test.describe("séance de la Vienne du 6 mai 2021 (référent)", () => {
  test.use({ storageState: storageStatePath("referent86") });

  test("ordre du jour numéroté I / a), intervenants, diapositives et émargement publié", async ({ page }) => {
    await page.goto("/86/seances");
    await page.getByRole("link", { name: "jeudi 6 mai 2021 à 14h30" }).click();
    await expect(page.getByText("Séance du jeudi 6 mai 2021 à 14h30", { exact: true })).toBeVisible();
    await expect(agendaLine(page, "II – L'accueil en préfecture")).toBeVisible();
    await expect(agendaLine(page, "b) L'accueil téléphonique")).toBeVisible();
    await expect(agendaLine(page, /^Présentation par Mme Angélique SAUVAIRE.*\(Diaporama pages 6 et 7\)$/)).toBeVisible();
    const attendance = page.getByRole("region", { name: "Émargement" });
    await attendance.getByText(/Liste d'émargement \(47 lignes\)/).click();
    await expect(attendance.getByText(/Mme Anne-Laure JOUTEUX.*Représenté\(e\) par Mme Nathalie BRIONNET/)).toBeVisible();
    const counts = attendance.getByRole("table", { name: "Participation par collège" });
    await expect(counts.getByRole("row", { name: /^Total/ }).getByRole("cell")).toHaveText(["26", "0", "8", "7", "6"]);
    await expectAccessible(page);
  });

  test("télécharge la convocation PDF et le fichier .ics de la séance", async ({ page, playwright, baseURL }) => {
    await page.goto("/86/seances");
    await page.getByRole("link", { name: "jeudi 6 mai 2021 à 14h30" }).click();
    await expect(page).toHaveURL(/\/86\/seances\/[0-9a-f-]{36}$/);
    const base = new URL(page.url()).pathname;
    const ics = await page.request.get(`${base}/seance.ics`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("DTSTART:20210506T123000Z");
    const pdf = await page.request.get(`${base}/convocation.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // Without a session, nothing.
    const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    expect((await anonymous.get(`${base}/convocation.pdf`, { maxRedirects: 0 })).status()).toBe(401);
    await anonymous.dispose();
  });
});

test("Vosges, 8 décembre 2022 : un membre en visioconférence et un siège sans personne nommée", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("referent88") });
  const page = await context.newPage();
  await page.goto("/88/seances");
  await page.getByRole("link", { name: "jeudi 8 décembre 2022" }).click();
  await expect(page.getByText("Séance du jeudi 8 décembre 2022 (heure non précisée)", { exact: true })).toBeVisible();
  await expect(agendaLine(page, /^Point 1 : /)).toBeVisible();
  const attendance = page.getByRole("region", { name: "Émargement" });
  await attendance.getByText(/Liste d'émargement/).click();
  await expect(attendance.getByText(/Marie-Chantal SCHNEIDER.*À distance/)).toBeVisible();
  await expect(attendance.getByText(/^Maire, représentant l'association des maires ruraux/)).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("un membre lit la séance de son comité sans pouvoir la modifier", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStatePath("membre86") });
  const page = await context.newPage();
  await page.goto("/86/seances");
  await page.getByRole("link", { name: "mardi 24 janvier 2023 à 10h00" }).click();
  await expect(page).toHaveURL(/\/86\/seances\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("region", { name: "Ordre du jour" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Modifier la séance" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Monter" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Envoyer la convocation/ })).toHaveCount(0);
  await expectAccessible(page);
  const edit = await page.goto(`${new URL(page.url()).pathname}/modifier`);
  expect(edit?.status()).toBe(403);
  await context.close();
});
