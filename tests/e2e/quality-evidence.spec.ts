// Evidence and follow-up in the quality room (issue 9 items 2–3): the Vienne referent rates an
// engagement "Non atteint" on a year of its own, opens the cell's evidence, attaches an
// indicator the prefecture follows, follows the link to the indicator page, and finds
// "Créer une action" pointing at the action plan with the cell; on another year it uploads a
// small PDF as a new evidence document (a wrong type first, refused in French), sees it listed
// with its download link, which serves the member of the Vienne and is 404 under the Charente's
// URL; the Vosges referent records
// an audit with findings, finds "Créer une action" beside them, then deletes the audit after
// confirming. axe on every page visited.
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

test("le référent de la Vienne joint un indicateur comme preuve d'un engagement non atteint", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  // A year of its own (quality.spec.ts uses 2031), so the seeded years stay as published.
  const response = await page.goto("/86/demarche-qualite/auto-evaluation/2033");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Autoévaluation Services Publics+ 2033", exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: /^Niveau 2\. .* Préfecture de la Vienne$/ }).selectOption("NOT_MET");
  await page.getByRole("button", { name: "Enregistrer l'autoévaluation" }).click();
  await expect(page.getByText("Autoévaluation 2033 enregistrée.")).toBeVisible();

  const evidence = page.locator("details", { has: page.locator("summary", { hasText: "– engagement 2, Préfecture de la Vienne" }) }).first();
  await evidence.locator("summary").click();
  const picker = evidence.getByRole("combobox", { name: "Joindre un indicateur suivi – engagement 2, Préfecture de la Vienne", exact: true });
  await expect(picker).toBeVisible();
  await expectAccessible(page);
  const chosen = (await picker.locator("option").nth(1).textContent())?.trim() ?? "";
  expect(chosen).not.toBe("");
  await picker.selectOption({ index: 1 });
  await evidence.getByRole("button", { name: "Joindre l'indicateur" }).click();
  const link = evidence.getByRole("link", { name: `Indicateur : ${chosen}` });
  await expect(link).toBeVisible();
  await expect(evidence.locator("summary")).toContainText(/Preuves \([1-9]\d*\)/);

  const createAction = page.getByRole("link", { name: "Créer une action – engagement 2, Préfecture de la Vienne (non atteint)", exact: true }).first();
  await expect(createAction).toHaveAttribute("href", /^\/86\/plan-actions\/nouvelle\?autoEvaluation=[0-9a-f-]{36}$/);
  await expectAccessible(page);

  await link.click();
  await expect(page).toHaveURL(/\/86\/indicateurs\/[A-Z0-9_]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

/** The smallest file the server reads as a PDF (its type is read from the content). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("le référent de la Vienne dépose un nouveau document comme preuve, que le membre peut ouvrir", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();
  // A year of its own (2031 and 2033 are the other specs').
  const url = "/86/demarche-qualite/auto-evaluation/2034";
  expect((await page.goto(url))?.status()).toBe(200);
  await page.getByRole("combobox", { name: /^Niveau 1\. .* Préfecture de la Vienne$/ }).selectOption("MET");
  await page.getByRole("button", { name: "Enregistrer l'autoévaluation" }).click();
  await expect(page.getByText("Autoévaluation 2034 enregistrée.")).toBeVisible();

  const context = "engagement 1, Préfecture de la Vienne";
  const evidence = page.locator("details", { has: page.locator("summary", { hasText: `– ${context}` }) }).first();
  await evidence.locator("summary").click();
  const file = evidence.getByLabel(new RegExp(`^Fichier – ${context}`));
  const upload = evidence.getByRole("button", { name: `Déposer la preuve – ${context}`, exact: true });
  await file.setInputFiles({ name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("Une simple note, pas un document accepté.") });
  await upload.click();
  await expect(evidence.getByRole("alert")).toContainText("Type de fichier non accepté");
  await expectAccessible(page);

  const title = `Charte Marianne e2e ${Date.now()}`;
  await file.setInputFiles({ name: "charte.pdf", mimeType: "application/pdf", buffer: PDF });
  await evidence.getByLabel(new RegExp(`^Titre \\(facultatif\\) – ${context}`)).fill(title);
  await upload.click();
  const link = evidence.getByRole("link", { name: `Document : ${title}`, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", /^\/86\/documents\/[0-9a-f-]{36}$/);
  await expect(evidence.getByText(`Document « ${title} » déposé et joint.`)).toBeVisible();
  await expectAccessible(page);
  const href = (await link.getAttribute("href"))!;
  const own = await page.request.get(href);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");

  // The member reads the evidence and opens the document; the Charente's referent cannot.
  const member = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  expect((await member.goto(url))?.status()).toBe(200);
  const memberLink = member.getByRole("link", { name: `Document : ${title}`, exact: true });
  await expect(memberLink).toHaveAttribute("href", href);
  await expectAccessible(member);
  const read = await member.request.get(href);
  expect(read.status()).toBe(200);
  expect(Buffer.from(await read.body())).toEqual(PDF);
  const stranger = await (await browser.newContext({ storageState: storageStatePath("referent16") })).newPage();
  expect((await stranger.request.get(href.replace(/^\/86\//, "/16/"))).status()).toBe(404);
});

test("le référent des Vosges crée une action depuis des constats d'audit, puis supprime l'audit", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent88") })).newPage();
  await page.goto("/88/demarche-qualite");
  const findings = `Constats e2e ${Date.now()} : affichage des horaires à revoir`;
  await page.getByRole("button", { name: "Enregistrer un audit" }).click();
  const form = page.getByRole("form", { name: "Enregistrer un audit" });
  await form.getByLabel("Type d'audit").selectOption("INTERNAL");
  // A date no other test uses: the audit's title (kind and date) names its delete button.
  await form.getByLabel("Réalisé le").fill("2019-03-07");
  await form.getByLabel("Constats").fill(findings);
  await form.getByRole("button", { name: "Enregistrer l'audit" }).click();
  await expect(form.getByText("L'audit est enregistré.")).toBeVisible();

  const row = page.getByRole("table", { name: /Audits de la démarche qualité/ }).getByRole("row", { name: new RegExp(findings) });
  await expect(row.getByRole("link", { name: /^Créer une action à partir des constats : Audit interne du 7 mars 2019$/ })).toHaveAttribute(
    "href",
    /^\/88\/plan-actions\/nouvelle\?audit=[0-9a-f-]{36}$/,
  );
  await expectAccessible(page);

  await page.getByRole("button", { name: "Modifier : Audit interne (réalisé le 7 mars 2019)" }).first().click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Supprimer l'audit l'audit : Audit interne (réalisé le 7 mars 2019)" }).first().click();
  await expect(page.getByRole("row", { name: new RegExp(findings) })).toHaveCount(0);
  await expectAccessible(page);
});
