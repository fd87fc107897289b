import { readFileSync } from 'node:fs';
import { UsageError, type CliCommand } from '../cli/types.js';
import { parseTexts } from './bot.js';
import { DeliveryError } from './service.js';
import { summarize } from './progress.js';
import { startSender } from './run.js';
import { UncertainError } from './uncertain.js';
import { createSharedGate } from './shared-gate.js';

function actor(values: Record<string, unknown>, required = false) {
  const as = values.as as string | undefined;
  if (as !== undefined && !/^\d{1,19}$/.test(as)) throw new UsageError('--as must be a numeric Telegram id');
  if (required && !as) throw new UsageError('--as <telegram-id> is required (the staff member acting)');
  return { id: as ? BigInt(as) : null, via: 'cli' as const };
}

function broadcastId(s: string | undefined): number {
  if (!s || !/^#?\d{1,9}$/.test(s)) throw new UsageError('the broadcast id must be a number');
  return Number(s.replace('#', ''));
}

const asOption = { as: { type: 'string' as const, description: 'Telegram id of the staff member acting (recorded in the audit log)' } };

/** Reads a newsletter: JSON {"texts": {"en": …}, "kind", "priority"} or sections "[en] … [de] …". */
export function readNewsletter(file: string) {
  const body = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    const j = JSON.parse(body) as { texts?: Record<string, string>; kind?: string; priority?: number };
    if (!j.texts || typeof j.texts !== 'object') throw new UsageError(`${file}: expected {"texts": {"en": "…", "de": "…"}}`);
    return { texts: j.texts, kind: j.kind, priority: j.priority };
  }
  return { texts: parseTexts(body) };
}

async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof DeliveryError || e instanceof UncertainError) throw new Error(e.message);
    throw e;
  }
}

export const deliveryCli: CliCommand[] = [
  {
    path: ['broadcast', 'send'],
    summary: 'Queue a newsletter to every member (pending until a second admin approves); prints its id',
    options: { file: { type: 'string', description: 'The text: sections [en] [de] [zh], or JSON {"texts": {...}}' }, ...asOption },
    async run(ctx, { values }) {
      if (!values.file) throw new UsageError('--file is required');
      const n = readNewsletter(values.file as string);
      const s = await ctx.services();
      const r = await explained(s.delivery.request(actor(values, true), n));
      ctx.out(String(r.id));
      ctx.err(`Broadcast ${r.id} is pending: ${r.total} recipients (${Object.entries(r.perLocale).map(([l, c]) => `${l} ${c}`).join(', ')}; ${r.chats} chats). Approve: broadcast approve ${r.id} --as <another admin>`);
    },
  },
  {
    path: ['broadcast', 'approve'],
    summary: "Approve someone else's pending broadcast (admin or owner)",
    args: '<id>',
    options: asOption,
    async run(ctx, { positionals, values }) {
      const id = broadcastId(positionals[0]);
      const r = await explained((await ctx.services()).delivery.approve(actor(values, true), id));
      if (r.executed) ctx.out(`Broadcast ${id} approved: the sender starts it.`);
      else ctx.out(`Approval ${r.count} of ${r.required} for broadcast ${id} recorded: waiting for ${r.remaining} more (another admin or owner, not the author). Nothing is sent yet.`);
    },
  },
  {
    path: ['broadcast', 'cancel'],
    summary: 'Cancel a broadcast (what was sent stays sent)',
    args: '<id>',
    options: asOption,
    async run(ctx, { positionals, values }) {
      const id = broadcastId(positionals[0]);
      await explained((await ctx.services()).delivery.cancel(actor(values), id));
      ctx.out(`Broadcast ${id} cancelled.`);
    },
  },
  {
    path: ['broadcast', 'progress'],
    summary: 'Show where a broadcast stands',
    args: '<id>',
    options: { json: { type: 'boolean', description: 'As JSON' } },
    async run(ctx, { positionals, values }) {
      const id = broadcastId(positionals[0]);
      const s = await ctx.services();
      const b = await explained(s.delivery.get(id));
      const rows = await (await ctx.db()).prisma.deliveryRecipient.groupBy({ by: ['state'], where: { broadcastId: id }, _count: { _all: true }, _sum: { resent: true } });
      const byState = Object.fromEntries(rows.map((r) => [r.state, r._count._all]));
      const c = summarize(byState, rows.reduce((a, r) => a + (r._sum.resent ?? 0), 0));
      if (values.json) return void ctx.out(JSON.stringify({ id, kind: b.kind, state: b.state, ...c, byState }));
      ctx.out(`#${id} ${b.kind} ${b.state}: ${c.total} recipients, ${c.sent} sent, ${c.failed} failed, ${c.blocked} blocked, ${c.uncertain} uncertain, ${c.left} left${c.resent ? `, ${c.resent} sent again after a restart` : ''}`);
    },
  },
  {
    path: ['broadcast', 'uncertain'],
    summary: 'Messages of a broadcast that may or may not have arrived (never repeated by themselves)',
    args: '<id>',
    options: { json: { type: 'boolean', description: 'As JSON' }, limit: { type: 'string', description: 'How many to list (default 50)' } },
    async run(ctx, { positionals, values }) {
      const id = broadcastId(positionals[0]);
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 0) throw new UsageError('--limit must be a whole number');
      const { count, rows } = await explained((await ctx.services()).delivery.uncertain.list(id, limit));
      if (values.json) return void ctx.out(JSON.stringify({ id, uncertain: count, rows: rows.map((r) => ({ chatId: r.chatId.toString(), op: r.op, error: r.lastError, at: r.updatedAt.toISOString() })) }));
      ctx.out(`Broadcast ${id}: ${count} uncertain`);
      for (const r of rows) ctx.out(`${r.chatId}\t${r.op}\t${r.updatedAt.toISOString()}\t${r.lastError ?? ''}`);
      if (count > rows.length) ctx.out(`… and ${count - rows.length} more`);
    },
  },
  {
    path: ['broadcast', 'resend-uncertain'],
    summary: 'Send the uncertain messages of a broadcast once more (admin or owner; they may become duplicates; --yes to confirm)',
    args: '<id>',
    options: { ...asOption, yes: { type: 'boolean', description: 'Confirm: some of them may already have arrived' } },
    async run(ctx, { positionals, values }) {
      const id = broadcastId(positionals[0]);
      const who = actor(values, true);
      const { delivery } = await ctx.services();
      if (!values.yes) {
        const { count } = await explained(delivery.uncertain.list(id, 0));
        ctx.err(`Broadcast ${id} has ${count} uncertain messages. Some of them may already have arrived: sending them again can make duplicates. Nothing changed; confirm with --yes.`);
        return 1;
      }
      const n = await explained(delivery.uncertain.resend(who, id));
      ctx.out(`Broadcast ${id}: ${n} uncertain messages queued once more; the sender sends them at the pace.`);
    },
  },
  {
    path: ['delivery', 'run'],
    summary: 'Run the sender without the bot (a separate process; stops on SIGINT/SIGTERM)',
    async run(ctx) {
      if (!ctx.config.botToken) throw new UsageError('BOT_TOKEN is required to send');
      const db = await ctx.db();
      const services = await ctx.services();
      const logger = (await import('../logger.js')).createLogger(ctx.config.logLevel);
      // This process's 429s pause the bot's replies too (and the bot's pause this sender).
      const shared = createSharedGate({ prisma: db.prisma, gate: services.delivery.gate, logger });
      shared.start();
      const sender = startSender({ prisma: db.prisma, config: ctx.config, logger, services, token: ctx.config.botToken });
      ctx.err(`delivery sender ${sender.holder} running (Ctrl-C stops it)`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await sender.stop();
      shared.stop();
      ctx.err(`delivery sender stopped: ${sender.stats.sent} sent`);
    },
  },
];
