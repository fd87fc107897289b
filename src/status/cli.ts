import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { LOCALES } from '../config.js';
import { t } from '../bot/i18n.js';
import { AccessDenied, type Actor } from '../access/service.js';
import { satisfies } from '../access/roles.js';
import type { Services } from '../services.js';
import { UsageError, type CliCommand, type CliContext } from '../cli/types.js';
import { StatusError } from './service.js';
import { cleanTexts, type Texts, utc } from './model.js';

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function actorFrom(values: Record<string, unknown>): Actor {
  const as = values.as as string | undefined;
  if (!as || !/^\d{1,19}$/.test(as)) throw new UsageError('--as <telegram-id> is required: the staff member acting (never the approver of their own request)');
  return { id: BigInt(as), via: 'cli' };
}

async function requireStaff(s: Services, actor: Actor) {
  if (!satisfies(await s.access.rolesOf(actor.id!), ['admin', 'support'])) throw new AccessDenied(`${actor.id} is not staff (admin or support)`);
}

/** The message file: YAML or JSON with en/de/zh texts, or plain text (English). */
export async function readMessageFile(path: string | undefined): Promise<Texts> {
  if (!path) throw new UsageError('--message-file <file> is required (YAML/JSON with en, de, zh, or plain text = en)');
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
  let parsed: unknown;
  try {
    parsed = /\.json$/i.test(path) || raw.trimStart().startsWith('{') ? JSON.parse(raw) : YAML.parse(raw);
  } catch {
    parsed = undefined;
  }
  const isTexts = parsed && typeof parsed === 'object' && LOCALES.some((l) => l in (parsed as object));
  const texts = cleanTexts(isTexts ? (parsed as Record<string, unknown>) : { en: raw });
  if (!texts) throw new UsageError(`${path}: the English text (en) is missing or empty`);
  return texts;
}

/** StatusError → exit 2 with the English message (a mistake in what was asked). */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StatusError) throw new UsageError(plain(t('en', err.key, err.vars)));
    throw err;
  }
}

function printPreview(ctx: CliContext, p: Awaited<ReturnType<Services['status']['preview']>>) {
  ctx.out(`Preview: ${p.total} followers will get this.`);
  for (const l of LOCALES) ctx.out(`--- ${l} (${p.counts[l]} members)\n${plain(p.texts[l])}`);
}

const asOption = { as: { type: 'string' as const, description: 'Telegram id of the staff member acting (audited)' } };

export const statusCli: CliCommand[] = [
  {
    path: ['status', 'asset', 'add'],
    summary: 'Track a new asset (operational until set otherwise)',
    args: '<SYMBOL> <name>',
    options: { ...asOption, networks: { type: 'string', description: 'Comma-separated networks, e.g. ERC20,TRC20' } },
    async run(ctx, { positionals, values }) {
      const [symbol, ...name] = positionals;
      if (!symbol || !name.length) throw new UsageError('SYMBOL and name are required, e.g. status asset add BTC "Bitcoin"');
      const s = await ctx.services();
      const actor = values.as ? actorFrom(values) : { id: null, via: 'cli' as const };
      const networks = String(values.networks ?? '').split(',').map((n) => n.trim()).filter(Boolean);
      const { asset, created } = await guarded(() => s.status.addAsset(actor, symbol, name.join(' '), networks));
      ctx.out(created ? `${asset.symbol} (${asset.name}) is now tracked.` : `${asset.symbol} is already tracked: nothing changed.`);
    },
  },
  {
    path: ['status', 'set'],
    summary: 'Ask for a state change (or "update" for a message only); prints the pending approval request id',
    args: '<SYMBOL> <withdrawals|deposits> <operational|delayed|paused|resumed|update>',
    options: {
      ...asOption,
      'message-file': { type: 'string', description: 'YAML or JSON with en (required), de, zh; or plain text (English)' },
      'remind-every': { type: 'string', description: 'While paused, remind followers every N minutes (0 turns reminders off)' },
      at: { type: 'string', description: 'Schedule the announcement for this time (ISO 8601, e.g. 2026-11-25T18:00Z)' },
    },
    async run(ctx, { positionals, values }) {
      const [symbol, direction, state] = positionals;
      if (!symbol || !direction || !state) throw new UsageError('SYMBOL, direction and state are required');
      const actor = actorFrom(values);
      const texts = await readMessageFile(values['message-file'] as string | undefined);
      let reminderMinutes: number | null | undefined;
      if (values['remind-every'] !== undefined) {
        const n = Number(values['remind-every']);
        if (!Number.isInteger(n) || n < 0) throw new UsageError('--remind-every must be a whole number of minutes');
        reminderMinutes = n === 0 ? null : n;
      }
      const s = await ctx.services();
      await requireStaff(s, actor);
      const payload = await guarded(() => s.status.validate({ symbol, direction, state: state === 'update' ? null : state, texts, reminderMinutes, at: values.at as string | undefined }));
      printPreview(ctx, await s.status.preview(payload));
      const req = await s.status.requestChange(actor, payload);
      ctx.out(`Pending approval request: ${req.id} (needs ${req.required} approval(s) by another admin or owner; expires ${utc(req.expiresAt)}).`);
      ctx.out(`Approve with: approve ${req.id} --as <STAFF_ID>. The running bot notifies the approvers.`);
    },
  },
  {
    path: ['status', 'correct'],
    summary: 'Ask for a correction of an update already posted (pending approval)',
    args: '<UPDATE_ID>',
    options: { ...asOption, 'message-file': { type: 'string', description: 'YAML or JSON with en, de, zh; or plain text (English)' } },
    async run(ctx, { positionals, values }) {
      const id = Number(positionals[0]);
      if (!Number.isInteger(id) || id < 1) throw new UsageError('UPDATE_ID must be the number shown by status history');
      const actor = actorFrom(values);
      const texts = await readMessageFile(values['message-file'] as string | undefined);
      const s = await ctx.services();
      await requireStaff(s, actor);
      const req = await guarded(() => s.status.requestCorrection(actor, id, texts));
      ctx.out(`Pending approval request: ${req.id}`);
    },
  },
  {
    path: ['status', 'show'],
    summary: 'Current state of every asset, or of one',
    args: '[SYMBOL]',
    async run(ctx, { positionals }) {
      const s = await ctx.services();
      const list = positionals[0] ? [await guarded(async () => (await s.status.history(positionals[0]!, 0)).asset)] : await s.status.listAssets();
      if (!list.length) ctx.out('No assets are tracked yet. Add one: status asset add BTC "Bitcoin"');
      for (const a of list) {
        const remind = a.reminderMinutes ? `\treminders every ${a.reminderMinutes} min` : '';
        ctx.out(`${a.symbol}\t${a.name}\twithdrawals ${a.withdrawals} since ${utc(a.withdrawalsSince)}\tdeposits ${a.deposits} since ${utc(a.depositsSince)}${remind}`);
      }
    },
  },
  {
    path: ['status', 'history'],
    summary: 'Timeline of one asset, newest first',
    args: '<SYMBOL>',
    options: { limit: { type: 'string', short: 'n', description: 'How many entries (default 20)' } },
    async run(ctx, { positionals, values }) {
      if (!positionals[0]) throw new UsageError('SYMBOL is required');
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
      const { asset, updates } = await guarded(async () => (await ctx.services()).status.history(positionals[0]!, limit));
      if (!updates.length) ctx.out(`No updates for ${asset.symbol} yet.`);
      for (const u of updates) {
        const what = u.correctsId ? `correction of #${u.correctsId}` : `${u.direction} ${u.previous ?? '?'} → ${u.state ?? '(update)'}`;
        const sent = u.broadcastId !== null ? `broadcast #${u.broadcastId} to ${u.recipients}` : `not sent (${u.recipients} followers)`;
        ctx.out(`#${u.id}\t${utc(u.createdAt)}\t${what}\tby ${u.authorId ?? 'system'}\t${sent}\t${u.textEn.replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    },
  },
];

export const subscribersCli: CliCommand[] = [
  {
    path: ['subscribers', 'import'],
    summary: 'Import Telegram ids (one a line, CSV or JSON lines; "-" reads stdin): they follow the official status updates',
    args: '<FILE|->',
    async run(ctx, { positionals }) {
      const file = positionals[0];
      if (!file) throw new UsageError('FILE is required');
      let text: string;
      try {
        text = file === '-' ? await ctx.stdin() : await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read ${file}`);
      }
      const s = await ctx.services();
      const r = await s.status.followers.importIds(text);
      for (const b of r.bad) ctx.err(`line ${b.line}: ${b.reason}: ${b.text}`);
      await s.access.audit({ id: null, via: 'cli' }, { action: 'status.subscribers.import', subject: file, after: { added: r.added, already: r.already, bad: r.bad.length } });
      ctx.out(`Imported ${r.added} new follower(s); ${r.already} already followed; ${r.bad.length} bad line(s) skipped.`);
      return r.bad.length ? 1 : 0;
    },
  },
];
