import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyMigrations, diffMigrationsToSchema, migrationStatus, MigrationError, MIGRATIONS_DIR, loadMigrations } from '../src/db/migrations.js';
import { testDatabase } from './support/db.js';
import { openDatabase } from '../src/db/client.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'mig-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function tables(db: PGlite) {
  const r = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname='public' ORDER BY 1`);
  return r.rows.map((x) => x.tablename);
}

describe('migrations', () => {
  it('a fresh database gets every migration; a second run changes nothing', async () => {
    const database = await openDatabase({ memory: true });
    const db = database.pglite!;
    const factory = database.adapter;
    const all = (await loadMigrations()).migrationDirectories.map((d) => d.path);
    expect(await applyMigrations(factory)).toEqual(all);
    const before = await tables(db);
    expect(before).toEqual(expect.arrayContaining(['members', 'staff_roles', 'audit_log', '_prisma_migrations']));
    expect(await applyMigrations(factory)).toEqual([]);
    expect(await tables(db)).toEqual(before);
    expect(await migrationStatus(factory)).toEqual({ applied: all, pending: [] });
    await database.close();
  });

  it('a failing migration leaves the database as it was, says which one, and can be retried once fixed', async () => {
    const dir = path.join(tmp, 'migrations');
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const bad = path.join(dir, '99990101000000_broken');
    mkdirSync(bad);
    // The first statement would succeed; the second fails: neither may remain.
    writeFileSync(path.join(bad, 'migration.sql'), 'CREATE TABLE "half_done" (id INT);\nALTER TABLE "no_such_table" ADD COLUMN x INT;\n');
    // The production path: the database the bot opens (its adapter-pg), already migrated.
    const database = await testDatabase();
    const factory = database.adapter;
    const tables = async () =>
      (await database.prisma.$queryRawUnsafe<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname='public' ORDER BY 1`)).map((r) => r.tablename);
    const before = await tables();
    const err = await applyMigrations(factory, { migrationsDir: dir }).catch((e) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect(err.migration).toBe('99990101000000_broken');
    expect(err.message).toContain('99990101000000_broken');
    expect(await tables()).toEqual(before);
    expect((await migrationStatus(factory, dir)).pending).toEqual(['99990101000000_broken']);

    writeFileSync(path.join(bad, 'migration.sql'), 'CREATE TABLE "half_done" (id INT);\n');
    expect(await applyMigrations(factory, { migrationsDir: dir })).toEqual(['99990101000000_broken']);
    expect(await tables()).toContain('half_done');
    await database.close();
  });

  it('the committed migrations match the schema (run `npm run migrate:new -- name` after a schema change)', async () => {
    const db = new PGlite();
    expect(await diffMigrationsToSchema(new PrismaPGlite(db))).toBe('');
    await db.close();
  });

  it('the test database (PGlite or TEST_DATABASE_URL) is migrated', async () => {
    const db = await testDatabase();
    const s = await migrationStatus(db.adapter);
    expect(s.pending).toEqual([]);
    await db.close();
  });
});
