// The whole loop of issue 9 (item 9): a member's question is recorded in the minutes of the
// last meeting → the referent creates an action from it → notes its progress → the action is
// in the next meeting's "Suivi du plan d'actions" item, which the member reads too, with the
// action among those born of their own questions → closed with a result, it moves to the
// closed actions of that item. axe on every page visited.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, agendaLine, expectAccessible, storageStatePath } from "./support";

/** The last and next meetings of the member's committee (tests/support/follow-up-fixture.ts), on the server's database. */
function prepareMeetings(): { heldId: string; nextId: string; memberPersonId: string } {
  const script = `
    const { createPrismaClient } = require("@/lib/db-client");
    const { prepareFollowUpMeetings } = require("@/tests/support/follow-up-fixture");
    const db = createPrismaClient(process.env.DATABASE_URL);
    prepareFollowUpMeetings(db, ${JSON.stringify(ACCOUNTS.membre86.email)})
      .then((r) => process.stdout.write("\\n" + JSON.stringify(r) + "\\n"))
      .finally(() => db.$disconnect())
      .catch((error) => { console.error(error); process.exit(1); });
  `;
  const output = execFileSync("npx", ["--no-install", "tsx", "-e", script], { encoding: "utf8", timeout: 60_000 });
  return JSON.parse(output.trim().split("\n").pop() ?? "{}") as { heldId: string; nextId: string; memberPersonId: string };
}

test("une question en séance devient une action, suivie à la séance suivante puis close avec son résultat", async ({ browser }) => {
  test.setTimeout(180_000);
  const { heldId, nextId, memberPersonId } = prepareMeetings();
  const question = `Un guichet sans rendez-vous est-il envisagé le jeudi ? (${Date.now()})`;
  const referent = await (await browser.newContext({ storageState: storageStatePath("referent86") })).newPage();

  // 1. The member's question, recorded in the minutes of the last meeting.
  await referent.goto(`/86/seances/${heldId}/compte-rendu`);
  await referent.getByRole("button", { name: "Commencer la rédaction" }).click();
  await expect(referent).toHaveURL(new RegExp(`/86/seances/${heldId}/compte-rendu/rediger$`));
  const section = referent.getByRole("region", { name: /^Section 1 — / });
  await section.getByRole("button", { name: "Ajouter une intervention" }).click();
  const intervention = section.getByRole("group", { name: "Intervention 1" });
  await intervention.getByLabel("Qui intervient").selectOption(`p:${memberPersonId}`);
  await intervention.getByLabel("Intervention", { exact: true }).fill(question);
  await expect(section.getByRole("status").first()).toHaveText(/^Enregistré à/, { timeout: 15_000 });
  await expectAccessible(referent);

  // 2. An action created from it, from the minutes.
  await referent.goto(`/86/seances/${heldId}/compte-rendu`);
  const asked = referent.getByRole("listitem").filter({ hasText: question });
  await expect(asked).toBeVisible();
  await expectAccessible(referent);
  await asked.getByRole("link", { name: /^Créer une action/ }).click();
  await expect(referent.getByRole("heading", { level: 1, name: "Nouvelle action", exact: true })).toBeVisible();
  await expect(referent.getByText(/^Créée depuis :/)).toBeVisible();
  const title = `Guichet sans rendez-vous le jeudi (${Date.now()})`;
  await referent.getByLabel("Intitulé", { exact: true }).fill(title);
  await referent.getByLabel("Bureau ou service (facultatif)").fill("Bureau de l'accueil");
  await referent.getByRole("button", { name: "Créer l'action" }).click();
  await expect(referent.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  const actionUrl = referent.url();

  // 3. Progress noted.
  await referent.getByRole("textbox", { name: /^Point d'avancement/ }).fill("Essai prévu au premier trimestre.");
  await referent.getByRole("button", { name: "Ajouter le point d'avancement" }).click();
  await expect(referent.getByRole("region", { name: "Avancement" }).getByText("Essai prévu au premier trimestre.")).toBeVisible();
  await expectAccessible(referent);

  // 4. The next meeting's agenda gets the follow-up item, filled from the plan and the minutes.
  await referent.goto(`/86/seances/${nextId}`);
  const addItem = referent.getByRole("button", { name: "Ajouter « Suivi du plan d'actions »" });
  if (await addItem.count()) {
    // Without the item, the page says what it would bring.
    await expect(referent.getByText(/^L'ordre du jour n'a pas de point « Suivi du plan d'actions » : ajoutez-le/)).toBeVisible();
    await expectAccessible(referent);
    await addItem.click();
    // Saved once the agenda prints it; the page then renders the item's follow-up.
    await expect(agendaLine(referent, /Suivi du plan d'actions$/)).toBeVisible();
    await referent.reload();
  }
  const followUp = referent.getByRole("region", { name: "Suivi du plan d'actions" });
  await expect(followUp).toContainText("Depuis la séance du");
  const opened = followUp.getByRole("table", { name: /^Nouvelles actions/ });
  const row = opened.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Bureau de l'accueil");
  await expect(row).toContainText("Essai prévu au premier trimestre.");
  // The question now has its action: it is no longer among those waiting for an answer.
  await expect(followUp.getByText(question)).toHaveCount(0);
  await expectAccessible(referent);

  // 5. The member reads the same follow-up, and the action among those born of their questions.
  const member = await (await browser.newContext({ storageState: storageStatePath("membre86") })).newPage();
  await member.goto(`/86/seances/${nextId}`);
  await expect(member.getByRole("region", { name: "Suivi du plan d'actions" }).getByRole("table", { name: /^Nouvelles actions/ })).toContainText(title);
  await expectAccessible(member);
  await member.goto("/86/plan-actions");
  await expect(member.getByRole("table", { name: "Actions nées de vos questions en séance" })).toContainText(title);
  await expectAccessible(member);

  // 6. Closed with a result: it moves to the closed actions of the follow-up, with its result.
  await referent.goto(actionUrl);
  await referent.getByLabel("Nouveau statut").selectOption("DONE");
  await referent.getByLabel("Résultat obtenu").fill("Guichet ouvert le jeudi matin depuis janvier.");
  await referent.getByRole("button", { name: "Changer le statut" }).click();
  await expect(referent.getByText(/Résultat : Guichet ouvert le jeudi matin depuis janvier\./).first()).toBeVisible();
  await referent.goto(`/86/seances/${nextId}`);
  const closed = referent.getByRole("region", { name: "Suivi du plan d'actions" }).getByRole("table", { name: /^Actions closes/ });
  await expect(closed.getByRole("row").filter({ hasText: title })).toContainText("Guichet ouvert le jeudi matin depuis janvier.");
  await expectAccessible(referent);
});
