/**
 * Which item of the main menu is the current section: the one whose address is the longest
 * prefix of the path, cut at a "/" ("/86/seances" is current on "/86/seances/…/emargement",
 * "/86" on "/86/boite-envoi" only when the menu has no item of its own for it). "/" matches
 * only itself, so the home item is never current inside a prefecture. At most one item.
 */
export function currentSection(pathname: string, hrefs: readonly string[]): string | null {
  const path = pathname.split(/[?#]/)[0]?.replace(/\/+$/, "") || "/";
  let best: string | null = null;
  for (const href of hrefs) {
    const matches = href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
