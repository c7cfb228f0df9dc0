// The minutes from a held meeting to the public, as issue 7 describes it: the referent starts
// the compte rendu (pre-filled), writes a section in the rich-text editor (autosaved), records
// an intervention and its answer, fixes the signatory, sends the draft for review; the member
// comments a section; the referent resolves the comment, validates and publishes; signed out,
// the public search finds it by a word of its text, and both files download and read back.
// axe runs on every page visited.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";
import { ACCOUNTS, expectAccessible, storageStatePath } from "./support";

test.describe.configure({ mode: "serial" });

/** The held meeting without minutes (tests/support/minutes-fixture.ts), prepared by tsx on the server's database. */
function prepareMeeting(): { meetingId: string } {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const { prepareHeldMeetingForMinutes } = require("@/tests/support/minutes-fixture");
    const db = createPrismaClient(process.env.DATABASE_URL);
    prepareHeldMeetingForMinutes(db, ${JSON.stringify(ACCOUNTS.membre86.email)})
      .then((r) => process.stdout.write("\\n" + JSON.stringify(r) + "\\n"))
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  const output = execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as { meetingId: string };
}

const WORD = "hippocampe";

async function sectionCard(page: Page, index: number) {
  return page.getByRole("region", { name: new RegExp(`^Section ${index} — `) });
}

test("rédiger, relire, valider, publier et retrouver un compte rendu", async ({ browser }) => {
  test.setTimeout(240_000);
  const { meetingId } = prepareMeeting();
  const base = `/86/seances/${meetingId}`;
  const referent = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();

  // 1. Start the minutes: pre-filled from the meeting
  await referent.goto(`${base}/compte-rendu`);
  await expectAccessible(referent);
  await referent.getByRole("button", { name: "Commencer la rédaction" }).click();
  await expect(referent).toHaveURL(new RegExp(`${base}/compte-rendu/rediger$`));
  const first = await sectionCard(referent, 1);
  await expect(first).toBeVisible();
  await expect(first.getByLabel("Présentation")).toHaveValue("Présentation par Mme Angélique SAUVAIRE (diaporama pages 3 à 5)");
  await expectAccessible(referent);

  // 2. Write the narrative in the rich-text editor: autosaved, state announced
  const body = first.getByRole("textbox", { name: "Exposé" });
  await body.click();
  await referent.keyboard.type(`Les usagers saluent la nouvelle borne d'accueil ${WORD} installée au rez-de-chaussée.`);
  await expect(first.getByRole("status").first()).toHaveText(/^Enregistré à \d{2}h\d{2}$/, { timeout: 15_000 });

  // 3. An intervention and its answer
  await first.getByRole("button", { name: "Ajouter une intervention" }).click();
  const intervention = first.getByRole("group", { name: "Intervention 1" });
  await intervention.getByLabel("Qui intervient").selectOption("label");
  await intervention.getByLabel("Libellé de l'intervenant").fill("M. Jean USAGER");
  await intervention.getByLabel("Intervention", { exact: true }).fill("Demande si la borne sera accessible le samedi matin.");
  await intervention.getByRole("button", { name: "Ajouter une réponse" }).click();
  await intervention.getByLabel("Qui répond (réponse 1)").selectOption("label");
  await intervention.getByLabel("Libellé de la personne qui répond").fill("La cheffe du bureau de l'accueil");
  await intervention.getByLabel("Réponse", { exact: true }).fill("Elle le sera dès janvier.");
  await expect(first.getByRole("status").first()).toHaveText(/^Enregistré à/, { timeout: 15_000 });
  await expectAccessible(referent);

  // 4. Signatory and date of issue
  const header = referent.getByRole("form", { name: "En-tête, présidence et clôture" });
  await header.getByLabel("Date d'émission").fill("2026-10-20");
  await header.getByLabel("Qualité du signataire").fill("La préfète");
  await header.getByLabel("Nom du signataire").fill("Chantal CASTELNOT");
  await header.getByRole("button", { name: "Enregistrer l'en-tête et la clôture" }).click();
  await expect(header.getByText(/En-tête et clôture enregistrés à/)).toBeVisible();

  // 5. Send for review
  await referent.getByRole("link", { name: "Relire le compte rendu mis en page" }).click();
  await expect(referent.getByRole("heading", { level: 1 })).toHaveText(/^Compte rendu du comité/);
  await expect(referent.getByText(WORD, { exact: false }).first()).toBeVisible();
  await referent.getByRole("button", { name: "Envoyer le projet aux participants" }).click();
  await expect(referent.getByText("En relecture", { exact: true }).first()).toBeVisible();
  await expect(referent.getByRole("table", { name: "Destinataires de la relecture" })).toBeVisible();
  await expectAccessible(referent);

  // 6. The member reads and comments a section
  const member = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  await member.goto(`${base}/compte-rendu`);
  await expect(member.getByText(WORD, { exact: false }).first()).toBeVisible();
  await expectAccessible(member);
  await member.getByLabel(/^Commenter « L'accueil des usagers »/).fill("Préciser les horaires d'ouverture du samedi.");
  await member.getByRole("button", { name: "Envoyer le commentaire" }).first().click();
  // The comment as listed (a paragraph), not the text still in the field.
  await expect(member.locator("li p").filter({ hasText: "Préciser les horaires d'ouverture du samedi." })).toBeVisible();
  // A member may not validate: no such button for them.
  await expect(member.getByRole("button", { name: "Valider le compte rendu" })).toHaveCount(0);

  // 7. The referent resolves the comment, validates and publishes
  await referent.reload();
  await expect(referent.locator("li p").filter({ hasText: "Préciser les horaires d'ouverture du samedi." })).toBeVisible();
  await referent.getByRole("button", { name: "Traiter ce commentaire" }).click();
  await referent.getByLabel(/^Réponse \(facultatif\)/).fill("Intégré : de 9h à 12h.");
  await referent.getByRole("button", { name: "Marquer comme traité" }).click();
  await expect(referent.getByText("Traité", { exact: true })).toBeVisible();
  await referent.getByRole("button", { name: "Valider le compte rendu" }).click();
  await expect(referent.getByText("Validé", { exact: true }).first()).toBeVisible();
  await expectAccessible(referent);
  await referent.getByRole("button", { name: "Publier" }).click();
  await expect(referent.getByRole("link", { name: "Voir la page publique" })).toBeVisible();

  // 8. Signed out: the public search finds it by one word of its text
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto(`/public/86/recherche?q=${WORD}`);
  await expect(visitor.locator("mark", { hasText: WORD }).first()).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: /L'accueil des usagers/ }).first().click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/^Compte rendu du comité/);
  await expect(visitor.getByText("M. Jean USAGER", { exact: false }).first()).toBeVisible();
  await expectAccessible(visitor);

  // 9. Both files, read back by real readers
  const pdfHref = await visitor.getByRole("link", { name: "Télécharger en PDF" }).getAttribute("href");
  const docxHref = await visitor.getByRole("link", { name: /Télécharger en DOCX/ }).getAttribute("href");
  const pdf = await visitor.request.get(pdfHref ?? "");
  expect(pdf.status()).toBe(200);
  const pdfText = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
  const docx = await visitor.request.get(docxHref ?? "");
  expect(docx.status()).toBe(200);
  const docxText = (await mammoth.extractRawText({ buffer: await docx.body() })).value;
  for (const text of [pdfText.replace(/\s+/g, " "), docxText.replace(/\s+/g, " ")]) {
    expect(text).toContain(WORD);
    expect(text).toContain("M. Jean USAGER");
    expect(text).toContain("Chantal CASTELNOT");
    expect(text).toContain("L'accueil des usagers");
  }
});
