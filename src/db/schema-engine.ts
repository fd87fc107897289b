import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Prisma's own schema engine (the one behind `prisma migrate`), compiled to WebAssembly.
 * The package imports its .wasm as an ES module, which Node 20 does not do without a flag,
 * so the glue is loaded and the module instantiated here by hand. Loaded once per process.
 */
let glue: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

async function loadGlue() {
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
  const bytes = await readFile(wasmPath);
  const wasmApi = (globalThis as unknown as { WebAssembly: { instantiate(b: Uint8Array, i: object): Promise<{ instance: { exports: Record<string, unknown> } }> } }).WebAssembly;
  const { instance } = await wasmApi.instantiate(bytes, { './schema_engine_bg.js': bg });
  (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** Opens a schema engine that talks to the database through a Prisma driver adapter factory. */
export async function openSchemaEngine(
  schemaFiles: SchemaFile[],
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (line: string) => void = () => {},
): Promise<SchemaEngine> {
  glue ??= loadGlue();
  const bg = await glue;
  const datamodels = schemaFiles.map((f) => [f.path, f.content] as [string, string]);
  return bg.SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}
