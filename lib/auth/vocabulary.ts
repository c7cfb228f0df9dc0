/** The roles and their French labels, once (domain.md §2). */
import type { Role as DbRole } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS = {
  NATIONAL_ADMIN: "Administration nationale",
  REFERENT: "Référent(e) qualité",
  STAFF: "Agent de la préfecture",
  MEMBER: "Membre du comité",
} as const satisfies Record<DbRole, string>;
export type Role = keyof typeof ROLE_LABELS;
