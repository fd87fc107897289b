// Format and fact guard for the shipped knowledge base (prisma/knowledge/base.yaml).
// It checks only the file itself (no engine, no database): structure, Telegram HTML, links and
// numbers. Numbers and links must come from the AMA recap in shared/seed, so a typo such as
// "1,00 USDT" or an invented date fails here before any member sees it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = path.join(ROOT, 'prisma/knowledge/base.yaml');
const LANGS = ['en', 'de', 'zh'] as const;
type Lang = (typeof LANGS)[number];

interface Text { title: string; questions: string[]; answer: string }
interface Entry { id: string; tags: string[]; related?: string[]; valid_from?: unknown; texts: Record<Lang, Text> }
interface Base { version: number; entries: Entry[] }

const base = parse(readFileSync(BASE, 'utf8')) as Base;
const entries = base.entries;

// The seed lives in shared/ beside the repository (main: ../shared; a worktree: ../../shared).
const SEED_NAME = 'seed/ama-highlights-2020-11-26.de.txt';
const seedPath = [process.env.SHARED_DIR, path.join(ROOT, '../shared'), path.join(ROOT, '../../shared')]
  .filter((d): d is string => !!d)
  .map((d) => path.join(d, SEED_NAME))
  .find((p) => existsSync(p));

/** Numeric tokens allowed in answers: every one is in the seed (normalised, see numbersIn). */
const ALLOWED_NUMBERS = new Set([
  '1', '2', '3', '4', // the numbered lists of the recap (the four private-key process steps)
  '20', // 20% of contract fees
  '24', '26', '2020', // 24 November 2020 (rebate snapshot), 26 November 2020 (AMA)
  '00:00', // 00:00 HKT
  '100', '1000', '10000', // 100 to 1,000 USDT; over 10,000 USDT
  '27000', // over 27,000 members
]);
/** Not digits in the seed but the same fact: the month "November" in Chinese dates (11月). */
const SAME_FACT_NUMBERS = new Set(['11']);

/** Numbers in a text, with thousands separators removed (10,000 / 10.000 → 10000). Digits glued
 * to letters (2FA, TRC20) are names, not numbers. */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{Script=Latin}\d])\d+(?:[.,:]\d+)*(?![\p{Script=Latin}\d])/gu)) {
    let tok = m[0];
    if (/^\d{1,3}([.,]\d{3})+$/.test(tok)) tok = tok.replace(/[.,]/g, '');
    out.push(tok);
  }
  return out;
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');
const hrefsIn = (html: string) => [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1]!);

describe('knowledge base file', () => {
  it('has version 1 and between 30 and 80 entries', () => {
    expect(base.version).toBe(1);
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.length).toBeLessThanOrEqual(80);
  });

  it('has unique kebab-case ids, tags, and related ids that exist', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id, e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Array.isArray(e.tags) && e.tags.length > 0, `${e.id} tags`).toBe(true);
      for (const r of e.related ?? []) {
        expect(ids, `${e.id} related ${r}`).toContain(r);
        expect(r, `${e.id} relates to itself`).not.toBe(e.id);
      }
      if (e.valid_from !== undefined) {
        const v = e.valid_from instanceof Date ? e.valid_from.toISOString().slice(0, 10) : String(e.valid_from);
        expect(v, `${e.id} valid_from`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('has every language with a title, at least 10 distinct questions and an answer', () => {
    for (const e of entries) {
      expect(Object.keys(e.texts).sort(), e.id).toEqual([...LANGS].sort());
      for (const lang of LANGS) {
        const t = e.texts[lang];
        expect(typeof t.title === 'string' && t.title.trim().length > 0, `${e.id}/${lang} title`).toBe(true);
        expect(t.questions.length, `${e.id}/${lang} questions`).toBeGreaterThanOrEqual(10);
        const norm = t.questions.map((q) => String(q).trim().toLowerCase());
        expect(norm.every((q) => q.length > 0), `${e.id}/${lang} empty question`).toBe(true);
        expect(new Set(norm).size, `${e.id}/${lang} duplicate question`).toBe(norm.length);
        expect(typeof t.answer === 'string' && t.answer.trim().length > 0, `${e.id}/${lang} answer`).toBe(true);
        expect(t.answer.length, `${e.id}/${lang} answer too long`).toBeLessThanOrEqual(1000);
      }
    }
  });

  it('never gives the same question to two entries (in one language)', () => {
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const e of entries) {
        for (const q of e.texts[lang].questions) {
          const key = String(q).trim().toLowerCase();
          const prev = owner.get(key);
          expect(prev === undefined || prev === e.id, `${lang} "${q}" in ${prev} and ${e.id}`).toBe(true);
          owner.set(key, e.id);
        }
      }
    }
  });

  it('answers use only Telegram HTML tags <b> <i> <code> <a href>, balanced, with & < > escaped', () => {
    for (const e of entries) {
      for (const lang of LANGS) {
        const where = `${e.id}/${lang}`;
        const html = e.texts[lang].answer;
        const stack: string[] = [];
        for (const m of html.matchAll(/<[^>]*>/g)) {
          const tag = m[0];
          const open = /^<(b|i|code)>$/.exec(tag)?.[1] ?? (/^<a href="https:\/\/[^"\s<>]+">$/.test(tag) ? 'a' : null);
          const close = /^<\/(b|i|code|a)>$/.exec(tag)?.[1];
          expect(open ?? close, `${where}: tag ${tag}`).toBeTruthy();
          if (open) stack.push(open);
          else expect(stack.pop(), `${where}: unbalanced ${tag}`).toBe(close);
        }
        expect(stack, `${where}: unclosed tags`).toEqual([]);
        const text = stripTags(html);
        expect(text, `${where}: raw < or >`).not.toMatch(/[<>]/);
        expect(text, `${where}: unescaped &`).not.toMatch(/&(?!(amp|lt|gt|quot);)/);
      }
    }
  });

  it('answers state only numbers from the seed', () => {
    for (const e of entries) {
      for (const lang of LANGS) {
        for (const n of numbersIn(stripTags(e.texts[lang].answer))) {
          expect(ALLOWED_NUMBERS.has(n) || SAME_FACT_NUMBERS.has(n), `${e.id}/${lang}: number ${n}`).toBe(true);
        }
      }
    }
  });

  it('states the same numbers and links in every language of an entry', () => {
    for (const e of entries) {
      const facts = (lang: Lang) => {
        const html = e.texts[lang].answer;
        const nums = numbersIn(stripTags(html)).filter((n) => !SAME_FACT_NUMBERS.has(n));
        return { nums: [...new Set(nums)].sort(), links: [...new Set(hrefsIn(html))].sort() };
      };
      const en = facts('en');
      for (const lang of ['de', 'zh'] as const) expect(facts(lang), `${e.id}/${lang} vs en`).toEqual(en);
    }
  });

  it('keeps the key facts in the first language-specific words members look for', () => {
    const must: Record<string, Record<Lang, RegExp>> = {
      'pause-why': { en: /not a technical problem/i, de: /nicht technisch/i, zh: /不是技术问题/ },
      'funds-safe': { en: /protected/i, de: /geschützt/i, zh: /保护/ },
      'keys-multisig': { en: /multisig/, de: /multisig/, zh: /multisig/ },
      'keys-backup': { en: /backup/i, de: /backup|sicherung/i, zh: /备份/ },
      'rewards-happy-friday': { en: /20%/, de: /20%/, zh: /20%/ },
      'rewards-rebate-card': { en: /10,000 USDT/, de: /10\.000 USDT/, zh: /10,000 USDT/ },
      'rewards-rebate-eligible': { en: /00:00 HKT on 24 November 2020/, de: /00:00 Uhr \(HKT\) am 24\. November 2020/, zh: /2020年11月24日 00:00/ },
      'safety-never-ask-secrets': { en: /never/i, de: /nie/i, zh: /绝不/ },
      'safety-staff-never-dm': { en: /never/i, de: /nie/i, zh: /绝不/ },
    };
    for (const [id, byLang] of Object.entries(must)) {
      const e = entries.find((x) => x.id === id);
      expect(e, id).toBeDefined();
      for (const lang of LANGS) expect(e!.texts[lang].answer, `${id}/${lang}`).toMatch(byLang[lang]);
    }
  });

  it.skipIf(!seedPath)('allowed numbers and every link come from the seed', () => {
    const seed = readFileSync(seedPath!, 'utf8');
    const seedNumbers = new Set(numbersIn(seed));
    for (const n of ALLOWED_NUMBERS) expect(seedNumbers.has(n), `allowed number ${n} not in seed`).toBe(true);
    const seedUrls = new Set([...seed.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]));
    for (const e of entries) {
      for (const lang of LANGS) {
        for (const href of hrefsIn(e.texts[lang].answer)) {
          expect(seedUrls.has(href), `${e.id}/${lang}: link ${href} not in seed`).toBe(true);
        }
      }
    }
  });
});
