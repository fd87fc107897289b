import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/knowledge/analyzer.js';
import { createEngine } from '../../src/knowledge/engine.js';
import { parseKb } from '../../src/knowledge/format.js';
import { SEED_FILE } from '../../src/knowledge/service.js';

const terms = (lang: 'en' | 'de' | 'zh', q: string) => createAnalyzer(lang).units(q).map((u) => u.alts[0]!.term);

describe('analysis of rough member questions', () => {
  it('question words become language-neutral terms; what/how/why stay stopwords', () => {
    expect(terms('en', 'who gets the card')).toContain('qwho');
    expect(terms('de', 'wer bekommt die karte')).toContain('qwho');
    expect(terms('de', 'wann kommt die belohnung')).toContain('qwhen');
    expect(createAnalyzer('zh').terms('奖励什么时候发')).toContain('qwhen');
    expect(terms('en', 'what is this how why')).toEqual([]);
  });

  it('emphasis and emotion are filler, not topic', () => {
    expect(terms('en', 'dude seriously is my money safe')).toEqual(terms('en', 'is my money safe'));
    expect(terms('de', 'habt ihr überhaupt ernsthaft einfach geld')).toEqual(terms('de', 'geld'));
  });

  it('a domain thesaurus maps everyday words to the knowledge base’s', () => {
    expect(terms('en', 'did the boss say sorry')).toEqual(terms('en', 'did the ceo apologise'));
    expect(terms('de', 'ist okex pleite')).toEqual(terms('de', 'ist okex insolvent'));
    expect(terms('en', 'my friend told me you stole the money')).toEqual(terms('en', 'you stole the money'));
    expect(createAnalyzer('zh').terms('听说okex到底被黑了')).toEqual(createAnalyzer('zh').terms('okex被黑了'));
    expect(createAnalyzer('zh').terms('老板道歉了吗')).toEqual(createAnalyzer('zh').terms('ceo道歉了吗'));
  });
});

describe('shipped knowledge base on long and rough questions', () => {
  const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
  const engine = createEngine(parsed.ok ? parsed.entries : []);

  it.each([
    ['en', 'ok so honestly im losing sleep over this, all my savings are sitting on that exchange, is my money still safe', 'funds-safe'],
    ['de', 'ich dreh echt durch, mein komplettes geld liegt da drauf und keiner sagt was, ist mein geld noch sicher', 'funds-safe'],
    ['zh', '我真的快急死了，全部积蓄都放在上面，我的钱到底安全吗', 'funds-safe'],
  ] as const)('emotional story around a covered question is still answered (%s)', (lang, q, id) => {
    const r = engine.search(q, { fallbackLang: lang });
    expect(r.outcome).toBe('sure');
    expect(r.candidates[0]!.entryId).toBe(id);
  });

  it('a question known only through a typo guess is never answered outright', () => {
    expect(engine.search('wien', { fallbackLang: 'de' }).outcome).not.toBe('sure');
  });
});
