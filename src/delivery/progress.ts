import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { PrismaClient } from '../db/client.js';
import { t } from '../bot/i18n.js';
import type { Clock, Pacer } from './pace.js';

export interface Counts {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
  uncertain: number;
  /** Sent again after a crash (in flight then: each may have arrived twice). */
  resent?: number;
  /** Still to send (queued or in flight). */
  left: number;
}

export function summarize(byState: Record<string, number>, resent = 0): Counts {
  const n = (k: string) => byState[k] ?? 0;
  const total = Object.values(byState).reduce((a, b) => a + b, 0);
  return {
    total,
    sent: n('sent'),
    failed: n('failed') + n('not_found') + n('left'),
    blocked: n('blocked'),
    uncertain: n('uncertain'),
    resent,
    left: n('queued') + n('claimed') + n('sending'),
  };
}

export function bar(done: number, total: number, width = 10) {
  const full = total ? Math.round((done / total) * width) : width;
  return '▓'.repeat(full) + '░'.repeat(width - full);
}

/** "1 h 5 min", "12 min", "40 s": the time to finish, coarse on purpose. */
export function duration(seconds: number) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The text of the live progress message (or of the final report) in the author's language. */
export function progressText(locale: string, b: { id: number; kind: string }, c: Counts, etaSeconds: number) {
  const done = c.total - c.left;
  return t(locale, 'delivery-progress', {
    id: b.id,
    kind: b.kind,
    bar: bar(done, c.total),
    percent: c.total ? Math.floor((done / c.total) * 100) : 100,
    sent: c.sent,
    failed: c.failed,
    blocked: c.blocked,
    left: c.left,
    eta: duration(etaSeconds),
  });
}

export function reportText(locale: string, b: { id: number; kind: string }, c: Counts, state: string, seconds: number) {
  return t(locale, state === 'cancelled' ? 'delivery-report-cancelled' : 'delivery-report', {
    id: b.id,
    kind: b.kind,
    total: c.total,
    sent: c.sent,
    failed: c.failed,
    blocked: c.blocked,
    uncertain: c.uncertain,
    resent: c.resent ?? 0,
    left: c.left,
    duration: duration(seconds),
  });
}

/**
 * The author's one live progress message: sent once, then edited at most every `intervalMs`
 * (and only when its text changed), and a final report when the broadcast ends. Its requests go
 * through the same pace as the broadcast (they count against the bot's limit too).
 */
export function createProgress(o: { prisma: PrismaClient; api: Api; pacer: Pacer; clock: Clock; logger: Logger; intervalMs: number; rate: number }) {
  const last = new Map<number, { at: number; text: string }>();

  /** One statement: rows by state and the messages sent again after a crash. */
  async function counts(id: number) {
    const rows = await o.prisma.$queryRawUnsafe<{ state: string; n: number; resent: number }[]>(
      `SELECT state, count(*)::int AS n, sum(resent)::int AS resent FROM delivery_recipients WHERE broadcast_id = $1 GROUP BY state`,
      id,
    );
    return summarize(Object.fromEntries(rows.map((r) => [r.state, r.n])), rows.reduce((a, r) => a + (r.resent ?? 0), 0));
  }

  type B = { id: number; kind: string; progressChatId: bigint | null; progressMessageId: number | null; progressLocale: string | null; startedAt: Date | null };

  async function show(b: B, text: string) {
    if (!b.progressChatId) return;
    await o.pacer.take();
    try {
      if (b.progressMessageId) {
        await o.api.editMessageText(Number(b.progressChatId), b.progressMessageId, text);
      } else {
        const msg = await o.api.sendMessage(Number(b.progressChatId), text);
        b.progressMessageId = msg.message_id;
        await o.prisma.deliveryBroadcast.update({ where: { id: b.id }, data: { progressMessageId: msg.message_id } });
      }
    } catch (err) {
      o.logger.warn({ err, broadcast: b.id }, 'could not show the progress');
    }
  }

  return {
    counts,
    async tick(list: B[]) {
      const now = o.clock.now();
      for (const b of list) {
        if (!b.progressChatId) continue;
        const prev = last.get(b.id);
        if (prev && now - prev.at < o.intervalMs) continue;
        const c = await counts(b.id);
        const elapsed = b.startedAt ? (now - b.startedAt.getTime()) / 1000 : 0;
        const done = c.total - c.left;
        const rate = elapsed > 5 && done > 0 ? done / elapsed : o.rate;
        const text = progressText(b.progressLocale ?? 'en', b, c, c.left / rate);
        if (prev?.text !== text) await show(b, text);
        // Measured after the request went out (the pace may have delayed it).
        last.set(b.id, { at: o.clock.now(), text });
      }
    },
    /** Ends a broadcast: its state, its counts, the last edit and the final report. */
    async finish(id: number, state: 'done' | 'cancelled') {
      const c = await counts(id);
      const b = await o.prisma.deliveryBroadcast.update({
        where: { id },
        data: { state, finishedAt: new Date(o.clock.now()), total: c.total, sent: c.sent, failed: c.failed, blocked: c.blocked, uncertain: c.uncertain, resent: c.resent ?? 0 },
      });
      last.delete(id);
      if (!b.progressChatId) return;
      const seconds = b.startedAt ? (o.clock.now() - b.startedAt.getTime()) / 1000 : 0;
      const locale = b.progressLocale ?? 'en';
      await show(b, progressText(locale, b, c, 0));
      await o.pacer.take();
      await o.api.sendMessage(Number(b.progressChatId), reportText(locale, b, c, state, seconds)).catch((err) => o.logger.warn({ err }, 'could not send the report'));
    },
  };
}
