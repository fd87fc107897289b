import type { KbAnswer } from './answer.js';
import type { KbLang } from './types.js';

export interface EvalRow {
  id: string;
  lang: KbLang;
  q: string;
  kind: 'answer' | 'abstain' | 'abstain_or_support';
  expect?: string[];
}

export interface EvalOutcome {
  row: EvalRow;
  ok: boolean;
  answer: Pick<KbAnswer, 'outcome' | 'entryId' | 'confidence' | 'text' | 'lang'>;
}

/** `(?i)` and friends (Python/PCRE inline flags) become JavaScript flags. */
export function toRegExp(pattern: string): RegExp {
  let flags = 'u';
  const src = pattern.replace(/\(\?([imsx]+)\)/g, (_m, f: string) => {
    for (const c of f) if ('ims'.includes(c) && !flags.includes(c)) flags += c;
    return '';
  });
  return new RegExp(src, flags);
}

export function parseEvalFile(text: string): EvalRow[] {
  return text
    .split('\n')
    .map((l, i) => [l.trim(), i + 1] as const)
    .filter(([l]) => l && !l.startsWith('#'))
    .map(([l, line]) => {
      let r: EvalRow;
      try {
        r = JSON.parse(l);
      } catch {
        throw new Error(`line ${line}: not JSON`);
      }
      if (!r.q || !r.lang || !['answer', 'abstain', 'abstain_or_support'].includes(r.kind)) throw new Error(`line ${line}: needs q, lang and kind`);
      return r;
    });
}

const SUPPORT = /support|ticket|kundenservice|kundendienst|客服|工单|支持/i;
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The dev file's semantics: answer → answered in the question's language and every `expect`
 * matches; abstain → declined (no entry answer); abstain_or_support → declined, or an answer
 * that sends the member to support.
 */
export function judge(row: EvalRow, a: EvalOutcome['answer']): boolean {
  const answered = a.outcome === 'sure' || a.outcome === 'live';
  if (row.kind === 'answer') return answered && a.lang === row.lang && (row.expect ?? []).every((p) => toRegExp(p).test(plain(a.text)));
  if (row.kind === 'abstain') return !answered;
  return !answered || SUPPORT.test(plain(a.text));
}

export interface EvalReport {
  rows: EvalOutcome[];
  byLang: Record<string, { inScope: [number, number]; outOfScope: [number, number]; all: [number, number] }>;
  overall: [number, number];
}

export function summarize(rows: EvalOutcome[]): EvalReport {
  const byLang: EvalReport['byLang'] = {};
  let ok = 0;
  for (const r of rows) {
    const s = (byLang[r.row.lang] ??= { inScope: [0, 0], outOfScope: [0, 0], all: [0, 0] });
    const bucket = r.row.kind === 'answer' ? s.inScope : s.outOfScope;
    bucket[1]++;
    s.all[1]++;
    if (r.ok) {
      bucket[0]++;
      s.all[0]++;
      ok++;
    }
  }
  return { rows, byLang, overall: [ok, rows.length] };
}

const pct = ([a, b]: [number, number]) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');

export function formatReport(rep: EvalReport): string[] {
  const lines = ['lang  in-scope answered right   out-of-scope declined   all'];
  for (const [lang, s] of Object.entries(rep.byLang)) lines.push(`${lang.padEnd(5)} ${pct(s.inScope).padEnd(25)} ${pct(s.outOfScope).padEnd(23)} ${pct(s.all)}`);
  lines.push(`overall ${pct(rep.overall)}`);
  return lines;
}
