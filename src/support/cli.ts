import { UsageError, type CliCommand } from '../cli/types.js';
import type { Ticket } from './service.js';
import { STATES } from './service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : '');

/** RFC 4180: quote fields with commas, quotes or line breaks; a leading =+-@ is neutralised for spreadsheets. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLUMNS: [string, (t: Ticket) => unknown][] = [
  ['id', (t) => t.id],
  ['state', (t) => t.state],
  ['priority', (t) => t.priority],
  ['category', (t) => t.category],
  ['locale', (t) => t.locale],
  ['member_id', (t) => t.memberId],
  ['created_at', (t) => iso(t.createdAt)],
  ['first_response_at', (t) => iso(t.firstResponseAt)],
  ['closed_at', (t) => iso(t.closedAt)],
  ['taken_by', (t) => t.takenBy ?? ''],
  ['rating', (t) => t.rating ?? ''],
  ['tags', (t) => t.tags.join(' ')],
  ['staff_error', (t) => t.staffError ?? ''],
];

function stateOption(values: Record<string, unknown>) {
  const state = values.state as string | undefined;
  if (state && !(STATES as readonly string[]).includes(state)) throw new UsageError(`--state must be one of ${STATES.join(', ')}`);
  return state;
}

const stateOpt = { state: { type: 'string' as const, description: `Only tickets in this state (${STATES.join(', ')})` } };

export const supportCli: CliCommand[] = [
  {
    path: ['tickets', 'list'],
    summary: 'List tickets (open ones first by priority and age with --open)',
    options: { ...stateOpt, open: { type: 'boolean', description: 'The open queue, most urgent and oldest first' } },
    async run(ctx, { values }) {
      const s = (await ctx.services()).support;
      const list = values.open ? await s.queue(500) : await s.list({ state: stateOption(values) }, 1000);
      if (!list.length) return ctx.out('No tickets.');
      for (const t of list) {
        ctx.out([`#${t.id}`, t.state, `p${t.priority}`, t.category, t.locale, iso(t.createdAt).slice(0, 16), t.takenByName ?? '-', t.staffError ? `! ${t.staffError}` : ''].join('\t').trimEnd());
      }
    },
  },
  {
    path: ['tickets', 'show'],
    summary: 'Show one ticket and its messages',
    args: '<number>',
    async run(ctx, { positionals }) {
      const id = Number(positionals[0]);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError('number must be a ticket number');
      const s = (await ctx.services()).support;
      const t = await s.get(id);
      if (!t) {
        ctx.err(`No ticket #${id}.`);
        return 1;
      }
      ctx.out(`Ticket #${t.id} (${t.state}, priority ${t.priority}) ${t.category} · ${t.locale} · member ${t.memberId} ${t.memberName ?? ''}`.trimEnd());
      ctx.out(`Opened ${iso(t.createdAt)}; first response ${iso(t.firstResponseAt) || 'none'}; closed ${iso(t.closedAt) || 'no'}; taken by ${t.takenByName ?? 'nobody'}`);
      if (t.tags.length) ctx.out(`Tags: ${t.tags.join(' ')}`);
      if (t.staffError) ctx.out(`Not in the staff group: ${t.staffError}`);
      if (t.rating) ctx.out(`Rating: ${t.rating}/5 ${t.ratingComment ?? ''}`.trimEnd());
      for (const m of await s.messages(id)) ctx.out(`${iso(m.createdAt)} ${m.direction} ${m.kind} [${m.status}] ${m.text ?? ''}`.trimEnd());
    },
  },
  {
    path: ['tickets', 'export'],
    summary: 'Export tickets as CSV (no message texts)',
    options: stateOpt,
    async run(ctx, { values }) {
      const list = await (await ctx.services()).support.list({ state: stateOption(values) }, 1_000_000);
      ctx.out(COLUMNS.map(([h]) => h).join(','));
      for (const t of list) ctx.out(COLUMNS.map(([, f]) => csvField(f(t))).join(','));
    },
  },
];
