import { LOCALES } from '../config.js';
import type { PrismaClient } from '../db/client.js';
import type { Config, Locale } from '../config.js';
import type { AccessService, Actor } from '../access/service.js';
import type { ApprovalView, ExecutorResult } from '../access/approvals.js';
import type { MembersService } from '../members/service.js';
import type { Seams } from '../seams.js';
import type { Logger } from '../logger.js';
import type { StatusAsset } from '../generated/prisma/client.js';
import { toLocale } from '../bot/i18n.js';
import type { FollowersService } from './followers.js';
import { memberText, reminderText } from './messages.js';
import { type ChangePayload, type CorrectionPayload, type Direction, DIRECTIONS, type State, type Texts, utc } from './model.js';

interface ExecDeps {
  config: Config;
  logger: Logger;
  access: AccessService;
  members: MembersService;
  seams: Seams;
  now: () => Date;
  followers: FollowersService;
  requireAsset(symbol: string): Promise<StatusAsset>;
}

/** Priority of status messages in delivery's outbox: a status change overtakes a newsletter (1). */
export const STATUS_PRIORITY = 10;
const REMINDER_PRIORITY = 5;
const OPENS_INCIDENT: State[] = ['delayed', 'paused'];

const resultKey = (sent: { count: number; failed: boolean }) =>
  sent.failed ? 'status-result-delivery-failed' : sent.count ? 'status-result-recorded' : 'status-result-no-followers';

/**
 * What happens once a request is approved: the state and the timeline entry are written in one
 * transaction, then one text per follower (in their language) is handed to delivery. When delivery
 * is absent the update is recorded but not sent, and the result says so.
 */
export function createExecution(prisma: PrismaClient, deps: ExecDeps) {
  async function progressTarget(authorId: bigint | null, fallback: bigint | null) {
    const id = authorId ?? fallback;
    if (id === null) return undefined;
    const m = await deps.members.get(id);
    return { chatId: id, locale: toLocale(m?.locale ?? m?.languageCode, deps.config.defaultLocale) };
  }

  async function hand(kind: string, priority: number, messages: { chatId: bigint; text: string }[], authorId: bigint | null, by: Actor, chatTexts?: Record<string, string>) {
    if (!messages.length) return { broadcastId: null as number | null, count: 0, failed: false };
    const progress = await progressTarget(authorId, by.id);
    try {
      const broadcastId = await deps.seams.deliver({ kind, priority, messages, progress, authorId: authorId ?? by.id ?? undefined, chatTexts });
      return { broadcastId, count: messages.length, failed: false };
    } catch (err) {
      // The state is already written: report "recorded, not sent" rather than a failed approval.
      deps.logger.error({ err, kind }, 'delivery refused the status messages');
      return { broadcastId: null, count: messages.length, failed: true };
    }
  }

  async function render(asset: StatusAsset, m: { direction: Direction; state: State | null; texts: Texts; correction?: boolean }) {
    const recipients = await deps.followers.recipients(asset.symbol);
    const cache = new Map<Locale, string>();
    const text = (l: Locale) => {
      if (!cache.has(l)) cache.set(l, memberText(l, { symbol: asset.symbol, name: asset.name, current: asset[m.direction] as State, ...m }));
      return cache.get(l)!;
    };
    return recipients.map((r) => ({ chatId: r.chatId, text: text(r.locale) }));
  }

  async function perform(p: ChangePayload, authorId: bigint | null, authorVia: string, approvalId: number | null, by: Actor): Promise<ExecutorResult> {
    const now = deps.now();
    const before = await deps.requireAsset(p.symbol);
    const update = await prisma.$transaction(async (tx) => {
      const a = (await tx.statusAsset.findUnique({ where: { id: before.id } }))!;
      const previous = a[p.direction];
      const sinceField = p.direction === 'withdrawals' ? 'withdrawalsSince' : 'depositsSince';
      if (p.state || p.reminderMinutes !== undefined) {
        await tx.statusAsset.update({
          where: { id: a.id },
          data: {
            ...(p.state ? { [p.direction]: p.state, ...(p.state !== previous ? { [sinceField]: now } : {}) } : {}),
            ...(p.reminderMinutes !== undefined ? { reminderMinutes: p.reminderMinutes } : {}),
            ...(p.state === 'paused' && previous !== 'paused' ? { lastReminderAt: null } : {}),
          },
        });
      }
      let incident = await tx.statusIncident.findFirst({ where: { assetId: a.id, closedAt: null }, orderBy: { id: 'desc' } });
      if (!incident && p.state && OPENS_INCIDENT.includes(p.state)) incident = await tx.statusIncident.create({ data: { assetId: a.id, openedAt: now } });
      const row = await tx.statusUpdate.create({
        data: {
          assetId: a.id,
          incidentId: incident?.id ?? null,
          direction: p.direction,
          state: p.state,
          previous,
          textEn: p.texts.en,
          textDe: p.texts.de ?? null,
          textZh: p.texts.zh ?? null,
          authorId,
          approvalId,
          createdAt: now,
        },
      });
      // An incident ends when both directions work again.
      const after = (await tx.statusAsset.findUnique({ where: { id: a.id } }))!;
      const healthy = (s: string) => s === 'operational' || s === 'resumed';
      if (incident && healthy(after.withdrawals) && healthy(after.deposits)) await tx.statusIncident.update({ where: { id: incident.id }, data: { closedAt: now } });
      await deps.access.audit(
        { id: authorId, via: authorVia as Actor['via'] },
        { action: p.state ? 'status.set' : 'status.update', subject: `${a.symbol}:${p.direction}`, before: { state: previous }, after: { state: p.state ?? previous, update: row.id, approval: approvalId, approvedBy: by.id, source: p.source } },
        tx,
      );
      return row;
    });
    const asset = (await deps.requireAsset(p.symbol))!;
    const messages = await render(asset, { direction: p.direction, state: p.state, texts: p.texts });
    // The official channel and the registered community groups get one post each, by their language.
    const current = asset[p.direction] as State;
    const chatTexts = Object.fromEntries(LOCALES.map((l) => [l, memberText(l, { symbol: asset.symbol, name: asset.name, current, direction: p.direction, state: p.state, texts: p.texts })]));
    const sent = await hand('status', STATUS_PRIORITY, messages, authorId, by, chatTexts);
    await prisma.statusUpdate.update({ where: { id: update.id }, data: { broadcastId: sent.broadcastId, recipients: sent.count } });
    const vars = { symbol: asset.symbol, id: update.id, count: sent.count };
    if (sent.broadcastId !== null) return { key: 'status-result-sent', vars: { ...vars, broadcast: sent.broadcastId }, data: { updateId: update.id, broadcastId: sent.broadcastId } };
    return { key: resultKey(sent), vars, data: { updateId: update.id, broadcastId: null } };
  }

  return {
    /** Executor of `status.change`: now, or at `at` when scheduled for later. */
    async change(req: ApprovalView, by: Actor): Promise<ExecutorResult> {
      const p = req.payload as ChangePayload;
      if (p.at && new Date(p.at) > deps.now()) {
        await prisma.statusScheduled.create({ data: { approvalId: req.id, runAt: new Date(p.at), payload: JSON.parse(JSON.stringify({ ...p, authorId: req.authorId?.toString() ?? null, authorVia: req.authorVia, by: by.id?.toString() ?? null })) } });
        return { key: 'status-result-scheduled', vars: { symbol: p.symbol, at: utc(new Date(p.at)) } };
      }
      return perform(p, req.authorId, req.authorVia, req.id, by);
    },

    /** Executor of `status.correction`: recorded as its own timeline entry, handed to delivery as 'status-correction'. */
    async correction(req: ApprovalView, by: Actor): Promise<ExecutorResult> {
      const p = req.payload as CorrectionPayload;
      const orig = await prisma.statusUpdate.findUnique({ where: { id: p.updateId }, include: { asset: true } });
      if (!orig) throw new Error(`update #${p.updateId} no longer exists`);
      const row = await prisma.$transaction(async (tx) => {
        const created = await tx.statusUpdate.create({
          data: { assetId: orig.assetId, incidentId: orig.incidentId, direction: orig.direction, state: null, previous: orig.state, textEn: p.texts.en, textDe: p.texts.de ?? null, textZh: p.texts.zh ?? null, authorId: req.authorId, approvalId: req.id, correctsId: orig.id, createdAt: deps.now() },
        });
        await deps.access.audit({ id: req.authorId, via: req.authorVia as Actor['via'] }, { action: 'status.correct', subject: `${orig.asset.symbol}:${orig.id}`, before: { text: orig.textEn }, after: { update: created.id, approval: req.id, approvedBy: by.id, originalBroadcast: orig.broadcastId } }, tx);
        return created;
      });
      const vars = { symbol: orig.asset.symbol, id: row.id };
      // Every copy ever sent belongs to the first update of the chain (earlier corrections edited those same messages).
      let root = orig;
      while (root.correctsId !== null) root = (await prisma.statusUpdate.findUnique({ where: { id: root.correctsId }, include: { asset: true } })) ?? { ...root, correctsId: null };
      if (root.broadcastId === null) return { key: 'status-result-correction-unsent', vars };
      const m = { symbol: orig.asset.symbol, name: orig.asset.name, current: orig.asset[orig.direction as Direction] as State, direction: orig.direction as Direction, state: null, texts: p.texts, correction: true };
      const texts = Object.fromEntries(LOCALES.map((l) => [l, memberText(l, m)]));
      let r;
      try {
        r = await deps.seams.correctDelivery({ broadcastId: root.broadcastId, texts, chatTexts: texts, authorId: req.authorId ?? by.id ?? undefined, progress: await progressTarget(req.authorId, by.id) });
      } catch (err) {
        if ((err as { code?: string }).code === 'empty') return { key: 'status-result-correction-nothing', vars };
        deps.logger.error({ err }, 'delivery refused the correction');
        return { key: 'status-result-correction-failed', vars };
      }
      if (!r) return { key: 'status-result-correction-no-delivery', vars };
      await prisma.statusUpdate.update({ where: { id: row.id }, data: { broadcastId: r.correctionId, recipients: r.copies + r.queued } });
      return { key: 'status-result-corrected', vars: { ...vars, copies: r.copies, queued: r.queued, broadcast: r.correctionId ?? root.broadcastId }, data: { updateId: row.id, broadcastId: r.correctionId } };
    },

    /** Runs approved announcements whose time has come. Returns how many ran. */
    async runScheduled(): Promise<number> {
      const due = await prisma.statusScheduled.findMany({ where: { state: 'scheduled', runAt: { lte: deps.now() } }, orderBy: { runAt: 'asc' } });
      let n = 0;
      for (const s of due) {
        const claimed = await prisma.statusScheduled.updateMany({ where: { id: s.id, state: 'scheduled' }, data: { state: 'running' } });
        if (!claimed.count) continue;
        const p = s.payload as unknown as ChangePayload & { authorId: string | null; authorVia: string; by: string | null };
        try {
          await perform({ ...p, at: undefined }, p.authorId ? BigInt(p.authorId) : null, p.authorVia, s.approvalId, { id: p.by ? BigInt(p.by) : null, via: 'system' });
          await prisma.statusScheduled.update({ where: { id: s.id }, data: { state: 'done' } });
          n++;
        } catch (err) {
          await prisma.statusScheduled.update({ where: { id: s.id }, data: { state: 'failed', error: (err as Error).message } });
        }
      }
      return n;
    },

    /**
     * "Still paused since …; next update by …" to the followers of each asset that stays paused,
     * at the staff-set cadence but never more often than REMINDER_MIN_INTERVAL.
     */
    async sendReminders(): Promise<{ symbol: string; direction: Direction; count: number }[]> {
      const now = deps.now();
      const minMs = deps.config.status.reminderMinIntervalMinutes * 60_000;
      const assets = await prisma.statusAsset.findMany({ where: { reminderMinutes: { not: null }, OR: [{ withdrawals: 'paused' }, { deposits: 'paused' }] } });
      const sent: { symbol: string; direction: Direction; count: number }[] = [];
      for (const a of assets) {
        const every = Math.max(a.reminderMinutes! * 60_000, minMs);
        const paused = DIRECTIONS.filter((d) => a[d] === 'paused');
        const since = (d: Direction) => (d === 'withdrawals' ? a.withdrawalsSince : a.depositsSince);
        const last = a.lastReminderAt ?? new Date(Math.max(...paused.map((d) => since(d).getTime())));
        if (now.getTime() - last.getTime() < every) continue;
        const claimed = await prisma.statusAsset.updateMany({ where: { id: a.id, lastReminderAt: a.lastReminderAt }, data: { lastReminderAt: now } });
        if (!claimed.count) continue;
        const next = new Date(now.getTime() + every);
        const recipients = await deps.followers.recipients(a.symbol);
        for (const d of paused) {
          const messages = recipients.map((r) => ({ chatId: r.chatId, text: reminderText(r.locale, { symbol: a.symbol, direction: d, since: since(d), next }) }));
          const res = await hand('status-reminder', REMINDER_PRIORITY, messages, null, { id: null, via: 'system' });
          sent.push({ symbol: a.symbol, direction: d, count: res.count });
        }
      }
      return sent;
    },
  };
}
