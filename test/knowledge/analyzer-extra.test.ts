import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/knowledge/analyzer.js';
import { joinSeparable, participleForms } from '../../src/knowledge/de-verbs.js';
import { createEngine } from '../../src/knowledge/engine.js';
import { parseKb } from '../../src/knowledge/format.js';
import { SEED_FILE } from '../../src/knowledge/service.js';

const known = (p: string, s: string) => ['auszahlen', 'abheben', 'offenlegen', 'freigeben'].includes(`${p}${s}en`);
const terms = (lang: 'en' | 'de' | 'zh', q: string, dict: string[] = []) => createAnalyzer(lang, dict).units(q).map((u) => u.alts.map((a) => a.term));

describe('German separable verbs and participles', () => {
  it.each([
    ['zahlt okex jetzt wieder aus?', 'auszahlen okex jetzt wieder?'],
    ['warum legt ihr nicht alle adressen offen', 'warum offenlegen ihr nicht alle adressen'],
    ['wann gibt okex die auszahlungen frei', 'wann freigeben okex die auszahlungen'],
    ['hebt man das geld ab, oder nicht', 'abheben man das geld, oder nicht'],
  ])('%s', (q, want) => {
    const ws = (s: string) => s.match(/\p{L}+/gu);
    expect(ws(joinSeparable(q, known))).toEqual(ws(want));
  });

  it('leaves a clause alone when the joined verb is unknown or there is no particle', () => {
    expect(joinSeparable('sieht das gut aus', known)).toBe('sieht das gut aus');
    expect(joinSeparable('ist mein geld sicher', known)).toBe('ist mein geld sicher');
  });

  it('participles meet their infinitives', () => {
    expect(participleForms('gehalten')).toEqual(['halten']);
    expect(participleForms('eingezahlt')).toEqual(['einzahlen']);
    expect(participleForms('gehandelt')).toEqual(['handeln']);
    expect(participleForms('geld')).toEqual([]);
  });
});

describe('code-switching and member details', () => {
  it('English exchange words in German map to the German terms', () => {
    expect(terms('de', 'fee rebate card').map((a) => a[0])).toEqual(terms('de', 'gebühr rabatt karte').map((a) => a[0]));
  });
  it('English exchange words in Chinese map to the Chinese ones', () => {
    expect(createAnalyzer('zh').terms('rebate card什么时候发')).toEqual(createAnalyzer('zh').terms('返佣卡什么时候发'));
  });
  it("a member's amounts and dates the base never writes are dropped; its own numbers stay", () => {
    expect(terms('en', 'i had 12k usdt, do i get the card', ['10000', 'usdt', 'card']).flat()).not.toContain('12k');
    expect(terms('en', 'is it over 10000 usdt', ['10000', 'usdt']).flat()).toContain('10000');
  });
});

describe('shipped base: rough German and code-switching reach the entry', () => {
  const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
  const engine = createEngine(parsed.ok ? parsed.entries : []);
  it.each([
    ['de', 'gebt ihr die auszahlungen jetzt wieder frei', 'withdrawals-resumed'],
    ['de', 'ab wann gilt die rebate card, welches guthaben', null],
    ['de', 'ich hab in der sperrzeit nur eingezahlt, steht mir dann auch eine belohnung zu', 'rewards-happy-friday-eligible'],
    ['en', 'can i withdraw yet', 'withdrawals-resumed'],
    ['en', 'can i withdraw now', 'withdrawals-resumed'],
  ] as const)('%s: %s', (lang, q, id) => {
    const r = engine.search(q, { lang });
    expect(r.outcome).toBe('sure');
    if (id) expect(r.candidates[0]!.entryId).toBe(id);
  });
});

describe('Traditional Chinese', () => {
  it('folds to Simplified on the question side', () => {
    expect(createAnalyzer('zh').terms('提幣恢復了嗎')).toEqual(createAnalyzer('zh').terms('提币恢复了吗'));
    expect(createAnalyzer('zh').terms('私鑰有備份嗎')).toEqual(createAnalyzer('zh').terms('私钥有备份吗'));
  });
  const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
  const engine = createEngine(parsed.ok ? parsed.entries : []);
  it.each([
    ['我的錢安全嗎', 'funds-safe'],
    ['熱錢包是多簽嗎', 'keys-multisig'],
    ['okex是不是因為洗錢被調查', 'aml-rumour'],
    ['怎麼聯繫客服', 'contact-support'],
  ])('%s → %s', (q, id) => {
    const r = engine.search(q, { lang: 'zh' });
    expect(r.outcome).toBe('sure');
    expect(r.candidates[0]!.entryId).toBe(id);
  });
});

describe('formal register', () => {
  const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
  const engine = createEngine(parsed.ok ? parsed.entries : []);
  it.each([
    ['de', 'Sehr geehrte Damen und Herren, können Sie mir bitte mitteilen, ob meine Gelder bei Ihnen sicher sind?', 'funds-safe'],
    ['de', 'Haben Sie einen Plan für mehr Transparenz bei Ihren Wallet-Adressen?', 'transparency-plan'],
    ['en', 'Kindly advise how the private keys are being managed going forward.', 'keys-process'],
    ['en', 'Dear team, could you kindly confirm whether customer assets remained secure during the suspension?', 'funds-safe'],
  ] as const)('%s: %s', (lang, q, id) => {
    const r = engine.search(q, { lang });
    expect(r.outcome).toBe('sure');
    expect(r.candidates[0]!.entryId).toBe(id);
  });
});

describe('German umlaut plurals', () => {
  it('"Kanäle" also meets "Kanal"', () => {
    expect(terms('de', 'kanäle').flat()).toEqual(expect.arrayContaining(terms('de', 'kanal').flat()));
  });
});
