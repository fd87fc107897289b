import { createAnalyzer, words, type Analyzer, type QueryUnit } from './analyzer.js';
import { createLexicalIndex, type LexicalDoc, type LexicalIndex } from './bm25.js';
import { createScorer, entryTerms, inQuestions, type EntryTerms, type ScoredUnit } from './score.js';
import { createTypoIndex } from './typo.js';
import { detectLang } from './lang.js';
import { entrySpeaksOf, isChitchat, outOfScope } from './scope.js';
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
  /** Per out-of-scope kind in the question (scope.ts) that the entry does not itself speak of. */
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

interface LangIndex {
  analyzer: Analyzer;
  lexical: LexicalIndex;
  docs: Map<string, EntryTerms>;
  /** Every term of the knowledge base → its integer id (ids count up in order of first use). */
  ids: Map<string, number>;
  /** Per term id: in how many entries it occurs. */
  df: number[];
  n: number;
  typo: ReturnType<typeof createTypoIndex>;
  /** Typo corrections already made: members ask the same few things with the same typos. */
  corrected: Map<string, string | null>;
  words: Set<string>;
}

/** BM25 field boosts: title, paraphrased questions, answer. */
const BOOSTS = [2, 1.5, 0.6];

function stripHtml(s: string) {
  return s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function buildLang(lang: KbLang, entries: KbEntry[]): LangIndex {
  const texts = entries.filter((e) => e.texts[lang]).map((e) => ({ id: e.id, t: e.texts[lang]! }));
  const allWords = new Set<string>();
  for (const { t } of texts) for (const w of words(`${t.title} ${t.questions.join(' ')} ${stripHtml(t.answer)}`)) allWords.add(w);
  const analyzer = createAnalyzer(lang, allWords);
  const docs = new Map<string, EntryTerms>();
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const df: number[] = [];
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) {
      ids.set(term, (id = vocabulary.length));
      vocabulary.push(term);
      df.push(0);
    }
    return id;
  };
  const paraUnits: QueryUnit[][][] = [];
  const lexDocs: LexicalDoc[] = [];
  for (const { id, t } of texts) {
    // Each text is analysed once: the same terms feed the BM25 fields, coverage, similarity and df.
    const paras = [t.title, ...t.questions].map((p) => analyzer.analyze(p));
    const q = new Map<number, number[]>();
    const title = new Set<number>();
    const questions = new Set<number>();
    paras.forEach((p, k) => {
      for (const term of p.terms) {
        const tid = idOf(term);
        const list = q.get(tid);
        if (!list) q.set(tid, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
        (k === 0 ? title : questions).add(tid);
      }
    });
    const answer = new Set(analyzer.terms(stripHtml(t.answer)).map(idOf));
    for (const tid of q.keys()) df[tid]!++;
    for (const tid of answer) if (!q.has(tid)) df[tid]!++;
    docs.set(id, entryTerms(q, answer, paras.length));
    paraUnits.push(paras.map((p) => p.units));
    lexDocs.push({ id, fields: [[...title], [...questions], [...answer]] });
  }
  const lexical = createLexicalIndex(lexDocs, BOOSTS, vocabulary);
  const li: LangIndex = { analyzer, lexical, docs, ids, df, n: Math.max(texts.length, 1), typo: createTypoIndex(dfByTerm(ids, df)), corrected: new Map(), words: allWords };
  // Unit weights need the final df, so they come after every text is counted.
  texts.forEach(({ id }, i) => {
    const w = docs.get(id)!.paraWeights;
    paraUnits[i]!.forEach((units, k) => {
      let weight = 0;
      for (const u of units) weight += unitWeight(li, u);
      w[k] = weight;
    });
  });
  return li;
}

/**
 * df by term, in order of first use (which decides the typo index's ties). Made out here: a closure
 * made inside buildLang would keep everything the build allocated alive with the index.
 */
function dfByTerm(ids: Map<string, number>, df: number[]) {
  return { keys: () => ids.keys(), get: (term: string) => df[ids.get(term) ?? -1] };
}

function dfOf(li: LangIndex, term: string): number | undefined {
  const id = li.ids.get(term);
  return id === undefined ? undefined : li.df[id];
}

function idf(li: LangIndex, df: number) {
  return Math.log(1 + (li.n - df + 0.5) / (df + 0.5));
}

function unitWeight(li: LangIndex, u: QueryUnit): number {
  let best = 0;
  for (const a of u.alts) {
    const df = dfOf(li, a.term);
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

  const score = createScorer();

  function run(question: string, lang: KbLang, now: Date, limit: number): SearchResult {
    const li = langs[lang];
    const units = li.analyzer.units(question);
    for (const u of units) {
      if (u.alts.some((a) => li.ids.has(a.term))) continue;
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
    if (!units.length || total === 0 || isChitchat(question, lang)) return none;
    // Candidates come from the informative terms: a term in most entries only makes the posting lists long.
    const known = [...new Set(units.flatMap((u) => u.alts.map((a) => a.term)))].filter((t) => li.ids.has(t)).sort((a, b) => dfOf(li, a)! - dfOf(li, b)!);
    if (!known.length) return none;
    const rare = known.filter((t) => dfOf(li, t)! <= li.n * 0.25);
    const terms = (rare.length >= 2 ? rare : known.slice(0, Math.max(3, rare.length))).slice(0, 12);
    const hits = li.lexical.search(terms, 20);
    // Out-of-scope kinds (src/knowledge/scope.ts): each one the entry does not itself speak of lowers its score.
    const offTopic = outOfScope(question, lang);
    const scored: ScoredUnit[] = units.map((u, i) => ({ ids: u.alts.map((a) => li.ids.get(a.term) ?? -1), credits: u.alts.map((a) => a.credit), weight: weights[i]! }));
    const cands: Candidate[] = [];
    for (const h of hits) {
      const entry = byId.get(h.id);
      const doc = li.docs.get(h.id);
      if (!entry || !doc || !isValidAt(entry, now)) continue;
      const { coverage, similarity } = score(doc, scored, total, CALIBRATION.answerCredit);
      let blend = CALIBRATION.coverageWeight * coverage + (1 - CALIBRATION.coverageWeight) * similarity;
      if (offTopic.length) blend *= CALIBRATION.advicePenalty ** offTopic.filter((o) => !entrySpeaksOf(entry, lang, o)).length;
      cands.push({ entryId: h.id, score: blend, coverage, similarity, bm25: h.score });
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
