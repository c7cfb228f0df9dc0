/** Shared e2e helpers: demo accounts, signing in through the form, the accessibility scan. */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-clu-2026";

export const ACCOUNTS = {
  national: { email: "national@example.org", landing: "/national" },
  referent86: { email: "referent.86@example.org", landing: "/86" },
  referent16: { email: "referent.16@example.org", landing: "/16" },
  referent88: { email: "referent.88@example.org", landing: "/88" },
  agent86: { email: "agent.86@example.org", landing: "/86" },
  membre86: { email: "membre.86@example.org", landing: "/86" },
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export const storageStatePath = (name: AccountName) => `tests/e2e/.auth/${name}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** Zero axe violations (WCAG 2.1 A/AA rules) on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next 16 streams a dynamic page's metadata: the <title> may arrive after the body. Scan the
  // page as it settles, title included (axe's document-title rule still applies).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** An agenda line as printed in the agenda (not the same words in a select's options). */
export function agendaLine(page: Page, text: string | RegExp) {
  const pattern = typeof text === "string" ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : text;
  return page.getByRole("region", { name: "Ordre du jour" }).locator("li > div p").filter({ hasText: pattern });
}
