/**
 * The breadcrumb's way down the referentials, one for every page under /national/referentiels:
 * the national administration, the list, then the framework and the version when given.
 */
export function referentialTrail(framework?: { code: string; name: string }, version?: { label: string; path: string }): { label: string; href: string }[] {
  return [
    { label: "Administration nationale", href: "/national" },
    { label: "Référentiels qualité", href: "/national/referentiels" },
    ...(framework ? [{ label: framework.name, href: `/national/referentiels/${framework.code}` }] : []),
    ...(version ? [{ label: version.label, href: version.path }] : []),
  ];
}
