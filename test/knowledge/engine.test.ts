import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/knowledge/engine.js';
import { detectLang } from '../../src/knowledge/lang.js';
import { composeLocal } from '../../src/knowledge/answer.js';
import { parseKb } from '../../src/knowledge/format.js';
import { readFileSync } from 'node:fs';
import { t } from '../../src/bot/i18n.js';
import { fixtureEntries, fixtureWithDecline } from './helpers.js';

const engine = createEngine(fixtureEntries());
const now = new Date('2026-11-25T00:00:00Z');
const ask = (q: string, fallbackLang: 'en' | 'de' | 'zh' = 'en') => engine.search(q, { fallbackLang, now });

describe('answer engine (local)', () => {
  it.each([
    ['en', 'is my money safe??', 'funds-safe'],
    ['en', 'why did u guys stop withdrawls', 'pause-why'],
    ['de', 'ist mein guthaben noch sicher', 'funds-safe'],
    ['de', 'Warum wurden die Auszahlungen gestoppt?', 'pause-why'],
    ['zh', '我的资金安全吗', 'funds-safe'],
    ['zh', '为什么暂停提现', 'pause-why'],
  ] as const)('sure in %s: %s', (lang, q, id) => {
    const r = ask(q, lang);
    expect(r).toMatchObject({ outcome: 'sure', lang });
    expect(r.candidates[0]!.entryId).toBe(id);
  });

  it.each([
    ['en', 'what is the best leverage for trading BTC'],
    ['en', 'best leverage for withdrawal'],
    ['en', 'tell me a joke'],
    ['de', 'Wann kommt der nächste Bullrun?'],
    ['zh', '比特币明天会涨吗'],
    ['zh', '讲个笑话吧'],
  ] as const)('declines out of scope in %s: %s', (lang, q) => {
    expect(ask(q, lang).outcome).toBe('none');
  });

  it.each([
    ['en', 'staff and withdrawals'],
    ['de', 'Wallet Sicherung'],
    ['zh', '备份 资金'],
  ] as const)('is unsure between entries in %s: %s', (lang, q) => {
    const r = ask(q, lang);
    expect(r.outcome).toBe('unsure');
    expect(r.candidates.length).toBeGreaterThanOrEqual(2);
    expect(r.candidates.length).toBeLessThanOrEqual(3);
  });

  it('tolerates typos and German compounds', () => {
    expect(ask('hot walet multisgi').candidates[0]!.entryId).toBe('hot-wallet-multisig');
    const r = ask('Gibt es Sicherungskopien der Privatschlüssel?', 'de');
    expect([r.outcome, r.candidates[0]!.entryId]).toEqual(['sure', 'key-backup']);
  });

  it('answers in the language of the question, not the setting', () => {
    expect(ask('ist mein geld sicher', 'en').lang).toBe('de');
    expect(ask('我的钱安全吗', 'de').lang).toBe('zh');
    expect(ask('is my money safe', 'de').lang).toBe('en');
    expect(detectLang('BTC?', 'de')).toBe('de');
  });

  it('does not answer with an entry outside its validity window', () => {
    const r = engine.search('why did you suspend withdrawals', { fallbackLang: 'en', now: new Date('2020-11-01T00:00:00Z') });
    expect(r.candidates.map((c) => c.entryId)).not.toContain('pause-why');
  });
});

describe('decline entries (tag `decline`)', () => {
  const parsed = parseKb(readFileSync(fixtureWithDecline(), 'utf8'));
  const withDecline = createEngine(parsed.ok ? parsed.entries : []);
  const search = (q: string, lang: 'en' | 'de' | 'zh') => withDecline.search(q, { lang, now });

  it.each([
    ['en', 'do i need to pay tax on my rebate card?', 'I cannot give tax advice.'],
    ['de', 'Muss ich die Rabattkarte versteuern?', 'Ich kann keine Steuerberatung geben.'],
    ['zh', '返佣卡需要交税吗', '我无法提供税务建议。'],
  ] as const)('declines a question of its kind in %s, with its answer and the support line', (lang, q, why) => {
    const r = search(q, lang);
    expect(r).toMatchObject({ outcome: 'none', declinedBy: 'no-tax-advice', candidates: [] });
    const a = composeLocal(withDecline, r);
    expect(a).toMatchObject({ outcome: 'none', entryId: null, declinedBy: 'no-tax-advice', choices: [] });
    expect(a.text).toBe(t(lang, 'kb-declined', { answer: why }));
  });

  it('still answers the question of a real entry that shares its words, and never offers it as a choice', () => {
    const r = search('how do I get the fee rebate card', 'en');
    expect(r.outcome).toBe('sure');
    expect(r.candidates[0]!.entryId).toBe('rebate-card');
    for (const q of ['rebate card', 'tax', 'key and money', 'is my money safe']) expect(search(q, 'en').candidates.map((c) => c.entryId)).not.toContain('no-tax-advice');
  });

  it('without a decline entry the same question is not declined by it', () => {
    expect(engine.search('do i need to pay tax on my rebate card?', { lang: 'en', now }).declinedBy).toBeUndefined();
  });
});
