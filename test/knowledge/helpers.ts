import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** A decline entry (tag decline) appended to the fixture base. */
export const DECLINE_ENTRY = `  - id: no-tax-advice
    tags: [decline]
    related: []
    texts:
      en: { title: "Not answered: tax", questions: ["do i have to pay tax on the rebate card", "is the reward taxable", "tax on crypto gains"], answer: "I cannot give tax advice." }
      de: { title: "Nicht beantwortet: Steuern", questions: ["muss ich die rabattkarte versteuern", "sind die belohnungen steuerpflichtig"], answer: "Ich kann keine Steuerberatung geben." }
      zh: { title: "不回答：税务", questions: ["返佣卡要交税吗", "奖励要交税吗"], answer: "我无法提供税务建议。" }
`;

/** The fixture base with DECLINE_ENTRY appended, as a file (for KB_SEED_FILE). */
export function fixtureWithDecline(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kb-')), 'kb.yaml');
  writeFileSync(file, `${fixtureText().trimEnd()}\n${DECLINE_ENTRY}`);
  return file;
}
