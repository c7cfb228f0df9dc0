/** Prefectures with their sites and structures. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { SeedPrefecture } from "@/prisma/seed/data/types";

export async function createPrefecture(db: PrismaClient | Tx, seed: SeedPrefecture) {
  return db.prefecture.create({
    data: {
      code: seed.code,
      name: seed.name,
      stateHeader: seed.stateHeader,
      seatCity: seed.seatCity,
      sites: {
        create: [
          { kind: "PREFECTURE", name: `Préfecture — ${seed.seatCity}`, city: seed.seatCity },
          ...seed.subPrefectures.map((city) => ({
            kind: "SOUS_PREFECTURE" as const,
            name: `Sous-préfecture — ${city}`,
            city,
          })),
        ],
      },
      structures: {
        create: seed.structures.map((s) => ({ kind: s.kind, name: s.name, shortName: s.shortName ?? null })),
      },
    },
  });
}

let counter = 0;
/** A throw-away prefecture for a test, with a code no seed uses (9xx). */
export function testPrefectureSeed(overrides: Partial<SeedPrefecture> = {}): SeedPrefecture {
  counter += 1;
  const code = String(900 + ((Date.now() + counter + Math.floor(Math.random() * 1000)) % 100));
  return {
    code,
    name: `Test ${code}`,
    stateHeader: `PRÉFET DE TEST ${code}`,
    seatCity: "Testville",
    subPrefectures: [],
    structures: [{ key: "pref", name: "Préfecture", kind: "PREFECTURE" }],
    ...overrides,
  };
}

/**
 * A throw-away prefecture whose random 9xx code no other test holds: parallel test files draw
 * from the same hundred codes, so a collision is retried rather than failing the run.
 */
export async function createTestPrefecture(db: PrismaClient, overrides: Partial<SeedPrefecture> = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await createPrefecture(db, testPrefectureSeed(overrides));
    } catch (error) {
      if (attempt > 30 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}
