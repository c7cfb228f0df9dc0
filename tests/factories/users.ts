/** Users and their roles. Shared by the demo data (prisma/seed) and the tests. */
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";

export interface UserSpec {
  email: string;
  name: string;
  password: string;
  roles: { role: Role; prefectureId?: string | null }[];
  /** Links the account to a person (a committee member signing in) */
  personId?: string;
}

/** Creates the user, or brings an existing one back to the spec (password, roles). */
export async function upsertUser(db: PrismaClient, spec: UserSpec) {
  const email = spec.email.toLowerCase();
  const passwordHash = await hashPassword(spec.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email },
      create: { email, name: spec.name, passwordHash },
      update: { name: spec.name, passwordHash, disabledAt: null },
    });
    await tx.membership.deleteMany({ where: { userId: user.id } });
    await tx.membership.createMany({
      data: spec.roles.map((r) => ({
        userId: user.id,
        role: r.role,
        prefectureId: r.role === "NATIONAL_ADMIN" ? null : (r.prefectureId ?? null),
      })),
    });
    if (spec.personId) {
      await tx.person.update({ where: { id: spec.personId }, data: { userId: user.id } });
    }
    return user;
  });
}
