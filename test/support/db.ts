import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A migrated database of the test's own: embedded PGlite by default, or a fresh PostgreSQL
 * database when TEST_DATABASE_URL is set. Close it in afterAll.
 */
export async function testDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `bot_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // PostgreSQL copies a template for one CREATE DATABASE at a time: a test file starting while
    // another copies gets "source database … is being accessed by other users" (55006). Try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await admin.end();
    const db = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
    const close = db.close;
    return Object.assign(db, {
      async close() {
        await close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    });
  }
  const file = inject('pgliteTemplate');
  return openDatabase({ memory: true, loadDataDir: new Blob([readFileSync(file)]) });
}

/** Empties every table but Prisma's migration history (between tests that share a database). */
export async function truncateAll(db: Database) {
  const rows = await db.prisma.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length) {
    await db.prisma.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  }
}

/**
 * The usual set-up of a test file: one database for the file, emptied before each test.
 * `const db = useTestDatabase();` then `db()` inside tests.
 */
export function useTestDatabase(opts: { truncate?: boolean } = {}): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(() => db?.close());
  if (opts.truncate !== false) beforeEach(() => truncateAll(db!));
  return () => db!;
}
