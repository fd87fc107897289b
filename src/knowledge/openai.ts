import OpenAI from 'openai';
import { t } from '../bot/i18n.js';
import type { Logger } from '../logger.js';
import { composeLocal, entryText, escapeHtml, titleOf, type KbAnswer } from './answer.js';
import { CALIBRATION, type KbEngine, type SearchResult } from './engine.js';
import { KB_LANGS, isDecline, type KbLang } from './types.js';
import { cosine } from '../core/vectors.js';

export interface KbAiOptions {
  apiKey: string;
  baseUrl?: string;
  model: string;
  embeddingModel: string;
  timeoutMs: number;
  /** API calls allowed per UTC day; beyond it, local answers only. */
  dailyBudget: number;
  logger: Logger;
  now?: () => Date;
}

export interface KbAi {
  /** The knowledge base changed: forget vectors of entries that are gone and cached answers. */
  reset(engine: KbEngine): void;
  /** A better answer than the local one, or null (then the local one stands). Throws on API errors. */
  improve(question: string, lang: KbLang, local: SearchResult, answer: KbAnswer): Promise<KbAnswer | null>;
  readonly calls: number;
}

const LANG_NAMES: Record<KbLang, string> = { en: 'English', de: 'German', zh: 'Simplified Chinese' };

/** Numbers as written in a text, without thousands separators (10,000 and 10.000 are 10000). */
export function numbersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.replace(/<[^>]+>/g, ' ').matchAll(/\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?/g)) {
    const n = m[0].replace(/(\d)[.,\s](?=\d{3}\b)/g, '$1').replace(',', '.');
    out.add(String(Number(n)));
  }
  return out;
}


/**
 * OpenAI on top of the local engine: embeddings join the lexical scores (hybrid, and across
 * languages), and the model may compose a reply from the retrieved entries only. A reply citing an
 * entry that was not retrieved, or stating a number its sources do not hold, is thrown away for
 * the plain entry. Timeouts, errors and a spent daily budget leave the local answer.
 */
export function createKbAi(o: KbAiOptions): KbAi {
  const client = new OpenAI({ apiKey: o.apiKey, baseURL: o.baseUrl, timeout: o.timeoutMs, maxRetries: 0 });
  const now = o.now ?? (() => new Date());
  let engine: KbEngine | undefined;
  const vectors = new Map<string, number[]>(); // text → vector, survives rebuilds
  const cache = new Map<string, KbAnswer | null>();
  let day = '';
  let calls = 0;

  function spend() {
    const today = now().toISOString().slice(0, 10);
    if (today !== day) [day, calls] = [today, 0];
    if (calls >= o.dailyBudget) return false;
    calls++;
    return true;
  }

  async function embed(texts: string[]): Promise<number[][] | null> {
    const missing = [...new Set(texts.filter((x) => !vectors.has(x)))];
    for (let i = 0; i < missing.length; i += 256) {
      if (!spend()) return null;
      const batch = missing.slice(i, i + 256);
      const res = await client.embeddings.create({ model: o.embeddingModel, input: batch, encoding_format: 'float' });
      res.data.forEach((d, j) => vectors.set(batch[j]!, d.embedding));
    }
    return texts.map((x) => vectors.get(x)!);
  }

  const docText = (id: string, lang: KbLang) => {
    const x = engine!.entry(id)!.texts[lang];
    return x ? `${x.title}\n${x.questions.join('\n')}` : null;
  };

  async function compose(question: string, lang: KbLang, ids: string[]): Promise<KbAnswer | null> {
    const sources = ids.map((id) => {
      const x = engine!.entry(id)!.texts[lang] ?? engine!.entry(id)!.texts.en!;
      return { id, title: x.title, text: x.answer.replace(/<[^>]+>/g, '') };
    });
    if (!spend()) return null;
    const res = await client.chat.completions.create({
      model: o.model,
      temperature: 0,
      messages: [
        {
          role: 'system',
          content:
            `You answer members of a crypto exchange in ${LANG_NAMES[lang]}, using ONLY the knowledge-base entries given. ` +
            'Cite each entry you use as [entry-id]. Never add facts, numbers, dates or promises that are not in the entries. ' +
            'If the entries do not answer the question, reply exactly NO_ANSWER. Plain text, at most 5 sentences.',
        },
        { role: 'user', content: `Entries:\n${sources.map((s) => `[${s.id}] ${s.title}\n${s.text}`).join('\n\n')}\n\nQuestion: ${question}` },
      ],
    });
    const text = res.choices[0]?.message?.content?.trim() ?? '';
    if (!text || text.includes('NO_ANSWER')) return null;
    const cited = [...text.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]!);
    const allowed = new Set(ids);
    const sourceNumbers = new Set(sources.flatMap((s) => [...numbersIn(`${s.title} ${s.text}`)]));
    const badCite = !cited.length || cited.some((c) => !allowed.has(c));
    const badNumber = [...numbersIn(text.replace(/\[[a-z0-9-]+\]/g, ''))].some((n) => !sourceNumbers.has(n));
    if (badCite || badNumber) {
      o.logger.warn({ badCite, badNumber }, 'composed answer discarded');
      return null;
    }
    const used = [...new Set(cited)];
    const body = escapeHtml(text.replace(/\s*\[[a-z0-9-]+\]/g, ''));
    const sourcesLine = t(lang, 'kb-sources', { titles: used.map((id) => escapeHtml(titleOf(engine!, id, lang))).join(', ') });
    return { outcome: 'sure', lang, entryId: used[0]!, confidence: 1, text: `${body}\n\n${sourcesLine}`, choices: [], normalized: '', composed: true };
  }

  return {
    get calls() {
      return calls;
    },
    reset(e) {
      engine = e;
      cache.clear();
    },
    async improve(question, lang, local, answer) {
      // A decline entry's kind of question is declined with or without the model.
      if (!engine || !engine.size || local.declinedBy) return null;
      const key = `${lang}\u0000${question.trim().toLowerCase()}`;
      if (cache.has(key)) return cache.get(key) ?? null;
      const ids = engine.entries().filter((e) => !isDecline(e)).map((e) => e.id);
      const docs = ids.flatMap((id) => KB_LANGS.map((l) => ({ id, text: docText(id, l) }))).filter((d): d is { id: string; text: string } => !!d.text);
      const vecs = await embed([question, ...docs.map((d) => d.text)]);
      if (!vecs) return null; // budget spent
      const [qv, ...dv] = vecs;
      const dense = new Map<string, number>();
      docs.forEach((d, i) => dense.set(d.id, Math.max(dense.get(d.id) ?? -1, cosine(qv!, dv[i]!))));
      const lexical = new Map(local.candidates.map((c) => [c.entryId, c.score]));
      const hybrid = ids
        // Dense alone may find an entry the words miss (another language, other words), a little discounted.
        .map((id) => {
          const d = Math.max(0, dense.get(id) ?? 0);
          return { id, score: Math.max(0.5 * (lexical.get(id) ?? 0) + 0.5 * d, 0.85 * d) };
        })
        .sort((a, b) => b.score - a.score);
      const top = hybrid.filter((h) => h.score >= CALIBRATION.unsure).slice(0, 3);
      o.logger.debug({ top: hybrid.slice(0, 3) }, 'hybrid ranking');
      let result: KbAnswer | null = null;
      if (top.length && top[0]!.score >= CALIBRATION.sure) {
        result = await compose(question, lang, top.map((h) => h.id));
        // Not composable (or discarded): the plain entry that ranks first.
        result ??= { ...composeLocal(engine, { ...local, outcome: 'sure', candidates: [{ entryId: top[0]!.id, score: top[0]!.score, coverage: 0, similarity: 0, bm25: 0 }] }), text: entryText(engine, top[0]!.id, lang)! };
        result.confidence = Math.round(top[0]!.score * 1000) / 1000;
        result.normalized = answer.normalized;
      } else if (answer.outcome === 'sure') result = null;
      cache.set(key, result);
      return result;
    },
  };
}
