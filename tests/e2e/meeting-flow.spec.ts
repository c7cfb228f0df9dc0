// The whole preparation of a meeting, as the issue describes it: a referent creates a meeting,
// builds a two-level agenda, uploads a document, sends the convocation (a real SMTP server
// receives it), a member answers "représenté par" through the link, the referent takes the
// attendance and downloads the convocation and the attendance sheet, read back for real.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";
import { decodeQuotedPrintable, startSmtpServer } from "./smtp";
import { agendaLine, expectAccessible, storageStatePath } from "./support";

test.describe.configure({ mode: "serial" });

// A minimal valid PDF: the upload checks the type from the content.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("préparer et tenir une séance de bout en bout", async ({ browser }) => {
  test.setTimeout(180_000);
  const smtp = await startSmtpServer(Number(process.env.E2E_SMTP_PORT));
  try {
    const referent = await browser.newContext({ storageState: storageStatePath("referent86") });
    const page = await referent.newPage();

    // 1. Create the meeting
    await page.goto("/86/seances");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nouvelle séance" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelle séance" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Date").fill("2030-06-13");
    await page.getByRole("textbox", { name: /^Heure de début/ }).fill("14:30");
    await page.getByLabel("Heure de fin prévue").fill("16:00");
    await page.getByLabel("Modalité").selectOption("HYBRID");
    await page.getByLabel("Salle").fill("Salle Marzellier");
    // Ticked by default; this flow builds its own agenda from scratch.
    await expect(page.getByRole("checkbox", { name: /^Inscrire le point « Suivi du plan d'actions »/ })).toBeChecked();
    await page.getByText("Inscrire le point « Suivi du plan d'actions » en tête de l'ordre du jour").click();
    await expect(page.getByRole("checkbox", { name: /^Inscrire le point « Suivi du plan d'actions »/ })).not.toBeChecked();
    await page.getByRole("button", { name: "Créer la séance" }).click();
    // exact: Next's route announcer may repeat the heading's text for a moment.
    await expect(page.getByText("Séance du jeudi 13 juin 2030 à 14h30", { exact: true })).toBeVisible();
    const meetingUrl = page.url();

    // 2. A two-level agenda: two items, then the second gets a sub-item, reordered by keyboard
    const addForm = page.getByRole("form", { name: "Ajouter un point" });
    await addForm.getByLabel("Intitulé").fill("L'accueil en préfecture");
    await addForm.getByRole("combobox", { name: /^Présentation par/ }).fill("Mme Angélique SAUVAIRE, cheffe de bureau du pôle accueils");
    await addForm.getByLabel("Référence du diaporama").fill("Diaporama pages 6 et 7");
    await addForm.getByLabel("Durée prévue (min)").fill("30");
    await addForm.getByRole("button", { name: "Ajouter le point" }).click();
    await expect(agendaLine(page, "I – L'accueil en préfecture")).toBeVisible();
    await addForm.getByLabel("Intitulé").fill("La démarche Qual-e-Pref");
    await addForm.getByRole("button", { name: "Ajouter le point" }).click();
    await expect(agendaLine(page, "II – La démarche Qual-e-Pref")).toBeVisible();
    await addForm.getByLabel("Intitulé").fill("L'accueil physique");
    await addForm.getByLabel("Placer sous le point (sous-point)").selectOption({ label: "I – L'accueil en préfecture" });
    await addForm.getByRole("button", { name: "Ajouter le point" }).click();
    await expect(agendaLine(page, "a) L'accueil physique")).toBeVisible();
    // Keyboard: move "La démarche Qual-e-Pref" up with Enter on its focused button.
    await page.getByRole("button", { name: "Monter", exact: true }).and(page.getByTitle("Monter le point II")).focus();
    await page.keyboard.press("Enter");
    await expect(agendaLine(page, "I – La démarche Qual-e-Pref")).toBeVisible();
    await expect(agendaLine(page, "II – L'accueil en préfecture")).toBeVisible();
    // The moved item is now first: "Monter" is disabled, the keyboard lands on "Descendre".
    await expect(page.getByTitle("Descendre le point I", { exact: true })).toBeFocused();
    await expect(page.getByText("Durée prévue : 30 min")).toBeVisible();
    await expectAccessible(page);

    // 3. Upload a document
    const upload = page.getByRole("form", { name: "Déposer un document" });
    await upload.getByLabel(/^Fichier/).setInputFiles({ name: "support.pdf", mimeType: "application/pdf", buffer: PDF });
    await upload.getByLabel("Titre (facultatif)").fill("Support de présentation");
    await upload.getByRole("button", { name: "Déposer le document" }).click();
    await expect(page.getByText("Document « Support de présentation » déposé.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Support de présentation" })).toBeVisible();
    // A file whose content is not an accepted type is refused, whatever its name.
    await upload.getByLabel(/^Fichier/).setInputFiles({ name: "faux.pdf", mimeType: "application/pdf", buffer: Buffer.from("pas un PDF") });
    await upload.getByRole("button", { name: "Déposer le document" }).click();
    await expect(page.getByText(/Type de fichier non accepté/)).toBeVisible();

    // 4. Send the convocation: the SMTP server receives one message per member with an address
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Envoyer la convocation" }).click();
    await expect(page.getByText(/Convocation envoyée à \d+ membres?\./)).toBeVisible({ timeout: 60_000 });
    await expect.poll(() => smtp.received.length, { timeout: 30_000 }).toBeGreaterThan(10);
    const toMember = smtp.received.find((m) => m.to.includes("thierry.prempain@example.org"));
    expect(toMember, "the demo member's convocation").toBeDefined();
    const body = decodeQuotedPrintable(toMember!.raw);
    const link = /https?:\/\/[^\s"<>]+\/reponse\/[A-Za-z0-9_-]+/.exec(body)?.[0];
    expect(link).toBeDefined();

    // 5a. Signed in, the member sees the convened meeting and answers from its page
    const member = await browser.newContext({ storageState: storageStatePath("membre86") });
    const signedIn = await member.newPage();
    await signedIn.goto(new URL(meetingUrl).pathname);
    await expect(signedIn.getByRole("heading", { name: "Ma réponse à la convocation" })).toBeVisible();
    await signedIn.getByText("Je serai excusé(e)").click();
    await signedIn.getByRole("button", { name: "Enregistrer ma réponse" }).click();
    await expect(signedIn.getByText(/Votre réponse est enregistrée/)).toBeVisible();
    await expectAccessible(signedIn);
    // ...and may download the meeting's documents
    const href = await signedIn.getByRole("link", { name: "Support de présentation" }).getAttribute("href");
    const file = await signedIn.request.get(href!);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await member.close();

    // 5b. Then changes it to "représenté par" through the e-mail's link, without an account
    const anonymous = await browser.newContext();
    const memberPage = await anonymous.newPage();
    await memberPage.goto(new URL(link!).pathname);
    await expect(memberPage.getByRole("heading", { name: "Répondre à la convocation" })).toBeVisible();
    await expect(memberPage.getByText("Thierry PREMPAIN")).toBeVisible();
    await expectAccessible(memberPage);
    await memberPage.getByText("Je serai représenté(e) par…").click();
    await memberPage.getByRole("button", { name: "Enregistrer ma réponse" }).click();
    await expect(memberPage.getByText("Indiquez la personne qui vous représentera.").first()).toBeVisible();
    await memberPage.getByLabel("Nom de la personne qui vous représentera").fill("Mme Annie MARTIN, UDAF de la Vienne");
    await memberPage.getByRole("button", { name: "Enregistrer ma réponse" }).click();
    await expect(memberPage.getByText(/Votre réponse est enregistrée\./)).toBeVisible();
    await expectAccessible(memberPage);
    // The e-mail's link still works until the meeting starts: opened again, it shows the answer.
    const again = await memberPage.context().newPage();
    await again.goto(new URL(link!).pathname);
    await expect(again.getByText(/Votre réponse enregistrée/)).toBeVisible();
    await expect(again.getByText(/Mme Annie MARTIN, UDAF de la Vienne/).first()).toBeVisible();
    await anonymous.close();

    // 6. The referent sees the reply and takes the attendance, pre-filled from it
    await page.goto(meetingUrl);
    await expect(page.getByRole("cell", { name: "Mme Annie MARTIN, UDAF de la Vienne" })).toBeVisible();
    await page.getByRole("link", { name: "Saisir l'émargement" }).click();
    // One card (a fieldset named after the member) per line.
    const line = (name: string) => page.getByRole("group", { name: new RegExp(name) });
    await expect(line("M. Thierry PREMPAIN").getByLabel("Statut")).toHaveValue("REPRESENTED");
    await expect(line("M. Thierry PREMPAIN").getByLabel("Représenté(e) par")).toHaveValue("Mme Annie MARTIN, UDAF de la Vienne");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer l'émargement" }).click();
    // The summary says how many lines, names them, and takes the focus.
    await expect(page.getByText(/\d+ lignes à corriger avant d'enregistrer\./)).toBeVisible();
    await expect(page.getByRole("link", { name: /^Ligne \d+ — .* : Indiquez si ce membre/ }).first()).toBeVisible();
    await page.getByLabel(/Statut à appliquer/).selectOption("PRESENT");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await line("Mme Nathalie MASSÉ").getByLabel("Statut").selectOption("REMOTE");
    await page.getByRole("button", { name: "Enregistrer l'émargement" }).click();
    await expect(page).toHaveURL(meetingUrl + "#emargement");
    const counts = page.getByRole("table", { name: "Participation par collège" });
    await expect(counts.getByRole("row", { name: /^Total/ })).toContainText("1"); // the represented member
    // Taken before the start (the meeting is in 2030): saved, and the meeting stays convened.
    await expect(page.getByText("Convoquée", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // 7. Downloads, read back with real readers
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Convocation (Word)" }).click()]);
    const docxText = (await mammoth.extractRawText({ buffer: await readFile(await docx.path()) })).value;
    expect(docxText).toContain("jeudi 13 juin 2030");
    for (const title of ["La démarche Qual-e-Pref", "L'accueil en préfecture", "L'accueil physique"]) expect(docxText).toContain(title);
    const [sheet] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Feuille d'émargement/ }).click()]);
    const parser = new PDFParse({ data: await readFile(await sheet.path()) });
    const sheetText = (await parser.getText()).text;
    await parser.destroy();
    expect(sheetText).toContain("PREMPAIN");
    expect(sheetText).toContain("13 juin 2030");
    await referent.close();
  } finally {
    await smtp.close();
  }
});
