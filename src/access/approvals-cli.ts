import { UsageError, type CliCommand } from '../cli/types.js';
import type { Actor } from './service.js';
import { outcomeText } from './approvals-bot.js';

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const asOption = { as: { type: 'string' as const, description: 'Telegram id of the staff member acting (audited)' } };

function actorFrom(values: Record<string, unknown>): Actor {
  const as = values.as as string | undefined;
  if (!as || !/^\d{1,19}$/.test(as)) throw new UsageError('--as <telegram-id> is required: the staff member deciding (never the author)');
  return { id: BigInt(as), via: 'cli' };
}

/** approve / reject / approvals list: the two-person rule from the operator's terminal. */
export const approvalsCli: CliCommand[] = [
  {
    path: ['approve'],
    summary: 'Approve a pending request (admin or owner, not its author); --override for an owner emergency',
    args: '<ID>',
    options: { ...asOption, override: { type: 'boolean', description: 'Owner emergency override (needs --reason; audited)' }, reason: { type: 'string', description: 'Why (required with --override)' } },
    async run(ctx, { positionals, values }) {
      const id = Number(positionals[0]);
      if (!Number.isInteger(id) || id < 1) throw new UsageError('ID must be the number of the request');
      const actor = actorFrom(values);
      if (values.override && !values.reason) throw new UsageError('--override needs --reason');
      const { approvals } = await ctx.services();
      const o = values.override ? await approvals.override(actor, id, String(values.reason)) : await approvals.approve(actor, id);
      (o.ok ? ctx.out : ctx.err)(plain(outcomeText('en', o)));
      return o.ok ? 0 : 1;
    },
  },
  {
    path: ['reject'],
    summary: 'Reject a pending request',
    args: '<ID>',
    options: { ...asOption, reason: { type: 'string', description: 'Why (audited)' } },
    async run(ctx, { positionals, values }) {
      const id = Number(positionals[0]);
      if (!Number.isInteger(id) || id < 1) throw new UsageError('ID must be the number of the request');
      const o = await (await ctx.services()).approvals.reject(actorFrom(values), id, values.reason as string | undefined);
      (o.ok ? ctx.out : ctx.err)(plain(outcomeText('en', o)));
      return o.ok ? 0 : 1;
    },
  },
  {
    path: ['approvals', 'list'],
    summary: 'Requests waiting for approval',
    async run(ctx) {
      const list = await (await ctx.services()).approvals.list({ status: 'pending' });
      if (!list.length) ctx.out('Nothing is waiting for approval.');
      for (const r of list) ctx.out(`#${r.id}\t${r.kind}\t${r.summary}\tby ${r.authorId ?? 'system'}\t${r.approvals.length}/${r.required}\texpires ${utc(r.expiresAt)}`);
    },
  },
];
