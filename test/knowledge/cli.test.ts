import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { runCli } from '../../src/cli/run.js';
import { knowledgeCli } from '../../src/knowledge/cli.js';
import { SEED_FILE } from '../../src/knowledge/service.js';
import type { Database } from '../../src/db/client.js';
import { FIXTURE, fixtureText } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-cli-'));
async function cli(argv: string[], stdin = '', env: Record<string, string> = { KB_SEED_FILE: FIXTURE }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { LOG_LEVEL: 'silent', ...env }, io: { out: (l) => out.push(l), err: (l) => err.push(l), stdin: async () => stdin }, commands: knowledgeCli, database: db });
  return { code, out, err };
}

describe('kb CLI', () => {
  it('validate: OK, or every problem with file:line and exit 1', async () => {
    expect(await cli(['kb', 'validate', FIXTURE])).toMatchObject({ code: 0, out: [expect.stringMatching(/^OK: \d+ entries$/)] });
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, fixtureText().replace('id: key-backup', 'id: key_backup'));
    const r = await cli(['kb', 'validate', bad]);
    const line = fixtureText().split('\n').findIndex((l) => l.includes('id: key-backup')) + 1;
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`${bad}:${line}: id must be kebab-case`);
  });

  it('import: a broken file changes nothing; a good one is versioned and audited; export round-trips', async () => {
    await cli(['kb', 'import', FIXTURE, '--as', '9001']);
    const count = await db.prisma.kbEntry.count();
    const versions = await db.prisma.kbEntryVersion.count();
    const bad = path.join(dir, 'bad2.yaml');
    writeFileSync(bad, fixtureText().replace('Yes. All user funds were safe the whole time.', 'changed').replace('related: []', 'related: [nope]'));
    const r = await cli(['kb', 'import', bad]);
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/Nothing was changed/);
    expect(r.err.join('\n')).toMatch(/:\d+: withdrawals-resumed: related id "nope" does not exist/);
    expect(await db.prisma.kbEntry.count()).toBe(count);
    expect(await db.prisma.kbEntryVersion.count()).toBe(versions);
    expect(JSON.stringify((await db.prisma.kbEntry.findUniqueOrThrow({ where: { id: 'funds-safe' } })).texts)).toContain('safe the whole time');

    const good = path.join(dir, 'good.yaml');
    writeFileSync(good, fixtureText().replace('Yes. All user funds were safe the whole time.', 'Yes. All funds were safe.'));
    expect((await cli(['kb', 'import', good, '--as', '9001'])).out[0]).toMatch(/0 new, 1 changed, 0 deleted/);
    expect(await db.prisma.auditEntry.count({ where: { action: 'kb.import' } })).toBe(2);
    const h = await cli(['kb', 'history', 'funds-safe']);
    expect(h.out).toHaveLength(2);
    expect((await cli(['kb', 'revert', 'funds-safe', '1'])).out[0]).toBe('funds-safe restored to version 1 (now version 3).');
    const exp = await cli(['kb', 'export']);
    expect(exp.out.join('\n')).toContain('safe the whole time');
  });

  it('ask --jsonl writes exactly one JSON line per question and nothing else', async () => {
    const input = [
      { id: 'a', lang: 'en', q: 'is my money safe?' },
      { id: 'b', lang: 'de', q: 'Wann kommt der nächste Bullrun?' },
      { id: 'c', lang: 'zh', q: '为什么暂停提币' },
    ].map((x) => JSON.stringify(x)).join('\n');
    const r = await cli(['kb', 'ask', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    const rows = r.out.map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['answered', 'confidence', 'entryId', 'id', 'text']);
    expect(rows[0]).toMatchObject({ id: 'a', answered: true, entryId: 'funds-safe' });
    expect(rows[1]).toMatchObject({ id: 'b', answered: false, entryId: null });
    expect(rows[2]).toMatchObject({ id: 'c', answered: true, entryId: 'pause-why' });
  });

  it('ask --json and --lang', async () => {
    const r = await cli(['kb', 'ask', '--json', '--lang', 'de', 'ist mein geld sicher']);
    expect(JSON.parse(r.out[0]!)).toMatchObject({ answered: true, entryId: 'funds-safe', lang: 'de', outcome: 'sure' });
    expect((await cli(['kb', 'ask', '--lang', 'fr', 'x'])).code).toBe(2);
  });

  it('eval scores a file per language', async () => {
    const file = path.join(dir, 'mini.jsonl');
    writeFileSync(
      file,
      [
        { id: '1', lang: 'en', q: 'Is my money safe?', kind: 'answer', expect: ['(?i)SAFE'] },
        { id: '2', lang: 'en', q: 'Tell me a joke', kind: 'abstain' },
        { id: '3', lang: 'de', q: 'Ist mein Geld sicher?', kind: 'answer', expect: ['(?i)nie'] },
        { id: '4', lang: 'de', q: 'Mein Konto ist gesperrt', kind: 'abstain_or_support' },
      ].map((x) => JSON.stringify(x)).join('\n'),
    );
    const r = await cli(['kb', 'eval', file, '--json']);
    expect(JSON.parse(r.out[0]!)).toMatchObject({ byLang: { en: { inScope: [1, 1], outOfScope: [1, 1] }, de: { inScope: [0, 1], outOfScope: [1, 1] } }, overall: [3, 4] });
  });

  // The shipped knowledge base (written from the AMA recap) must reach the bar on the dev set and the hold-out set.
  it.skipIf(!existsSync(SEED_FILE)).each([path.resolve('../shared/eval/faq-dev.jsonl'), path.resolve('test/knowledge/eval-holdout.jsonl')].filter((f) => existsSync(f)))(
    'the shipped knowledge base reaches 90%% per language on %s',
    async (file) => {
      const r = await cli(['kb', 'eval', file, '--json', '--kb', SEED_FILE]);
      const rep = JSON.parse(r.out[0]!) as { byLang: Record<string, { inScope: [number, number]; outOfScope: [number, number] }> };
      for (const [lang, s] of Object.entries(rep.byLang)) {
        for (const [ok, n] of [s.inScope, s.outOfScope]) if (n) expect(ok / n, `${lang} ${ok}/${n}`).toBeGreaterThanOrEqual(0.9);
      }
      expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
    },
  );

  // Floors at what each set measures on the shipped knowledge base (test/knowledge/EVAL.md has every
  // run). Every set here is tuning data (L–O first chose the calibration; each of the
  // others was run once unseen, then its misses joined the base).
  const FRESH: Record<string, Record<string, [inScope: number, outOfScope: number]>> = {
    'eval-fresh-a.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-b.jsonl': { en: [0.86, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-c.jsonl': { en: [0.93, 1], de: [1, 1], zh: [1, 0.92] },
    'eval-tuning-e.jsonl': { en: [0.97, 1], de: [0.93, 1], zh: [1, 1] },
    'eval-check-f.jsonl': { en: [1, 1], de: [1, 0.85], zh: [0.94, 1] },
    'eval-fresh-d.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-g.jsonl': { en: [0.97, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-h.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-dev-l.jsonl': { en: [1, 1], de: [1, 1], zh: [0.97, 1] },
    'eval-dev-m.jsonl': { en: [0.97, 1], de: [1, 1], zh: [1, 1] },
    'eval-dev-n.jsonl': { en: [1, 1], de: [0.91, 1], zh: [0.97, 1] },
    'eval-dev-o.jsonl': { en: [1, 1], de: [0.97, 1], zh: [1, 1] },
    'eval-dev-p.jsonl': { en: [1, 0.92], de: [0.94, 1], zh: [1, 1] },
    'eval-dev-q.jsonl': { en: [0.97, 0.92], de: [1, 1], zh: [1, 0.92] },
    'eval-dev-r.jsonl': { en: [0.94, 1], de: [1, 0.85], zh: [1, 1] },
    'eval-dev-s.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-dev-t.jsonl': { en: [0.94, 1], de: [0.97, 1], zh: [0.97, 1] },
    'eval-dev-u.jsonl': { en: [1, 0.92], de: [1, 1], zh: [1, 1] },
    'eval-dev-v.jsonl': { en: [0.97, 1], de: [1, 1], zh: [1, 0.85] },
    'eval-dev-w.jsonl': { de: [1, 1], en: [1, 1], zh: [0.97, 0.92] },
    'eval-dev-x.jsonl': { en: [0.97, 1], de: [1, 1], zh: [0.97, 1] },
    'eval-dev-y.jsonl': { en: [1, 1], de: [0.97, 0.78], zh: [1, 1] },
    'eval-dev-z.jsonl': { en: [1, 0.92], de: [1, 1], zh: [1, 1] },
    'eval-dev-aa.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-dev-ab.jsonl': { en: [0.97, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-dev-ac.jsonl': { en: [1, 1], de: [0.97, 0.92], zh: [1, 1] },
    'eval-dev-ad.jsonl': { en: [0.97, 0.85], de: [0.97, 0.85], zh: [0.94, 1] },
    'eval-dev-ae.jsonl': { en: [0.97, 1], de: [0.97, 1], zh: [0.97, 1] },
    'eval-fresh-i.jsonl': { en: [1, 1], de: [0.97, 1], zh: [1, 0.92] },
    'eval-fresh-j.jsonl': { en: [1, 1], de: [1, 0.92], zh: [0.97, 1] },
    'eval-fresh-k.jsonl': { en: [1, 0.92], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-ii.jsonl': { en: [1, 1], de: [0.97, 0.85], zh: [0.97, 1] },
    'eval-fresh-jj.jsonl': { en: [0.97, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-kk.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-iii.jsonl': { en: [0.97, 1], de: [0.94, 1], zh: [1, 1] },
    'eval-fresh-jjj.jsonl': { en: [1, 1], de: [0.94, 0.92], zh: [1, 0.92] },
    'eval-fresh-kkk.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-www.jsonl': { en: [1, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-nnn.jsonl': { en: [1, 1], de: [0.97, 1], zh: [0.94, 1] },
    'eval-fresh-mmm.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-4a.jsonl': { en: [1, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-4b.jsonl': { en: [0.94, 1], de: [0.97, 0.85], zh: [1, 0.92] },
    'eval-fresh-4c.jsonl': { en: [1, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-4d.jsonl': { en: [1, 1], de: [0.97, 1], zh: [1, 1] },
    'eval-fresh-4e.jsonl': { en: [1, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-4f.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5a.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5b.jsonl': { en: [0.97, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5c.jsonl': { en: [1, 0.92], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5d.jsonl': { en: [1, 1], de: [1, 0.92], zh: [1, 1] },
    'eval-fresh-5e.jsonl': { en: [1, 1], de: [0.97, 1], zh: [1, 1] },
    'eval-fresh-5f.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5g.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-5h.jsonl': { en: [0.97, 0.92], de: [1, 1], zh: [0.97, 1] },
    'eval-fresh-6a.jsonl': { en: [0.97, 1], de: [0.97, 1], zh: [1, 1] },
    'eval-fresh-6b.jsonl': { en: [0.94, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-6c.jsonl': { en: [1, 0.92], de: [0.97, 1], zh: [1, 1] },
    'eval-fresh-6d.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
    'eval-fresh-6e.jsonl': { en: [1, 1], de: [1, 1], zh: [0.97, 1] },
    'eval-fresh-6f.jsonl': { en: [0.97, 0.92], de: [0.97, 1], zh: [1, 1] },
    'eval-fresh-6g.jsonl': { en: [1, 1], de: [1, 1], zh: [0.97, 1] },
    'eval-fresh-6h.jsonl': { en: [1, 1], de: [1, 1], zh: [1, 1] },
  };
  it.skipIf(!existsSync(SEED_FILE)).each(Object.keys(FRESH))('the shipped knowledge base holds its floor on %s', async (name) => {
    const r = await cli(['kb', 'eval', path.resolve('test/knowledge', name), '--json', '--kb', SEED_FILE]);
    const rep = JSON.parse(r.out[0]!) as { byLang: Record<string, { inScope: [number, number]; outOfScope: [number, number] }> };
    expect(Object.keys(rep.byLang).sort()).toEqual(['de', 'en', 'zh']);
    for (const [lang, s] of Object.entries(rep.byLang)) {
      const [inFloor, outFloor] = FRESH[name]![lang]!;
      expect(s.inScope[0] / s.inScope[1], `${lang} in scope ${s.inScope.join('/')}`).toBeGreaterThanOrEqual(inFloor);
      expect(s.outOfScope[0] / s.outOfScope[1], `${lang} out of scope ${s.outOfScope.join('/')}`).toBeGreaterThanOrEqual(outFloor);
    }
  });
});
