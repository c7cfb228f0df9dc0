// Prisma 7 reads its configuration from here. DATABASE_URL is read directly (not with
// Prisma's env() helper, which throws when unset and would break `prisma generate` at install).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
