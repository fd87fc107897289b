import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/knowledge/engine.js';
import { parseKb } from '../../src/knowledge/format.js';
import { SEED_FILE } from '../../src/knowledge/service.js';
import { entrySpeaksOf, isChitchat, outOfScope } from '../../src/knowledge/scope.js';
import type { KbEntry } from '../../src/knowledge/types.js';

describe('out-of-scope kinds', () => {
  it.each([
    ['en', 'whats the withdrawal fee for usdt', 1],
    ['en', 'binance or okex which one is better', 2],
    ['en', 'what is a stop loss', 1],
    ['de', 'wann mond', 1],
    ['de', 'wie hoch sind die auszahlungsgebühren', 1],
    ['zh', '币安和okex哪个好', 2],
    ['zh', 'USDT提币手续费多少', 1],
  ] as const)('%s: %s → %i kinds', (lang, q, n) => {
    expect(outOfScope(q, lang)).toHaveLength(n);
  });

  it.each([
    ['en', 'is there a fee rebate card?'],
    ['en', 'how much of the contract fees go into the incentive fund'],
    ['de', 'wer bekommt die provisionsrabattkarte'],
    ['zh', '我的币安全吗'],
    ['zh', '手续费返佣卡有多少'],
  ] as const)('in scope stays clean, %s: %s', (lang, q) => {
    expect(outOfScope(q, lang)).toEqual([]);
  });

  it('an entry that itself speaks of the phrase is not penalised', () => {
    const entry = { id: 'x', texts: { en: { title: 'Fees', questions: ['what is the withdrawal fee'], answer: 'a' } } } as unknown as KbEntry;
    const [off] = outOfScope('whats the withdrawal fee for usdt', 'en');
    expect(entrySpeaksOf(entry, 'en', off!)).toBe(true);
    expect(entrySpeaksOf(entry, 'en', outOfScope('binance vs okex', 'en')[0]!)).toBe(false);
  });

  it.each([
    ['en', 'gm everyone', true],
    ['de', 'guten morgen zusammen!', true],
    ['zh', '大家好', true],
    ['en', 'hi is my money safe', false],
    ['zh', '大家好，提币恢复了吗', false],
  ] as const)('chit-chat %s: %s → %s', (lang, q, yes) => {
    expect(isChitchat(q, lang)).toBe(yes);
  });
});

describe('shipped knowledge base declines what is not its business', () => {
  const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
  const engine = createEngine(parsed.ok ? parsed.entries : []);
  it.each([
    ['en', 'what is a stop loss and how do i set one'],
    ['de', 'wann mond'],
    ['zh', '币安和okex哪个好'],
    ['en', 'whats the maker taker fee'],
    ['de', 'wie hoch sind die auszahlungsgebühren für btc'],
    ['zh', '大家好'],
  ] as const)('%s: %s', (lang, q) => {
    expect(engine.search(q, { fallbackLang: lang }).outcome).not.toBe('sure');
  });
});
