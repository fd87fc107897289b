import { create, insertMultiple, search, type Orama } from '@orama/orama';
import { createAnalyzer, words, type Analyzer, type QueryUnit } from './analyzer.js';
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

interface Para {
  units: { terms: string[]; weight: number }[];
  weight: number;
  terms: Set<string>;
}
interface DocInfo {
  q: Set<string>;
  a: Set<string>;
  paras: Para[];
}
interface LangIndex {
  analyzer: Analyzer;
  orama: Orama<any>;
  docs: Map<string, DocInfo>;
  df: Map<string, number>;
  n: number;
  typo: ReturnType<typeof createTypoIndex>;
  words: Set<string>;
}

let pretokenized = false;

function stripHtml(s: string) {
  return s.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function buildLang(lang: KbLang, entries: KbEntry[]): LangIndex {
  const texts = entries.filter((e) => e.texts[lang]).map((e) => ({ id: e.id, t: e.texts[lang]! }));
  const allWords = new Set<string>();
  for (const { t } of texts) for (const w of words(`${t.title} ${t.questions.join(' ')} ${stripHtml(t.answer)}`)) allWords.add(w);
  const analyzer = createAnalyzer(lang, allWords);
  const tokenizer = {
    language: 'custom',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string) => (pretokenized ? raw.split(' ').filter(Boolean) : [...new Set(analyzer.terms(raw))]),
  };
  const orama = create({
    schema: { title: 'string', questions: 'string', answer: 'string' } as const,
    components: { tokenizer },
  }) as Orama<any>;
  const docs = new Map<string, DocInfo>();
  const df = new Map<string, number>();
  const rawParas = new Map<string, string[]>();
  const paraTerms = new Map<string, string[]>();
  const termsOf = (p: string) => {
    let hit = paraTerms.get(p);
    if (!hit) paraTerms.set(p, (hit = analyzer.terms(p)));
    return hit;
  };
  for (const { id, t } of texts) {
    const q = new Set<string>();
    const paras = [t.title, ...t.questions];
    for (const p of paras) for (const term of termsOf(p)) q.add(term);
    const a = new Set(analyzer.terms(stripHtml(t.answer)));
    for (const term of new Set([...q, ...a])) df.set(term, (df.get(term) ?? 0) + 1);
    docs.set(id, { q, a, paras: [] });
    rawParas.set(id, paras);
  }
  insertMultiple(orama, texts.map(({ id, t }) => ({ id, title: t.title, questions: t.questions.join(' \n '), answer: stripHtml(t.answer) })) as any);
  const li: LangIndex = { analyzer, orama, docs, df, n: Math.max(texts.length, 1), typo: createTypoIndex(df), words: allWords };
  for (const [id, paras] of rawParas) {
    docs.get(id)!.paras = paras.map((p) => {
      const units = analyzer.units(p).map((u) => ({ terms: u.alts.map((a) => a.term), weight: unitWeight(li, u) }));
      return { units, weight: units.reduce((s, u) => s + u.weight, 0), terms: new Set(termsOf(p)) };
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

/** Builds the local answer engine: one Orama BM25 index per language plus the calibration data. */
export function createEngine(entries: KbEntry[]): KbEngine {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const langs = Object.fromEntries(KB_LANGS.map((l) => [l, buildLang(l, entries)])) as Record<KbLang, LangIndex>;
  const vocab = Object.fromEntries(KB_LANGS.map((l) => [l, langs[l].words])) as Record<KbLang, Set<string>>;

  function run(question: string, lang: KbLang, now: Date, limit: number): SearchResult {
    const li = langs[lang];
    const units = li.analyzer.units(question);
    for (const u of units) {
      if (u.alts.some((a) => li.df.has(a.term))) continue;
      const fixed = li.typo.correct(u.alts[0]!.term);
      if (fixed) u.alts.push({ term: fixed, credit: CALIBRATION.typoCredit });
    }
    const weights = units.map((u) => unitWeight(li, u));
    const total = weights.reduce((s, w) => s + w, 0);
    const normalized = units.map((u) => u.alts[0]!.term).sort().join(' ');
    const none: SearchResult = { lang, outcome: 'none', confidence: 0, candidates: [], normalized };
    if (!units.length || total === 0 || isChitchat(question, lang)) return none;
    // Candidates come from the informative terms: a term in most entries only makes the posting lists long.
    const known = [...new Set(units.flatMap((u) => u.alts.map((a) => a.term)))].filter((t) => li.df.has(t)).sort((a, b) => li.df.get(a)! - li.df.get(b)!);
    if (!known.length) return none;
    const rare = known.filter((t) => li.df.get(t)! <= li.n * 0.25);
    const terms = (rare.length >= 2 ? rare : known.slice(0, Math.max(3, rare.length))).slice(0, 12);
    pretokenized = true;
    let hits: { id: string; score: number }[];
    try {
      const res = search(li.orama, { term: terms.join(' '), properties: ['title', 'questions', 'answer'], boost: { title: 2, questions: 1.5, answer: 0.6 }, limit: 20 }) as any;
      hits = res.hits;
    } finally {
      pretokenized = false;
    }
    // Out-of-scope kinds (src/knowledge/scope.ts): each one the entry does not itself speak of lowers its score.
    const offTopic = outOfScope(question, lang);
    const cands: Candidate[] = [];
    for (const h of hits) {
      const entry = byId.get(h.id);
      const doc = li.docs.get(h.id);
      if (!entry || !doc || !isValidAt(entry, now)) continue;
      let covered = 0;
      units.forEach((u, i) => {
        let c = 0;
        for (const a of u.alts) c = Math.max(c, doc.q.has(a.term) ? a.credit : doc.a.has(a.term) ? a.credit * CALIBRATION.answerCredit : 0);
        covered += c * weights[i]!;
      });
      const coverage = covered / total;
      let similarity = 0;
      for (const p of doc.paras) {
        let m = 0;
        units.forEach((u, i) => {
          let c = 0;
          for (const a of u.alts) if (p.terms.has(a.term)) c = Math.max(c, a.credit);
          m += c * weights[i]!;
        });
        similarity = Math.max(similarity, (2 * m) / (total + p.weight));
      }
      similarity = Math.min(1, similarity);
      let score = CALIBRATION.coverageWeight * coverage + (1 - CALIBRATION.coverageWeight) * similarity;
      if (offTopic.length) score *= CALIBRATION.advicePenalty ** offTopic.filter((o) => !entrySpeaksOf(entry, lang, o)).length;
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
