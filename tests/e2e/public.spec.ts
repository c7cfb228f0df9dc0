// The public side, signed out: the Vienne's public page lists its published compte rendu of
// 6 May 2021 (and not the 2023 draft), advertises its Atom feed, opens the compte rendu as
// accessible HTML with its PDF and DOCX, under the script-free CSP and cache headers of ADR
// 0005; open data answers. Every page scanned with axe.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

test.use({ storageState: { cookies: [], origins: [] } });

test("page publique de la Vienne, compte rendu publié, téléchargements et flux", async ({ page, request }) => {
  const response = await page.goto("/public/86");
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("script-src 'none'");
  expect(headers["content-security-policy"]).not.toContain("nonce-");
  expect(headers["cache-control"]).toMatch(/s-maxage=300/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comités locaux des usagers — préfecture de la Vienne");
  // Nothing of a session in a shared page.
  await expect(page.getByText("Mon compte")).toHaveCount(0);
  const feedLink = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute("href", "/public/86/flux.atom");
  await expect(page.getByRole("searchbox", { name: "Rechercher dans les comptes rendus" })).toBeVisible();
  await expectAccessible(page);

  // The published compte rendu of 6 May 2021 is listed; the 2023 draft is not.
  const entry = page.getByRole("link", { name: /6 mai 2021/ }).first();
  await expect(entry).toBeVisible();
  await expect(page.getByRole("link", { name: /2023/ })).toHaveCount(0);
  const title = (await entry.textContent())?.trim() ?? "";
  await entry.click();
  await expect(page).toHaveURL(/\/public\/86\/comptes-rendus\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);

  // Downloads: a real PDF and a real DOCX, cacheable.
  const pdfHref = await page.getByRole("link", { name: "Télécharger en PDF" }).getAttribute("href");
  const docxHref = await page.getByRole("link", { name: /Télécharger en DOCX/ }).getAttribute("href");
  const pdf = await request.get(pdfHref ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["cache-control"]).toBe("public, max-age=300, stale-while-revalidate=86400");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const docx = await request.get(docxHref ?? "");
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-disposition"]).toContain(".docx");
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");

  // The feed links to the page.
  const feed = await request.get("/public/86/flux.atom");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(page.url().replace(/^https?:\/\/[^/]+/, ""));
});

test("données ouvertes : préfectures, séances publiées, OpenAPI, 404 en français", async ({ request }) => {
  const prefectures = await request.get("/api/v1/prefectures");
  expect(prefectures.headers()["access-control-allow-origin"]).toBe("*");
  expect(((await prefectures.json()) as { prefectures: { code: string }[] }).prefectures.map((p) => p.code)).toEqual(
    expect.arrayContaining(["16", "86", "88"]),
  );
  const meetings = (await (await request.get("/api/v1/prefectures/86/meetings")).json()) as { meetings: { links: { html: string } }[] };
  expect(meetings.meetings.length).toBeGreaterThan(0);
  expect((await request.get("/api/v1/openapi.json")).status()).toBe(200);
  const unknown = await request.get("/api/v1/prefectures/00/meetings");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "Préfecture introuvable ou non publiée." });
});

test("un compte rendu inconnu ou non publié est introuvable", async ({ page }) => {
  const response = await page.goto("/public/86/comptes-rendus/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
});
