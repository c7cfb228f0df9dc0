// Accounts only the e2e suite uses (so a test that changes a password leaves the demo
// accounts alone). Run by scripts/test.ts after the demo data, with DATABASE_URL set.
import { createPrismaClient } from "@/lib/db-client";
import { upsertUser } from "@/tests/factories/users";

export const E2E_ACCOUNTS = {
  passwordChanger: { email: "e2e.mot-de-passe@example.org", password: "mot-de-passe-initial-2026" },
};

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL ?? "");
  try {
    const vosges = await db.prefecture.findUniqueOrThrow({ where: { code: "88" } });
    await upsertUser(db, {
      email: E2E_ACCOUNTS.passwordChanger.email,
      name: "Agent de test (e2e)",
      password: E2E_ACCOUNTS.passwordChanger.password,
      roles: [{ role: "STAFF", prefectureId: vosges.id }],
    });
  } finally {
    await db.$disconnect();
  }
}

void main();
