import { readFileSync } from 'node:fs';
import { UsageError, type CliCommand } from '../cli/types.js';
import { parseTexts } from './bot.js';
import { DeliveryError } from './service.js';
import { summarize } from './progress.js';
import { startSender } from './run.js';

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
    if (e instanceof DeliveryError) throw new Error(e.message);
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
      await explained((await ctx.services()).delivery.approve(actor(values, true), id));
      ctx.out(`Broadcast ${id} approved: the sender starts it.`);
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
    path: ['delivery', 'run'],
    summary: 'Run the sender without the bot (a separate process; stops on SIGINT/SIGTERM)',
    async run(ctx) {
      if (!ctx.config.botToken) throw new UsageError('BOT_TOKEN is required to send');
      const db = await ctx.db();
      const services = await ctx.services();
      const logger = (await import('../logger.js')).createLogger(ctx.config.logLevel);
      const sender = startSender({ prisma: db.prisma, config: ctx.config, logger, services, token: ctx.config.botToken });
      ctx.err(`delivery sender ${sender.holder} running (Ctrl-C stops it)`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await sender.stop();
      ctx.err(`delivery sender stopped: ${sender.stats.sent} sent`);
    },
  },
];
