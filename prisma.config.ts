import { defineConfig } from 'prisma/config';

// The schema is split per capability in prisma/schema/. Migrations are applied by the
// bot itself (src/db/migrate.ts) through Prisma's WebAssembly schema engine, so no
// datasource URL is needed here for `prisma generate`.
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
});
