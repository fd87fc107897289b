import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError, type CliCommand, type CliContext } from '../cli/types.js';
import { composeLocal } from './answer.js';
import { createEngine } from './engine.js';
import { formatReport, judge, parseEvalFile, summarize, type EvalOutcome } from './eval.js';
import { formatProblems, parseKb } from './format.js';
import { KbValidationError } from './store.js';
import { isKbLang, type KbLang } from './types.js';

function actor(values: Record<string, unknown>) {
  const as = values.as as string | undefined;
  if (as !== undefined && !/^\d{1,19}$/.test(as)) throw new UsageError('--as must be a numeric Telegram id');
  return { id: as ? BigInt(as) : null, via: 'cli' as const };
}
function readFile(file: string | undefined) {
  if (!file) throw new UsageError('a FILE is required');
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
function langOption(v: unknown): KbLang | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !isKbLang(v)) throw new UsageError('--lang must be en, de or zh');
  return v;
}

/** Answers from a YAML file without a database (--kb FILE), or from the database's knowledge base. */
async function answerer(ctx: CliContext, kbFile: unknown) {
  if (typeof kbFile === 'string') {
    const parsed = parseKb(readFile(kbFile));
    if (!parsed.ok) throw new Error(`${kbFile} is invalid:\n${formatProblems(parsed.problems, kbFile)}`);
    const engine = createEngine(parsed.entries);
    return async (q: string, lang?: KbLang, fallbackLang?: KbLang) => composeLocal(engine, engine.search(q, { lang, fallbackLang }));
  }
  const kb = (await ctx.services()).knowledge;
  return (q: string, lang?: KbLang, fallbackLang?: KbLang) => kb.askLocal(q, { lang, fallbackLang });
}

const kbOpt = { kb: { type: 'string' as const, description: 'Answer from this YAML file instead of the database' } };
const asOpt = { as: { type: 'string' as const, description: 'Telegram id of the staff member acting (audit log)' } };

export const knowledgeCli: CliCommand[] = [
  {
    path: ['kb', 'validate'],
    summary: 'Check a knowledge-base file (line and reason of every problem); changes nothing',
    args: '<FILE>',
    async run(ctx, { positionals }) {
      const res = parseKb(readFile(positionals[0]));
      if (!res.ok) {
        ctx.err(formatProblems(res.problems, positionals[0]));
        return 1;
      }
      ctx.out(`OK: ${res.entries.length} entries`);
    },
  },
  {
    path: ['kb', 'import'],
    summary: 'Import a knowledge-base file (replaces the knowledge base; --merge keeps entries not in the file); versioned and audited',
    args: '<FILE>',
    options: { merge: { type: 'boolean', description: 'Add and update only; delete nothing' }, ...asOpt },
    async run(ctx, { positionals, values }) {
      const text = readFile(positionals[0]);
      try {
        const s = await (await ctx.services()).knowledge.importText(actor(values), text, values.merge ? 'merge' : 'replace');
        ctx.out(`Imported: ${s.created} new, ${s.updated} changed, ${s.deleted} deleted, ${s.unchanged} unchanged (batch ${s.batch}).`);
      } catch (e) {
        if (!(e instanceof KbValidationError)) throw e;
        ctx.err(`Nothing was changed.\n${formatProblems(e.problems, positionals[0])}`);
        return 1;
      }
    },
  },
  {
    path: ['kb', 'export'],
    summary: 'Write the knowledge base as YAML (to FILE, or to standard output)',
    args: '[FILE]',
    async run(ctx, { positionals }) {
      const text = await (await ctx.services()).knowledge.exportText();
      if (positionals[0]) {
        writeFileSync(positionals[0], text);
        ctx.err(`Wrote ${positionals[0]}`);
      } else ctx.out(text.trimEnd());
    },
  },
  {
    path: ['kb', 'list'],
    summary: 'List entries: id, version, hits, English title',
    async run(ctx) {
      const kb = (await ctx.services()).knowledge;
      await kb.ready();
      const list = await kb.entries();
      for (const e of list) {
        const row = await kb.get(e.id);
        ctx.out(`${e.id}\tv${row?.version}\t${row?.hits} hits\t${e.texts.en?.title ?? ''}`);
      }
      if (!list.length) ctx.out('The knowledge base is empty.');
    },
  },
  {
    path: ['kb', 'history'],
    summary: 'Versions of one entry (revert with kb revert ID VERSION)',
    args: '<ID>',
    async run(ctx, { positionals }) {
      if (!positionals[0]) throw new UsageError('an entry id is required');
      const rows = await (await ctx.services()).knowledge.history(positionals[0]);
      for (const r of rows) ctx.out(`v${r.version}\t${r.createdAt.toISOString()}\t${r.action}\t${r.actorId ?? '-'}`);
      if (!rows.length) ctx.out(`No versions of ${positionals[0]}.`);
    },
  },
  {
    path: ['kb', 'revert'],
    summary: 'Restore an entry as it was in VERSION (a new version; audited)',
    args: '<ID> <VERSION>',
    options: asOpt,
    async run(ctx, { positionals, values }) {
      const [id, v] = positionals;
      if (!id || !v || !/^\d+$/.test(v)) throw new UsageError('an entry id and a version number are required');
      const now = await (await ctx.services()).knowledge.revert(actor(values), id, Number(v));
      if (now === null) {
        ctx.err(`${id} has no version ${v}.`);
        return 1;
      }
      ctx.out(`${id} restored to version ${v} (now version ${now}).`);
    },
  },
  {
    path: ['kb', 'ask'],
    summary: 'Ask the local engine; --jsonl reads {"id","lang","q"} lines on standard input',
    args: '[QUESTION]',
    options: {
      lang: { type: 'string', description: 'Language of the question (en, de, zh); default: detected' },
      json: { type: 'boolean', description: 'One JSON object' },
      jsonl: { type: 'boolean', description: 'Questions from standard input, one JSON line out per question' },
      ...kbOpt,
    },
    async run(ctx, { positionals, values }) {
      const ask = await answerer(ctx, values.kb);
      const shape = (id: unknown, a: Awaited<ReturnType<typeof ask>>) => ({ id, answered: a.outcome === 'sure' || a.outcome === 'live', entryId: a.entryId, confidence: a.confidence, text: a.text });
      if (values.jsonl) {
        for (const line of (await ctx.stdin()).split('\n')) {
          if (!line.trim()) continue;
          let row: { id?: unknown; lang?: string; q?: string };
          try {
            row = JSON.parse(line);
          } catch {
            ctx.err(`not JSON: ${line.slice(0, 80)}`);
            continue;
          }
          const fallback = row.lang && isKbLang(row.lang) ? row.lang : undefined;
          ctx.out(JSON.stringify(shape(row.id ?? null, await ask(String(row.q ?? ''), undefined, fallback))));
        }
        return;
      }
      const q = positionals.join(' ').trim();
      if (!q) throw new UsageError('a question is required (or --jsonl)');
      const a = await ask(q, langOption(values.lang));
      if (values.json) ctx.out(JSON.stringify({ ...shape(null, a), outcome: a.outcome, lang: a.lang, choices: a.choices }));
      else {
        ctx.out(`[${a.outcome} ${a.lang} ${a.entryId ?? '-'} ${a.confidence}]`);
        ctx.out(a.text);
        for (const c of a.choices) ctx.out(`  → ${c.id}: ${c.title}`);
      }
    },
  },
  {
    path: ['kb', 'eval'],
    summary: 'Score an evaluation file (faq-dev.jsonl format): accuracy per language and overall',
    args: '<FILE>',
    options: {
      verbose: { type: 'boolean', short: 'v', description: 'List every wrong line' },
      json: { type: 'boolean', description: 'The report as JSON' },
      min: { type: 'string', description: 'Exit 1 when any language is below this share (e.g. 0.9) in or out of scope' },
      ...kbOpt,
    },
    async run(ctx, { positionals, values }) {
      const rows = parseEvalFile(readFile(positionals[0]));
      const ask = await answerer(ctx, values.kb);
      const outcomes: EvalOutcome[] = [];
      for (const row of rows) {
        const a = await ask(row.q, undefined, row.lang);
        outcomes.push({ row, ok: judge(row, a), answer: a });
      }
      const rep = summarize(outcomes);
      if (values.json) ctx.out(JSON.stringify({ byLang: rep.byLang, overall: rep.overall }));
      else for (const l of formatReport(rep)) ctx.out(l);
      if (values.verbose) {
        for (const o of outcomes.filter((x) => !x.ok)) {
          ctx.out(`✗ ${o.row.id} [${o.row.lang} ${o.row.kind}] ${o.row.q}\n    → ${o.answer.outcome} ${o.answer.lang} ${o.answer.entryId ?? '-'} ${o.answer.confidence}`);
        }
      }
      if (values.min !== undefined) {
        const min = Number(values.min);
        const low = Object.values(rep.byLang).some((s) => [s.inScope, s.outOfScope].some(([a, b]) => b > 0 && a / b < min));
        if (low) return 1;
      }
    },
  },
  {
    path: ['kb', 'gaps'],
    summary: 'Questions members asked without a good answer, most asked first',
    options: { limit: { type: 'string', short: 'n', description: 'How many (default 20)' } },
    async run(ctx, { values }) {
      const gaps = await (await ctx.services()).knowledge.gaps(Number(values.limit ?? 20) || 20);
      for (const g of gaps) ctx.out(`${g.count}×\t${g.lang}\t👎${g.downvotes}\t${g.example}`);
      if (!gaps.length) ctx.out('No unanswered questions.');
    },
  },
];
