import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseKb } from '../../src/knowledge/format.js';
import type { KbEntry } from '../../src/knowledge/types.js';

export const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/kb.yaml');
export const fixtureText = () => readFileSync(FIXTURE, 'utf8');
export function fixtureEntries(): KbEntry[] {
  const r = parseKb(fixtureText());
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.entries;
}
/** Env for a test bot whose knowledge base is seeded from the fixture. */
export const KB_ENV = { KB_SEED_FILE: FIXTURE };
