"use client";
/**
 * The header's main menu. A client leaf because the layouts that render the header stay
 * mounted while the user moves between the pages below them: only the browser's path says
 * which section is current (aria-current="page" on exactly one item).
 */
import { usePathname } from "next/navigation";
import { MainNavigation } from "@codegouvfr/react-dsfr/MainNavigation";
import { currentSection } from "./current-section";

export interface NavigationItem {
  text: string;
  href: string;
}

export function SiteNavigation({ id, items }: { id: string; items: NavigationItem[] }) {
  const pathname = usePathname();
  const current = currentSection(pathname, items.map((i) => i.href));
  return (
    <MainNavigation
      id={id}
      items={items.map((item) => ({ text: item.text, linkProps: { href: item.href }, isActive: item.href === current }))}
    />
  );
}
