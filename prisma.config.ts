import { defineConfig } from "prisma/config";

// DATABASE_URL is read from the environment as it is: `env()` would throw when it is unset,
// which breaks `prisma generate` where no database is needed (CI, `next build`).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "", shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
