import { Document, isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { KB_LANGS, type KbEntry, type KbText } from './types.js';

export interface KbProblem {
  line: number;
  message: string;
}

export type ParseResult = { ok: true; entries: KbEntry[] } | { ok: false; problems: KbProblem[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ENTRY_KEYS = new Set(['id', 'tags', 'related', 'valid_from', 'valid_until', 'texts']);
const TEXT_KEYS = new Set(['title', 'questions', 'answer']);
/** What Telegram's HTML parse mode accepts; anything else would make sendMessage fail at answer time. */
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'blockquote', 'span']);

/** Checks Telegram HTML: known tags only, balanced, `<a>` with an http(s) or tg href. Returns a reason or null. */
export function htmlProblem(html: string): string | null {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>|<|>/g)) {
    if (m[0] === '<') return 'a bare "<" (write &lt;)';
    if (m[0] === '>') continue;
    const [, closing, rawName, attrs] = m;
    const name = rawName!.toLowerCase();
    if (!TAGS.has(name)) return `tag <${name}> is not allowed by Telegram (use b, i, u, s, a, code, pre, blockquote)`;
    if (closing) {
      if (stack.pop() !== name) return `</${name}> does not close the open tag`;
    } else {
      if (name === 'a' && !/href\s*=\s*"(https?:\/\/|tg:\/\/)[^"]+"/.test(attrs ?? '')) return '<a> needs href="https://…"';
      stack.push(name);
    }
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is not closed`;
  if (/&(?!(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/i.test(html)) return 'a bare "&" (write &amp;)';
  return null;
}

/**
 * Parses and validates a knowledge-base file. Every problem names its line and reason; when there
 * is any problem, nothing is returned to import (all or nothing).
 */
export function parseKb(text: string): ParseResult {
  const lc = new LineCounter();
  const problems: KbProblem[] = [];
  const lineOf = (node: Node | null | undefined, fallback = 1) => (node?.range ? lc.linePos(node.range[0]).line : fallback);
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) problems.push({ line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0]}` });
  if (problems.length) return { ok: false, problems };
  const root = doc.contents;
  if (!isMap(root)) return { ok: false, problems: [{ line: 1, message: 'the file must be a map with "version" and "entries"' }] };
  const version = doc.get('version');
  if (version !== 1) problems.push({ line: lineOf(doc.get('version', true) as Node) , message: 'version must be 1' });
  const list = doc.get('entries', true);
  if (!isSeq(list)) return { ok: false, problems: [...problems, { line: lineOf(list as Node), message: '"entries" must be a list' }] };

  const entries: KbEntry[] = [];
  const idLines = new Map<string, number>();
  const relatedRefs: { id: string; line: number; from: string }[] = [];
  for (const item of list.items) {
    const at = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push({ line: at, message: 'an entry must be a map (id, tags, texts, …)' });
      continue;
    }
    const get = (k: string) => item.get(k, true) as Node | undefined;
    const js = (k: string) => (get(k) ? (get(k) as any).toJSON?.() ?? (get(k) as any).value : undefined);
    for (const pair of item.items) {
      const key = String((pair.key as any)?.value ?? pair.key);
      if (!ENTRY_KEYS.has(key)) problems.push({ line: lineOf(pair.key as Node, at), message: `unknown field "${key}" (allowed: ${[...ENTRY_KEYS].join(', ')})` });
    }
    const id = js('id');
    if (typeof id !== 'string' || !ID.test(id) || id.length > 48) {
      problems.push({ line: lineOf(get('id'), at), message: `id must be kebab-case (a-z, 0-9, -), at most 48 characters, got ${JSON.stringify(id ?? null)}` });
      continue;
    }
    if (idLines.has(id)) problems.push({ line: lineOf(get('id'), at), message: `duplicate id "${id}" (first on line ${idLines.get(id)})` });
    else idLines.set(id, lineOf(get('id'), at));
    const strList = (k: string, required = false): string[] => {
      const v = js(k);
      if (v === undefined || v === null) {
        if (required) problems.push({ line: at, message: `${id}: "${k}" is missing` });
        return [];
      }
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) {
        problems.push({ line: lineOf(get(k), at), message: `${id}: "${k}" must be a list of non-empty strings` });
        return [];
      }
      return v.map((x: string) => x.trim());
    };
    const tags = strList('tags');
    const related = strList('related');
    for (const r of related) relatedRefs.push({ id: r, line: lineOf(get('related'), at), from: id });
    const date = (k: string): string | null => {
      let v = js(k);
      if (v === undefined || v === null || v === '') return null;
      if (v instanceof Date) v = v.toISOString();
      if (typeof v !== 'string' || !ISO.test(v) || Number.isNaN(new Date(v).getTime())) {
        problems.push({ line: lineOf(get(k), at), message: `${id}: ${k} must be an ISO date like 2020-11-26 or 2020-11-26T00:00:00Z` });
        return null;
      }
      return v;
    };
    const validFrom = date('valid_from');
    const validUntil = date('valid_until');
    if (validFrom && validUntil && new Date(validFrom) > new Date(validUntil)) {
      problems.push({ line: lineOf(get('valid_until'), at), message: `${id}: valid_until is before valid_from` });
    }
    const textsNode = get('texts');
    const texts: KbEntry['texts'] = {};
    if (!isMap(textsNode)) {
      problems.push({ line: lineOf(textsNode, at), message: `${id}: "texts" must be a map with en, de and zh` });
    } else {
      for (const pair of textsNode.items) {
        const lang = String((pair.key as any)?.value ?? pair.key);
        if (!(KB_LANGS as readonly string[]).includes(lang)) problems.push({ line: lineOf(pair.key as Node, at), message: `${id}: unknown language "${lang}" (use en, de, zh)` });
      }
      for (const lang of KB_LANGS) {
        const t = textsNode.get(lang, true) as Node | undefined;
        const tl = lineOf(t, lineOf(textsNode, at));
        if (!isMap(t)) {
          problems.push({ line: tl, message: `${id}: texts.${lang} is missing (title, questions, answer)` });
          continue;
        }
        for (const pair of t.items) {
          const key = String((pair.key as any)?.value ?? pair.key);
          if (!TEXT_KEYS.has(key)) problems.push({ line: lineOf(pair.key as Node, tl), message: `${id}: texts.${lang}: unknown field "${key}"` });
        }
        const v = t.toJSON() as Partial<KbText>;
        const fl = (k: string) => lineOf(t.get(k, true) as Node, tl);
        if (typeof v.title !== 'string' || !v.title.trim()) problems.push({ line: fl('title'), message: `${id}: texts.${lang}.title must be a non-empty string` });
        if (!Array.isArray(v.questions) || !v.questions.length || v.questions.some((q) => typeof q !== 'string' || !q.trim())) {
          problems.push({ line: fl('questions'), message: `${id}: texts.${lang}.questions must be a non-empty list of questions` });
        }
        if (typeof v.answer !== 'string' || !v.answer.trim()) problems.push({ line: fl('answer'), message: `${id}: texts.${lang}.answer must be a non-empty string` });
        else {
          const bad = htmlProblem(v.answer);
          if (bad) problems.push({ line: fl('answer'), message: `${id}: texts.${lang}.answer: ${bad}` });
          else if (v.answer.length > 3500) problems.push({ line: fl('answer'), message: `${id}: texts.${lang}.answer is ${v.answer.length} characters; Telegram allows 4096 with the title` });
        }
        if (typeof v.title === 'string' && Array.isArray(v.questions) && typeof v.answer === 'string') {
          texts[lang] = { title: v.title.trim(), questions: v.questions.map((q) => String(q).trim()), answer: v.answer.trim() };
        }
      }
    }
    entries.push({ id, tags, related, validFrom, validUntil, texts });
  }
  for (const r of relatedRefs) {
    if (!idLines.has(r.id)) problems.push({ line: r.line, message: `${r.from}: related id "${r.id}" does not exist` });
    if (r.id === r.from) problems.push({ line: r.line, message: `${r.from}: an entry cannot be related to itself` });
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, entries };
}

/** Writes entries in the agreed file format (round-trips through parseKb). */
export function exportKb(entries: KbEntry[]): string {
  const doc = new Document({
    version: 1,
    entries: entries.map((e) => ({
      id: e.id,
      tags: e.tags,
      related: e.related,
      ...(e.validFrom ? { valid_from: e.validFrom } : {}),
      ...(e.validUntil ? { valid_until: e.validUntil } : {}),
      texts: Object.fromEntries(KB_LANGS.filter((l) => e.texts[l]).map((l) => [l, { title: e.texts[l]!.title, questions: e.texts[l]!.questions, answer: e.texts[l]!.answer }])),
    })),
  });
  return doc.toString({ lineWidth: 0 });
}

export function formatProblems(problems: KbProblem[], file = 'knowledge base'): string {
  return problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
}
