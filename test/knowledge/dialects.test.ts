import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/knowledge/engine.js';
import { parseKb } from '../../src/knowledge/format.js';
import { SEED_FILE } from '../../src/knowledge/service.js';
import { fromCantonese, standardWord } from '../../src/knowledge/dialects.js';

// Questions written for these tests, not taken from the eval sets.
const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
const engine = createEngine(parsed.ok ? parsed.entries : []);

describe('regional and informal varieties', () => {
  it('folds dialect words to the standard word, drops particles, leaves standard words alone', () => {
    expect(standardWord('de', 'nöd')).toBe('nicht');
    expect(standardWord('de', 'guthabe')).toBe('guthaben');
    expect(standardWord('en', 'abeg')).toBe('please');
    expect(standardWord('en', 'po')).toBe('');
    expect(standardWord('en', 'safe')).toBe('safe');
    expect(standardWord('zh', '嘅')).toBe('嘅');
  });

  it('reads Cantonese as Mandarin, but keeps 系 inside 联系, 关系 and 系统', () => {
    expect(fromCantonese('点解提币唔得？')).toBe('为什么提币不得？');
    expect(fromCantonese('佢系唔系CEO')).toBe('他是不是CEO');
    expect(fromCantonese('点样联系客服，系统有冇问题')).toBe('点样联系客服，系统有没有问题');
    expect(fromCantonese('我的资金安全吗')).toBe('我的资金安全吗');
  });

  it.each([
    ['de', 'isch mis gäld uf okex no sicher oder nöd', 'funds-safe'],
    ['de', 'chan i jetz wieder uszahle', 'withdrawals-resumed'],
    ['en', 'abeg una funds dey safe for okex?', 'funds-safe'],
    ['zh', '我啲钱喺OKEx仲安全唔安全？', 'funds-safe'],
    ['zh', '点解之前唔可以提币？', 'pause-what-happened|pause-why'],
  ] as const)('answers %s: %s', (lang, q, id) => {
    const r = engine.search(q, { lang });
    expect(r.outcome).toBe('sure');
    expect(r.candidates[0]!.entryId).toMatch(new RegExp(`^(${id})$`));
  });
});
