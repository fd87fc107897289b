import { t } from '../bot/i18n.js';
import type { KbEngine, SearchResult } from './engine.js';
import { isDecline, type KbLang } from './types.js';

export interface KbAnswer {
  /** sure → an entry's answer; unsure → "did you mean"; none → declined; live → from the status seam. */
  outcome: 'sure' | 'unsure' | 'none' | 'live';
  lang: KbLang;
  entryId: string | null;
  confidence: number;
  /** The reply (Telegram HTML). */
  text: string;
  /** unsure: the entries to offer as buttons; sure: related entries. */
  choices: { id: string; title: string }[];
  normalized: string;
  /** Whether the text was composed by the model (OpenAI) from the cited entries. */
  composed?: boolean;
  /** none: the decline entry whose kind of question this is; its answer says why. */
  declinedBy?: string;
}

export function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replies already formatted, per engine (an engine's entries never change: an edit builds a new
 * one): formatting through Fluent costs more than finding the answer.
 */
const formatted = new WeakMap<KbEngine, Map<string, string | null>>();
function memo(engine: KbEngine, key: string, make: () => string | null): string | null {
  let m = formatted.get(engine);
  if (!m) formatted.set(engine, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = make()));
  return v;
}

/** The reply for one entry in one language: its answer under its title (the citation). */
export function entryText(engine: KbEngine, id: string, lang: KbLang): string | null {
  return memo(engine, `entry\n${lang}\n${id}`, () => {
    const e = engine.entry(id);
    const text = e?.texts[lang] ?? e?.texts.en;
    if (!text) return null;
    return t(lang, 'kb-answer', { title: escapeHtml(text.title), answer: text.answer });
  });
}

export function titleOf(engine: KbEngine, id: string, lang: KbLang): string {
  const e = engine.entry(id);
  return (e?.texts[lang] ?? e?.texts.en)?.title ?? id;
}

/** Turns a search result into the reply, in the question's language. */
export function composeLocal(engine: KbEngine, r: SearchResult): KbAnswer {
  const base = { lang: r.lang, confidence: r.confidence, normalized: r.normalized };
  const top = r.candidates[0];
  if (r.outcome === 'sure' && top) {
    const entry = engine.entry(top.entryId)!;
    const related = entry.related.filter((id) => engine.entry(id) && !isDecline(engine.entry(id)!)).slice(0, 3).map((id) => ({ id, title: titleOf(engine, id, r.lang) }));
    return { ...base, outcome: 'sure', entryId: top.entryId, text: entryText(engine, top.entryId, r.lang)!, choices: related };
  }
  if (r.outcome === 'unsure' && top) {
    const choices = r.candidates.slice(0, 3).map((c) => ({ id: c.entryId, title: titleOf(engine, c.entryId, r.lang) }));
    return { ...base, outcome: 'unsure', entryId: top.entryId, text: memo(engine, `text\n${r.lang}\nkb-unsure`, () => t(r.lang, 'kb-unsure'))!, choices };
  }
  const reason = r.declinedBy ? engine.entry(r.declinedBy) : undefined;
  const why = reason?.texts[r.lang] ?? reason?.texts.en;
  if (why) {
    const text = memo(engine, `declined\n${r.lang}\n${r.declinedBy}`, () => t(r.lang, 'kb-declined', { answer: why.answer }))!;
    return { ...base, outcome: 'none', entryId: null, text, choices: [], declinedBy: r.declinedBy };
  }
  return { ...base, outcome: 'none', entryId: null, text: memo(engine, `text\n${r.lang}\nkb-none`, () => t(r.lang, 'kb-none'))!, choices: [] };
}
