import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { openSchemaEngine, type SchemaFile } from './schema-engine.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_DIR = path.join(root, 'prisma/schema');
export const MIGRATIONS_DIR = path.join(root, 'prisma/migrations');
const noFilters = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export async function loadSchemaFiles(dir = SCHEMA_DIR): Promise<SchemaFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.prisma')).sort();
  return Promise.all(names.map(async (n) => ({ path: path.join(dir, n), content: await readFile(path.join(dir, n), 'utf8') })));
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const content = existsSync(file)
        ? { tag: 'ok' as const, value: await readFile(file, 'utf8') }
        : { tag: 'error' as const, value: `missing ${file}` };
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories,
  } as MigrationList;
}

/**
 * Applies the pending migrations with Prisma's schema engine and records them in Prisma's
 * `_prisma_migrations` table, so `prisma migrate deploy` on a connected machine sees the same
 * history. Each migration runs as one script: PostgreSQL runs a multi-statement script in one
 * implicit transaction, so a failing migration changes no table. Its failed record is then
 * marked rolled back so that the next start tries again once the migration is fixed.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opts: { migrationsDir?: string; schemaDir?: string } = {},
): Promise<string[]> {
  // Fast path for every start but the first after an upgrade: nothing pending, so the schema
  // engine (a large WebAssembly module that would stay in memory) is not loaded at all.
  const status = await migrationStatus(factory, opts.migrationsDir).catch(() => undefined);
  if (status && status.applied.length && !status.pending.length) return [];
  const schema = await loadSchemaFiles(opts.schemaDir);
  const migrationsList = await loadMigrations(opts.migrationsDir);
  const engine = await openSchemaEngine(schema, atomicScripts(factory));
  try {
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  } catch (err) {
    const failed = await failedMigration(factory);
    if (failed) {
      await engine.markMigrationRolledBack({ migrationName: failed }).catch(() => {});
    }
    throw new MigrationError(
      `migration ${failed ?? '(unknown)'} failed, database left as it was: ${firstLine(err)}`,
      failed,
    );
  } finally {
    engine.free();
  }
}

/**
 * adapter-pg runs a script by splitting it on ";" and sending the pieces one by one: a migration
 * that fails half-way leaves half its tables behind (and a ";" inside a string breaks it). Sent
 * whole, PostgreSQL's simple-query protocol runs the script as one implicit transaction: all or
 * nothing. (Statements that cannot run in a transaction, like CREATE INDEX CONCURRENTLY, do not
 * belong in these migrations.)
 */
function atomicScripts(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  type Conn = Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory['connect']>>;
  const wrap = (conn: Conn): Conn => {
    const client = (conn as unknown as { client?: { query(sql: string): Promise<unknown> } }).client;
    const onError = (conn as unknown as { onError?: (e: unknown) => never }).onError?.bind(conn);
    if (!client || !onError) return conn;
    return new Proxy(conn, {
      get(target, prop, receiver) {
        if (prop === 'executeScript') {
          return async (script: string) => {
            try {
              await client.query(script);
            } catch (e) {
              onError(e);
            }
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === 'connect') return async () => wrap(await target.connect());
      if (prop === 'connectToShadowDb') return async () => wrap(await target.connectToShadowDb());
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function failedMigration(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string | undefined> {
  const adapter = await factory.connect();
  try {
    const res = await adapter.queryRaw({
      sql: `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1`,
      args: [],
      argTypes: [],
    });
    return res.rows[0]?.[0] as string | undefined;
  } catch {
    return undefined;
  } finally {
    await adapter.dispose();
  }
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

export async function migrationStatus(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir = MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const list = await loadMigrations(migrationsDir);
  const adapter = await factory.connect();
  let applied: string[] = [];
  try {
    const res = await adapter.queryRaw({
      sql: `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      args: [],
      argTypes: [],
    });
    applied = res.rows.map((r) => r[0] as string);
  } catch {
    applied = [];
  } finally {
    await adapter.dispose();
  }
  const pending = list.migrationDirectories.map((d) => d.path).filter((n) => !applied.includes(n));
  return { applied, pending };
}

/** SQL that takes the database described by the committed migrations to the current schema ('' when in sync). */
export async function diffMigrationsToSchema(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const schema = await loadSchemaFiles();
  const migrations = await loadMigrations();
  const engine = await openSchemaEngine(schema, factory);
  try {
    const from = migrations.migrationDirectories.length
      ? { tag: 'migrations' as const, ...migrations }
      : { tag: 'empty' as const };
    const res = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: schema },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = res.stdout ?? '';
    return /^\s*(--.*\n?)*\s*$/.test(sql) || sql.includes('empty migration') ? '' : sql;
  } finally {
    engine.free();
  }
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n').find((l) => l.trim()) ?? msg;
}
