/** `npm run db:seed`: loads the demo data into DATABASE_URL (see demo.ts). */
import { createPrismaClient } from "@/lib/db-client";
import { seedDemo } from "./demo";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL : variable d'environnement manquante / missing environment variable");
    process.exit(1);
  }
  const db = createPrismaClient(url);
  try {
    const started = Date.now();
    const report = await seedDemo(db, (line) => console.log(`[démo] ${line}`));
    console.log(
      `[démo] terminé en ${((Date.now() - started) / 1000).toFixed(1)} s — créées : ${report.prefecturesCreated.join(", ") || "aucune"}; conservées : ${report.prefecturesKept.join(", ") || "aucune"}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
