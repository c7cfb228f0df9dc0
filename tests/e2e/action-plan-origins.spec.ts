// Actions created from a register entry (issue 9 item 5), linked both ways: the Vienne
// referent opens an entry of the register, follows « Créer une action », finds the form
// pre-filled and « Créée depuis : » the entry, creates the action, reads its source on the
// action's page, follows it back to the entry, which now lists the action — as does the
// register's list. A survey's page offers the same link. axe on every page visited.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./support";

/** A register entry of the Vienne of this test's own (a unique subject and service), made on the server's database. */
function createEntry(subject: string, service: string): string {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const db = createPrismaClient(process.env.DATABASE_URL);
    (async () => {
      const prefecture = await db.prefecture.findUniqueOrThrow({ where: { code: "86" } });
      const entry = await db.requestRecord.create({ data: { prefectureId: prefecture.id, receivedOn: new Date("2021-06-14T00:00:00Z"), channel: "MAIL", type: "COMPLAINT", subject: ${JSON.stringify(subject)}, service: ${JSON.stringify(service)} } });
      console.log(JSON.stringify({ id: entry.id }));
    })()
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  const out = execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
  return (JSON.parse(out.trim().split("\n").pop() ?? "{}") as { id: string }).id;
}

test("« Créer une action » depuis une demande du registre : l'action dit d'où elle vient et la demande montre l'action", async ({ browser }) => {
  // Five pages each scanned by axe: past the default on a loaded 2-core machine.
  test.setTimeout(90_000);
  const stamp = Date.now();
  const subject = `Signalétique du hall introuvable e2e ${stamp}`;
  const service = `Accueil e2e ${stamp}`;
  const entryId = createEntry(subject, service);
  const page = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();

  await page.goto(`/86/registre/${entryId}/modifier`);
  await expect(page.getByRole("heading", { level: 1, name: "Modifier la demande", exact: true })).toBeVisible();
  await expect(page.getByText("Aucune action n'a été créée depuis cette demande.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Créer une action depuis cette demande" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle action", exact: true })).toBeVisible();
  await expect(page.getByText(/^Créée depuis :/)).toContainText(subject);
  const sourceName = `Registre : ${subject} (reçue le 14 juin 2021)`;
  await expect(page.getByRole("link", { name: sourceName })).toHaveAttribute("href", `/86/registre/${entryId}/modifier`);
  await expect(page.getByLabel("Intitulé", { exact: true })).toHaveValue(`Réclamation : ${subject}`);
  await expect(page.getByLabel("Description (facultatif)")).toHaveValue(`Réclamation reçue le lundi 14 juin 2021 (courrier, ${service}) : « ${subject} »`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Créer l'action" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Réclamation : ${subject}`, exact: true })).toBeVisible();
  await expect(page.getByText("Registre des demandes et réclamations — créée depuis :")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: sourceName }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Modifier la demande", exact: true })).toBeVisible();
  const linked = page.getByRole("region", { name: "Plan d'actions" });
  await expect(linked.getByRole("link", { name: `Réclamation : ${subject}` })).toBeVisible();
  await expect(linked).toContainText("(Prévue)");
  await expectAccessible(page);

  // The register's list shows it under the entry's subject.
  await page.goto(`/86/registre?annee=2021&service=${encodeURIComponent(service)}`);
  const row = page.getByRole("region", { name: "Registre 2021", exact: true }).getByRole("row").filter({ hasText: subject });
  await expect(row.getByRole("link", { name: `Réclamation : ${subject}` })).toHaveAttribute("href", /^\/86\/plan-actions\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
});
