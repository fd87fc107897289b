import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemDe } from '@orama/stemmers/german';
import type { KbLang } from './types.js';
import { STOP, ZH_STOP } from './lang.js';
import { MORE_DE_PARTS, MORE_STOP_DE, MORE_STOP_EN, MORE_SYNONYMS, NOT_STOP_EN, MORE_ZH_FILLER, MORE_ZH_SYNONYMS } from './thesaurus.js';
import { joinSeparable, participleForms } from './de-verbs.js';
import { toSimplified } from './zh-trad.js';
import { fromCantonese, standardWord } from './dialects.js';

/** One thing the member asked about: covered when the entry holds any of its alternative terms. */
export interface QueryUnit {
  surface: string;
  alts: { term: string; credit: number }[];
}

/**
 * Domain thesaurus: words members use for the same thing map to one term (on stems, so every
 * inflection follows). General vocabulary of an exchange's support desk, not tuned to questions.
 */
const SYNONYMS: Record<'en' | 'de', string[][]> = {
  en: [
    ['funds', 'fund', 'money', 'asset', 'coins', 'coin', 'crypto', 'balance', 'savings', 'holdings', 'cash'],
    ['safe', 'secure', 'safety', 'security', 'protected', 'protection', 'worried', 'worry', 'scared', 'afraid', 'panic'],
    ['withdrawal', 'withdraw', 'withdrawl', 'withdrawals', 'cashout', 'payout', 'withdrawing'],
    ['pause', 'suspend', 'suspension', 'freeze', 'froze', 'frozen', 'halt', 'stop', 'stopped', 'block', 'blocked'],
    ['resume', 'reopen', 'restart', 'restore', 'enabled'],
    ['staff', 'admin', 'moderator', 'mod', 'mods', 'employee', 'official', 'team'],
    ['reward', 'compensation', 'compensate', 'bonus', 'incentive', 'airdrop'],
    ['rebate', 'cashback', 'refund', 'voucher'],
    ['seed', 'mnemonic'],
    ['2fa', 'authenticator', 'otp'],
    ['laundering', 'aml'],
    ['support', 'helpdesk', 'cs'],
    ['hack', 'hacked', 'exploit', 'stolen', 'stole', 'steal', 'stealing'],
    ['ceo', 'boss', 'chief', 'bosses'],
    ['apologise', 'apologize', 'apology', 'apologies', 'apologised', 'apologized', 'sorry'],
    ['bankrupt', 'bankruptcy', 'insolvent', 'insolvency', 'broke', 'bust', 'collapse', 'collapsing', 'defunct'],
    ['incident', 'mess', 'chaos', 'drama', 'fiasco', 'disaster', 'debacle', 'situation'],
    ['problem', 'issue', 'bug', 'glitch', 'error', 'fault', 'broken', 'malfunction'],
    ['single', 'sole', 'alone', 'solely', 'singl'],
    ['publish', 'disclose', 'reveal', 'public', 'published', 'disclosed'],
  ],
  de: [
    ['geld', 'gelder', 'guthaben', 'vermoegen', 'kundengelder', 'coins', 'krypto', 'assets', 'kohle'],
    ['auszahlung', 'auszahlen', 'abhebung', 'abheben', 'withdrawal', 'withdraw'],
    ['pause', 'sperre', 'gesperrt', 'sperrung', 'stopp', 'gestoppt', 'ausgesetzt', 'aussetzung', 'unterbrechung', 'eingefroren', 'stillstand'],
    ['sicherung', 'backup', 'sicherungskopie', 'backups'],
    ['sicher', 'sicherheit', 'angst', 'sorge', 'sorgen', 'besorgt', 'panik'],
    ['mitarbeiter', 'admin', 'moderator', 'mod', 'mods', 'team', 'offizielle', 'angestellte'],
    ['belohnung', 'praemie', 'bonus', 'entschaedigung', 'kompensation', 'anreiz', 'verguetung', 'airdrop'],
    ['rabatt', 'rueckerstattung', 'erstattung', 'cashback', 'gutschein'],
    ['seed', 'seedphrase', 'wiederherstellungsphrase', 'mnemonic'],
    ['2fa', 'authenticator', 'otp'],
    ['geldwaesche', 'aml'],
    ['kundenservice', 'kundendienst', 'support', 'kundensupport', 'service'],
    ['hack', 'gehackt', 'hacker', 'gestohlen', 'geklaut', 'verzockt', 'veruntreut'],
    ['ceo', 'chef', 'boss', 'geschaeftsfuehrer', 'firmenchef'],
    ['entschuldigung', 'entschuldigen', 'entschuldigt', 'entschuldigte', 'sorry', 'verzeihung'],
    ['pleite', 'insolvent', 'insolvenz', 'bankrott', 'konkurs', 'zahlungsunfaehig'],
    ['vorfall', 'chaos', 'drama', 'desaster', 'theater', 'debakel', 'schlamassel'],
    ['problem', 'fehler', 'kaputt', 'bug', 'panne', 'defekt', 'stoerung', 'probleme'],
    ['einzeln', 'einzig', 'einziger', 'einzige', 'allein', 'alleine', 'einzelne', 'einzelner'],
    ['veroeffentlichen', 'offenlegen', 'offengelegt', 'veroeffentlicht', 'publik', 'oeffentlich'],
  ],
};

const ZH_SYNONYMS: [RegExp, string][] = [
  [/提现|出金|取款|提款|提币/g, '提币'],
  [/多重签名|多签名|多重簽名/g, '多签'],
  [/谷歌验证器?|二次验证|双重验证|两步验证|身份验证器|验证码/g, '2fa'],
  [/种子词|助记码|恢复短语/g, '助记词'],
  [/客户服务|客服人员|在线客服/g, '客服'],
  [/中止|停止/g, '暂停'],
  [/老板|总裁|首席执行官/g, 'ceo'],
  [/完蛋|倒闭|暴雷|爆雷|破产|资不抵债/g, '破产'],
  [/卷款|卷走|卷钱|跑路/g, '跑路'],
  [/致歉|赔不是|说对不起/g, '道歉'],
  [/赔偿/g, '补偿'],
];

/** Words a German compound may be made of, besides the knowledge base's own words. */
const DE_PARTS = `auszahlung pause schluessel karte rabatt provision programm belohnung geld waesche kunde kunden service dienst sicherung kopie plan transparenz
inhaber halter adresse adressen wallet gebuehr gebuehren fonds anreiz freitag konto sicherheit seite management verwaltung haupt privat schritt schritte
betrieb handel vertrag vertrags gabel fork team mitarbeiter support phrase code nachricht zahlung steuer datum stichtag`.split(/\s+/);

/**
 * Question words (who / when / where) are stopwords, yet they tell "who gets the card" from "what
 * is the card" and "wann kommt die Belohnung" from "welche Belohnung gibt es". They become one
 * language-neutral term each, on both the index and the question side, so idf weighs them like
 * any other word (low where many entries use them). `how`, `what`, `why` stay stopwords: nearly
 * every paraphrase has one.
 */
const QUESTION_WORDS: Record<KbLang, Record<string, string>> = {
  en: { who: 'qwho', whom: 'qwho', whose: 'qwho', whos: 'qwho', when: 'qwhen', where: 'qwhere', wheres: 'qwhere' },
  de: { wer: 'qwho', wen: 'qwho', wem: 'qwho', wann: 'qwhen', wo: 'qwhere', wohin: 'qwhere', woher: 'qwhere' },
  zh: {},
};
const ZH_QUESTION_WORDS: [RegExp, string][] = [
  [/谁/g, ' qwho '],
  [/什么时候|啥时候|何时|几时|多久/g, ' qwhen '],
  [/哪里|哪儿|在哪|去哪/g, ' qwhere '],
];

/**
 * Chinese hearsay and emphasis ("听说", "网上说", "到底", "居然"): story around the question, removed
 * on both sides like the stopwords of the other languages. "有人说" stays: someone saying something
 * to a member is itself the topic of the scam entries.
 */
const ZH_FILLER = /听说|网上说|网上传|朋友说|到底|究竟|简直|居然|竟然/g;

function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/multi[\s-]?sig(?:nature)?s?/g, 'multisig')
    .replace(/(\d)[,.'’ ](\d{3})(?!\d)/g, '$1$2')
    .replace(/(\p{L})'(\p{L})/gu, '$1$2');
}

function foldDe(w: string): string {
  return w.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
}

export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Analyzer {
  lang: KbLang;
  /** Index side: the terms of a text (stems, compound parts, character bigrams). */
  terms(text: string): string[];
  /** Query side: what the question asks about, before typo correction. */
  units(text: string): QueryUnit[];
  /** Both of the above in one pass (index build: every paraphrase is both indexed and weighed). */
  analyze(text: string): { terms: string[]; units: QueryUnit[] };
}

/** Builds the analyzer of one language; German uses `dictionary` to split compounds. */
export function createAnalyzer(lang: KbLang, dictionary: Iterable<string> = []): Analyzer {
  if (lang === 'zh') return zhAnalyzer();
  const stem = lang === 'en' ? stemEn : stemDe;
  const stop = new Set([...STOP[lang], ...(lang === 'de' ? MORE_STOP_DE : MORE_STOP_EN)].filter((w) => !NOT_STOP_EN.includes(w)));
  const canon = new Map<string, string>();
  for (const group of [...SYNONYMS[lang], ...MORE_SYNONYMS[lang]]) {
    const target = stem(group[0]!);
    for (const w of group) canon.set(stem(w), target);
  }
  const dict = new Set<string>(lang === 'de' ? [...DE_PARTS, ...MORE_DE_PARTS] : []);
  // Numbers the knowledge base never writes (a member's "12k", "23.11.") are the member's own
  // details: they cannot match an entry and would weigh against every one, so they are dropped.
  const numbers = new Set<string>();
  for (const w of dictionary) {
    if (lang === 'de' && w.length >= 4) dict.add(foldDe(w));
    if (/\d\d/.test(w)) numbers.add(w);
  }
  const knownWord = (w: string) => dict.has(foldDe(w)) || canon.has(stem(foldDe(w)));
  const knownVerb = (p: string, s: string) => [`${p}${s}en`, `${p}${s}n`, `${p}ge${s}t`, `${p}ge${s}en`].some(knownWord);
  const cache = new Map<string, string[]>();

  const stemOf = (w: string) => {
    const s = stem(w);
    return canon.get(s) ?? s;
  };
  /** German compound → parts (longest known head first), or null. */
  function split(w: string, depth = 0): string[] | null {
    if (depth > 3 || w.length < 8) return null;
    for (let i = w.length - 4; i >= 4; i--) {
      let head = w.slice(0, i);
      const tail = w.slice(i);
      if (!dict.has(head) && /(s|es|n|en)$/.test(head)) {
        const bare = head.replace(/(es|en|s|n)$/, '');
        if (dict.has(bare)) head = bare;
      }
      if (!dict.has(head)) continue;
      if (dict.has(tail)) return [head, tail];
      const rest = split(tail, depth + 1);
      if (rest) return [head, ...rest];
    }
    return null;
  }
  /** The terms of one word: its stem, and for a German compound also its parts' stems. */
  function wordTerms(raw: string): string[] {
    const hit = cache.get(raw);
    if (hit) return hit;
    const asked = QUESTION_WORDS[lang][raw];
    if (asked) return [asked];
    const w = lang === 'de' ? foldDe(raw) : raw;
    const out = [stemOf(w)];
    // German umlaut plurals ("Kanäle", "Verträge") also meet their singular ("Kanal", "Vertrag").
    const bare = lang === 'de' && /ae|oe|ue/.test(w) ? [w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')] : [];
    if (lang === 'de') for (const p of [...(split(w) ?? []), ...participleForms(w), ...bare]) out.push(stemOf(p));
    if (cache.size < 50_000) cache.set(raw, out);
    return out;
  }
  const amount = (w: string) => /^\d+(k|m|u|usdt|btc|eth)?$/.test(w);
  const keep = (w: string) => (!stop.has(w) || QUESTION_WORDS[lang][w] !== undefined) && (amount(w) ? numbers.has(w) || !numbers.size : w.length > 1 || /\d/.test(w));
  function analyze(text: string, wantTerms: boolean, wantUnits: boolean) {
    const terms: string[] = [];
    const units: QueryUnit[] = [];
    const seen = new Set<string>();
    for (const raw of words(lang === 'de' ? joinSeparable(text, knownVerb) : text)) {
      const w = standardWord(lang, raw);
      if (!w || !keep(w)) continue;
      const wt = wordTerms(w);
      if (wantTerms) terms.push(...wt);
      if (!wantUnits) continue;
      const [whole, ...parts] = wt;
      if (seen.has(whole!)) continue;
      seen.add(whole!);
      units.push({ surface: w, alts: [{ term: whole!, credit: 1 }, ...parts.map((p) => ({ term: p, credit: 0.8 }))] });
    }
    return { terms, units };
  }
  return {
    lang,
    terms: (text) => analyze(text, true, false).terms,
    units: (text) => analyze(text, false, true).units,
    analyze: (text) => analyze(text, true, true),
  };
}

function zhAnalyzer(): Analyzer {
  const prep = (text: string) => {
    let s = fromCantonese(toSimplified(fold(text)));
    for (const [re, to] of [...MORE_ZH_SYNONYMS, ...ZH_SYNONYMS]) s = s.replace(re, to);
    for (const [re, to] of ZH_QUESTION_WORDS) s = s.replace(re, to);
    s = s.replace(MORE_ZH_FILLER, ' ').replace(ZH_FILLER, ' ');
    return s;
  };
  const runs = (s: string) => s.match(/\p{Script=Han}+|[a-z0-9]+/gu) ?? [];
  const isHan = (r: string) => /\p{Script=Han}/u.test(r);
  function analyze(text: string, wantTerms: boolean, wantUnits: boolean) {
    const terms: string[] = [];
    const units: QueryUnit[] = [];
    const seen = new Set<string>();
    for (const r of runs(prep(text))) {
      if (!isHan(r)) {
        if (STOP.en.has(r)) continue;
        const stem = stemEn(r);
        if (wantTerms) terms.push(stem);
        if (!wantUnits || seen.has(r)) continue;
        seen.add(r);
        units.push({ surface: r, alts: [{ term: stem, credit: 1 }] });
        continue;
      }
      const chars = [...r];
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i]!;
        if (wantTerms) {
          if (i + 1 < chars.length) terms.push(c + chars[i + 1]!);
          if (!ZH_STOP.has(c)) terms.push(c);
        }
        if (!wantUnits || ZH_STOP.has(c)) continue;
        const alts: QueryUnit['alts'] = [];
        if (i > 0) alts.push({ term: chars[i - 1]! + c, credit: 1 });
        if (i + 1 < chars.length) alts.push({ term: c + chars[i + 1]!, credit: 1 });
        alts.push({ term: c, credit: 0.5 });
        const key = alts.map((a) => a.term).join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        units.push({ surface: c, alts });
      }
    }
    return { terms, units };
  }
  return {
    lang: 'zh',
    terms: (text) => analyze(text, true, false).terms,
    units: (text) => analyze(text, false, true).units,
    analyze: (text) => analyze(text, true, true),
  };
}
