import { createAnalyzer, words, type Analyzer, type QueryUnit } from './analyzer.js';
import { createLexicalIndex, type LexicalDoc, type LexicalIndex } from './bm25.js';
import { createTypoIndex } from './typo.js';
import { detectLang } from './lang.js';
import { KB_LANGS, isValidAt, type KbEntry, type KbLang } from './types.js';

/**
 * Calibration. A question is answered when its informative words are covered by one entry
 * (coverage) and it reads like one of the entry's paraphrases (similarity); the score is their
 * blend in [0, 1]. Set on the dev set as a whole, never per question.
 */
export const CALIBRATION = {
  sure: 0.6,
  unsure: 0.4,
  /** Below `decisive`, the best must lead the second by this much to be sure. */
  margin: 0.03,
  decisive: 0.65,
  /** A question asking for advice or a forecast is out of scope unless the entry itself speaks of it. */
  advicePenalty: 0.75,
  coverageWeight: 0.55,
  /** A word the knowledge base never uses weighs this share of the rarest known word. */
  unknownWeight: 0.8,
  /** A word found only in an entry's answer counts this much (titles and questions count fully). */
  answerCredit: 0.7,
  typoCredit: 0.85,
};

export interface Candidate {
  entryId: string;
  score: number;
  coverage: number;
  similarity: number;
  bm25: number;
}

export interface SearchResult {
  lang: KbLang;
  /** sure: answer with the entry; unsure: offer the candidates; none: decline. */
  outcome: 'sure' | 'unsure' | 'none';
  confidence: number;
  candidates: Candidate[];
  /** Normalised question (stems), for grouping the question log. */
  normalized: string;
}

/**
 * One entry in one language, laid out for scoring a question against it: instead of a set of
 * terms per paraphrase (30 on average, all probed for every query word), one map from each
 * title/question term to the paraphrases holding it, so a query word costs one lookup per entry.
 */
interface DocInfo {
  /** Title and question terms → the paraphrases holding them (0 = the title). */
  q: Map<string, number[]>;
  /** Answer terms. */
  a: Set<string>;
  /** Per paraphrase: the sum of its unit weights (the similarity's denominator). */
  paraWeights: Float64Array;
}
interface LangIndex {
  analyzer: Analyzer;
  lexical: LexicalIndex;
  docs: Map<string, DocInfo>;
  df: Map<string, number>;
  n: number;
  typo: ReturnType<typeof createTypoIndex>;
  /** The most paraphrases of one entry (sizes the scoring scratch space). */
  maxParas: number;
  /** Typo corrections already made: members ask the same few things with the same typos. */
  corrected: Map<string, string | null>;
  words: Set<string>;
}

/** BM25 field boosts: title, paraphrased questions, answer. */
const BOOSTS = [2, 1.5, 0.6];

/**
 * Questions that ask for trading advice, forecasts or entertainment: policy says the bot never
 * answers them, so a shared topic word alone (wallet, BTC, withdrawal) must not make them answerable.
 */
const ADVICE: Record<KbLang, RegExp> = {
  en: /\b(recommend\w*|advice|advise|predict\w*|forecast\w*|moon|pump|dump|bull ?run|bear market|long or short|leverage|10x|100x|best (coin|altcoin|token|wallet|exchange)|joke|funny)\b/i,
  de: /(empfehl\w*|vorhersage|prognose|bull ?run|hebel|long oder short|witz|lustig|\b(10|100)x\b|kurs(ziel)?\b|steigt|steigen|fällt|fallen\b)/i,
  zh: /(推荐|预测|涨|跌|杠杆|做多|做空|笑话|哪个好|百倍|十倍|牛市|熊市|行情)/,
};

function stripHtml(s: string) {
  return s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function buildLang(lang: KbLang, entries: KbEntry[]): LangIndex {
  const texts = entries.filter((e) => e.texts[lang]).map((e) => ({ id: e.id, t: e.texts[lang]! }));
  const allWords = new Set<string>();
  for (const { t } of texts) for (const w of words(`${t.title} ${t.questions.join(' ')} ${stripHtml(t.answer)}`)) allWords.add(w);
  const analyzer = createAnalyzer(lang, allWords);
  const docs = new Map<string, DocInfo>();
  const df = new Map<string, number>();
  const rawParas = new Map<string, string[]>();
  const paraTerms = new Map<string, string[]>();
  const termsOf = (p: string) => {
    let hit = paraTerms.get(p);
    if (!hit) paraTerms.set(p, (hit = analyzer.terms(p)));
    return hit;
  };
  const lexDocs: LexicalDoc[] = [];
  for (const { id, t } of texts) {
    // Each text is analysed once: the same terms feed the BM25 fields, coverage, similarity and df.
    const paras = [t.title, ...t.questions];
    const q = new Map<string, number[]>();
    const questions = new Set<string>();
    paras.forEach((p, k) => {
      for (const term of termsOf(p)) {
        const list = q.get(term);
        if (!list) q.set(term, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
        if (k > 0) questions.add(term);
      }
    });
    const a = new Set(analyzer.terms(stripHtml(t.answer)));
    for (const term of q.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const term of a) if (!q.has(term)) df.set(term, (df.get(term) ?? 0) + 1);
    docs.set(id, { q, a, paraWeights: new Float64Array(paras.length) });
    rawParas.set(id, paras);
    lexDocs.push({ id, fields: [[...new Set(termsOf(t.title))], [...questions], [...a]] });
  }
  const lexical = createLexicalIndex(lexDocs, BOOSTS);
  const maxParas = Math.max(0, ...[...rawParas.values()].map((p) => p.length));
  const li: LangIndex = { analyzer, lexical, docs, df, n: Math.max(texts.length, 1), typo: createTypoIndex(df), maxParas, corrected: new Map(), words: allWords };
  // Unit weights need the final df, so they come after every text is counted.
  for (const [id, paras] of rawParas) {
    const w = docs.get(id)!.paraWeights;
    paras.forEach((p, k) => {
      let weight = 0;
      for (const u of analyzer.units(p)) weight += unitWeight(li, u);
      w[k] = weight;
    });
  }
  return li;
}

function idf(li: LangIndex, df: number) {
  return Math.log(1 + (li.n - df + 0.5) / (df + 0.5));
}

function unitWeight(li: LangIndex, u: QueryUnit): number {
  let best = 0;
  for (const a of u.alts) {
    const df = li.df.get(a.term);
    if (df) best = Math.max(best, idf(li, df) * (a.credit < 1 ? 0.8 : 1));
  }
  return best || idf(li, 1) * CALIBRATION.unknownWeight;
}

export interface KbEngine {
  readonly size: number;
  search(question: string, opts: { lang?: KbLang; fallbackLang?: KbLang; now?: Date; limit?: number }): SearchResult;
  detect(question: string, fallback: KbLang): KbLang;
  entry(id: string): KbEntry | undefined;
  entries(): KbEntry[];
}

/** Builds the local answer engine: one BM25 index per language plus the calibration data. */
export function createEngine(entries: KbEntry[]): KbEngine {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const langs = Object.fromEntries(KB_LANGS.map((l) => [l, buildLang(l, entries)])) as Record<KbLang, LangIndex>;
  const vocab = Object.fromEntries(KB_LANGS.map((l) => [l, langs[l].words])) as Record<KbLang, Set<string>>;

  // Per-paraphrase scratch space for scoring, reused by every search (search is synchronous).
  const space = { m: new Float64Array(0), best: new Float64Array(0), seen: new Uint32Array(0) };
  let stamp = 0;
  function scratch(li: LangIndex) {
    if (space.m.length < li.maxParas) {
      space.m = new Float64Array(li.maxParas);
      space.best = new Float64Array(li.maxParas);
      space.seen = new Uint32Array(li.maxParas);
      stamp = 0;
    }
    if (stamp > 0xfffff000) {
      space.seen.fill(0);
      stamp = 0;
    }
    return space;
  }

  function run(question: string, lang: KbLang, now: Date, limit: number): SearchResult {
    const li = langs[lang];
    const units = li.analyzer.units(question);
    for (const u of units) {
      if (u.alts.some((a) => li.df.has(a.term))) continue;
      const term = u.alts[0]!.term;
      let fixed = li.corrected.get(term);
      if (fixed === undefined) {
        fixed = li.typo.correct(term);
        if (li.corrected.size >= 10_000) li.corrected.clear();
        li.corrected.set(term, fixed);
      }
      if (fixed) u.alts.push({ term: fixed, credit: CALIBRATION.typoCredit });
    }
    const weights = units.map((u) => unitWeight(li, u));
    const total = weights.reduce((s, w) => s + w, 0);
    const normalized = units.map((u) => u.alts[0]!.term).sort().join(' ');
    const none: SearchResult = { lang, outcome: 'none', confidence: 0, candidates: [], normalized };
    if (!units.length || total === 0) return none;
    // Candidates come from the informative terms: a term in most entries only makes the posting lists long.
    const known = [...new Set(units.flatMap((u) => u.alts.map((a) => a.term)))].filter((t) => li.df.has(t)).sort((a, b) => li.df.get(a)! - li.df.get(b)!);
    if (!known.length) return none;
    const rare = known.filter((t) => li.df.get(t)! <= li.n * 0.25);
    const terms = (rare.length >= 2 ? rare : known.slice(0, Math.max(3, rare.length))).slice(0, 12);
    const hits = li.lexical.search(terms, 20);
    const advice = ADVICE[lang].exec(question)?.[0];
    const adviceTerms = advice ? li.analyzer.terms(advice) : [];
    const adviceCovered = (doc: DocInfo) => adviceTerms.length > 0 && adviceTerms.every((t) => doc.q.has(t));
    const cands: Candidate[] = [];
    const { m, best, seen } = scratch(li);
    const touched: number[] = [];
    for (const h of hits) {
      const entry = byId.get(h.id);
      const doc = li.docs.get(h.id);
      if (!entry || !doc || !isValidAt(entry, now)) continue;
      let covered = 0;
      m.fill(0, 0, doc.paraWeights.length);
      for (let i = 0; i < units.length; i++) {
        let c = 0;
        stamp++;
        touched.length = 0;
        for (const a of units[i]!.alts) {
          const paras = doc.q.get(a.term);
          c = Math.max(c, paras ? a.credit : doc.a.has(a.term) ? a.credit * CALIBRATION.answerCredit : 0);
          if (!paras) continue;
          // The best credit of this unit in each paraphrase holding one of its terms.
          for (const k of paras) {
            if (seen[k] !== stamp) {
              seen[k] = stamp;
              best[k] = a.credit;
              touched.push(k);
            } else best[k] = Math.max(best[k]!, a.credit);
          }
        }
        covered += c * weights[i]!;
        for (const k of touched) m[k] = m[k]! + best[k]! * weights[i]!;
      }
      const coverage = covered / total;
      let similarity = 0;
      for (let k = 0; k < doc.paraWeights.length; k++) similarity = Math.max(similarity, (2 * m[k]!) / (total + doc.paraWeights[k]!));
      similarity = Math.min(1, similarity);
      let score = CALIBRATION.coverageWeight * coverage + (1 - CALIBRATION.coverageWeight) * similarity;
      if (advice && !adviceCovered(doc)) score *= CALIBRATION.advicePenalty;
      cands.push({ entryId: h.id, score, coverage, similarity, bm25: h.score });
    }
    cands.sort((a, b) => b.score - a.score || b.bm25 - a.bm25);
    const top = cands[0];
    if (!top) return none;
    const second = cands[1]?.score ?? 0;
    const C = CALIBRATION;
    const decisive = top.score >= C.decisive || top.score - second >= C.margin;
    const outcome = top.score >= C.sure && decisive ? 'sure' : top.score >= C.unsure ? 'unsure' : 'none';
    const shown = outcome === 'unsure' ? cands.filter((c) => c.score >= C.unsure * 0.85).slice(0, 3) : cands.slice(0, limit);
    return { lang, outcome, confidence: Math.round(top.score * 1000) / 1000, candidates: shown, normalized };
  }

  return {
    size: entries.length,
    detect: (q, fallback) => detectLang(q, fallback, vocab),
    entry: (id) => byId.get(id),
    entries: () => entries,
    search(question, opts) {
      const now = opts.now ?? new Date();
      const lang = opts.lang ?? detectLang(question, opts.fallbackLang ?? 'en', vocab);
      return run(question, lang, now, opts.limit ?? 5);
    },
  };
}
