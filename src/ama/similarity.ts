/**
 * Local near-duplicate detection, also across languages (en/de/zh), with no model download:
 * words become features, the domain's key words become language-neutral concepts (a small
 * synonym table), Chinese text becomes concepts plus character bigrams. Two questions are
 * compared by weighted Jaccard of their features: domain nouns weigh most, question words least,
 * so "when do withdrawals resume" matches "wann werden Auszahlungen wieder aufgenommen" but not
 * "when do deposits resume".
 */
export type Features = Map<string, number>;

/** concept → [weight, words (latin, lower case, inflections listed), Chinese phrases]. */
const CONCEPTS: Record<string, [number, string[], string[]]> = {
  withdraw: [2, ['withdraw', 'withdraws', 'withdrawal', 'withdrawals', 'withdrawing', 'withdrawn', 'auszahlung', 'auszahlungen', 'abhebung', 'abhebungen', 'auszahlen', 'abheben', 'rückzug', 'auszahlungspause'], ['提币', '提现', '提款']],
  deposit: [2, ['deposit', 'deposits', 'einzahlung', 'einzahlungen', 'einzahlen'], ['充币', '充值', '存款']],
  key: [2, ['key', 'keys', 'schlüssel', 'privatschlüssel', 'schlüsselhalter', 'keyholder', 'keyholders', 'private', 'privat', 'privaten', 'privater'], ['私钥', '密钥']],
  protect: [1, ['protect', 'protects', 'protected', 'protection', 'schützen', 'schützt', 'geschützt', 'schutz'], ['保护']],
  user: [0.5, ['user', 'users', 'customer', 'customers', 'member', 'members', 'nutzer', 'benutzer', 'kunden', 'kunde', 'mitglieder'], ['用户', '客户']],
  loyal: [1, ['loyal', 'loyalty', 'treu', 'treue', 'treuen', 'loyalität'], ['忠实', '忠诚']],
  reward: [2, ['reward', 'rewards', 'belohnung', 'belohnungen', 'bonus', 'compensation', 'entschädigung', 'vergütung'], ['奖励', '补偿', '奖金']],
  wallet: [2, ['wallet', 'wallets', 'brieftasche', 'brieftaschen', 'wallets'], ['钱包']],
  hot: [1, ['hot', 'heiß'], ['热']],
  fee: [2, ['fee', 'fees', 'gebühr', 'gebühren'], ['手续费', '费用']],
  fund: [1.5, ['fund', 'funds', 'money', 'asset', 'assets', 'gelder', 'geld', 'vermögen', 'guthaben'], ['资金', '资产']],
  safe: [1.5, ['safe', 'safety', 'secure', 'security', 'sicher', 'sicherheit'], ['安全']],
  resume: [1, ['resume', 'resumes', 'resumed', 'reopen', 'reopened', 'restart', 'open', 'aufgenommen', 'aufnehmen', 'wiederaufnahme', 'wiedereröffnung', 'öffnen', 'geöffnet'], ['恢复', '重新开放', '开放']],
  pause: [1.5, ['pause', 'paused', 'suspend', 'suspended', 'suspension', 'stop', 'stopped', 'halt', 'pausiert', 'gestoppt', 'unterbrechung', 'aussetzung', 'sperre'], ['暂停', '停止']],
  token: [1.5, ['token', 'tokens', 'coin', 'coins', 'münze', 'münzen'], ['代币', '币']],
  listing: [1.5, ['list', 'listing', 'listings', 'listed', 'auflistung', 'listen'], ['上币', '上线']],
  audit: [1.5, ['audit', 'proof', 'reserves', 'transparency', 'transparent', 'transparenz', 'prüfung'], ['审计', '透明', '储备']],
  address: [1.5, ['address', 'addresses', 'adresse', 'adressen'], ['地址']],
  when: [0.3, ['when', 'wann'], ['什么时候', '何时']],
  why: [0.3, ['why', 'warum', 'wieso', 'weshalb'], ['为什么']],
  how: [0.3, ['how', 'wie'], ['如何', '怎么']],
  long: [0.5, ['long', 'lange'], ['多久']],
  future: [0.5, ['future', 'zukunft', 'zukünftig', 'later', 'später'], ['未来', '以后']],
};

const STOP = new Set(
  'a an the is are was were be been will would can could do does did to of in on at for and or but with from by about as it its this that these those we you your our i my me they them he she there what which who whom will shall may might must have has had not no yes again please any some all more most very also just so if then than into out up down der die das den dem des ein eine einer eines einem einen und oder aber ist sind war waren wird werden wurde wurden kann können könnt sie ihr ihre wir uns unser unsere ich mich mein meine es zu im in am an auf für mit von aus bei nach über um noch wieder auch nur schon sehr bitte was wer welche welcher welches nicht kein keine dass da hat haben hatte gibt gab'
    .split(/\s+/),
);

const WORD_TO_CONCEPT = new Map<string, string>();
const ZH_PHRASES: [string, string][] = [];
for (const [concept, [, words, phrases]] of Object.entries(CONCEPTS)) {
  for (const w of words) WORD_TO_CONCEPT.set(w, concept);
  for (const p of phrases) ZH_PHRASES.push([p, concept]);
}
ZH_PHRASES.sort((a, b) => b[0].length - a[0].length);

const CJK = /[\u3400-\u9fff]/;

/** Detects the language of a question from its text (good enough for en/de/zh). */
export function detectLang(text: string, fallback = 'en'): string {
  const cjk = [...text].filter((c) => CJK.test(c)).length;
  if (cjk >= 2) return 'zh';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const de = words.filter((w) => /[äöüß]/.test(w) || ['und', 'der', 'die', 'das', 'ist', 'wann', 'wie', 'warum', 'werden', 'wird', 'nicht', 'ich', 'sie', 'wir', 'mit', 'für', 'auf', 'gibt', 'es'].includes(w)).length;
  const en = words.filter((w) => ['the', 'and', 'is', 'are', 'when', 'how', 'why', 'will', 'what', 'you', 'we', 'to', 'of', 'for', 'do', 'does', 'can', 'it'].includes(w)).length;
  if (de > en) return 'de';
  if (en > de) return 'en';
  return fallback;
}

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.length > 5 && w.endsWith('en')) return w.slice(0, -2);
  return w;
}

export function features(text: string): Features {
  const f: Features = new Map();
  const add = (k: string, w: number) => f.set(k, Math.max(f.get(k) ?? 0, w));
  const norm = text.normalize('NFKC').toLowerCase();
  for (const w of norm.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(w)) continue;
    const concept = WORD_TO_CONCEPT.get(w) ?? WORD_TO_CONCEPT.get(stem(w));
    if (concept) add(`c:${concept}`, CONCEPTS[concept]![0]);
    else if (!STOP.has(w) && w.length > 1) add(`w:${stem(w)}`, 1);
  }
  // Chinese: take known phrases out as concepts, the rest as character bigrams.
  for (const run of norm.match(/[\u3400-\u9fff]+/g) ?? []) {
    let rest = run;
    for (const [p, concept] of ZH_PHRASES) {
      if (rest.includes(p)) {
        add(`c:${concept}`, CONCEPTS[concept]![0]);
        rest = rest.split(p).join(' ');
      }
    }
    for (const part of rest.split(' ')) {
      for (let i = 0; i + 1 < part.length; i++) add(`z:${part.slice(i, i + 2)}`, 0.5);
    }
  }
  return f;
}

/** Weighted Jaccard similarity of two feature sets, 0 … 1. */
export function similarity(a: Features, b: Features): number {
  let inter = 0;
  let union = 0;
  for (const [k, w] of a) {
    const v = b.get(k);
    if (v !== undefined) inter += Math.min(w, v);
    union += Math.max(w, v ?? 0);
  }
  for (const [k, w] of b) if (!a.has(k)) union += w;
  return union === 0 ? 0 : inter / union;
}

export const LOCAL_THRESHOLD = 0.6;

export { cosine } from '../core/vectors.js';
