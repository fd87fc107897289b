import os from 'node:os';
import type { PrismaClient } from '../db/client.js';

/** A claimed outbox row, as the sender needs it. */
export interface Claimed {
  id: number;
  broadcastId: number;
  chatId: bigint;
  textIndex: number;
  op: string;
  messageId: number | null;
  pin: boolean;
  attempts: number;
}

export interface RowResult {
  id: number;
  state: 'sent' | 'failed' | 'blocked' | 'left' | 'not_found' | 'uncertain';
  messageId?: number | null;
  error?: string | null;
}

export const FINAL_STATES = ['sent', 'failed', 'blocked', 'left', 'not_found', 'uncertain'] as const;
const LEASE = 'sender';

/** A holder id that names this process: a dead holder on this host can be replaced at once. */
export function holderId() {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

function deadOnThisHost(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== os.hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The durable outbox in SQL. Rows are claimed in small batches (`FOR UPDATE SKIP LOCKED`) and
 * marked `sending` in the same statement, which also checks that this process still holds the
 * sender lease: a sender that lost its lease (stalled past the expiry) claims nothing more.
 */
export function createOutbox(prisma: PrismaClient) {
  return {
    /** Takes or renews the sender lease. True while this holder is the one sender. */
    async lease(holder: string, ttlMs: number): Promise<boolean> {
      const current = await prisma.deliveryLease.findUnique({ where: { name: LEASE } });
      const replaceable = current && current.holder !== holder && deadOnThisHost(current.holder) ? current.holder : '';
      const rows = await prisma.$queryRawUnsafe<{ holder: string }[]>(
        `INSERT INTO delivery_leases (name, holder, expires_at, created_at, updated_at)
         VALUES ($1, $2, now() + ($3::int * interval '1 millisecond'), now(), now())
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at, updated_at = now()
         WHERE delivery_leases.holder = EXCLUDED.holder OR delivery_leases.expires_at < now() OR delivery_leases.holder = $4
         RETURNING holder`,
        LEASE,
        holder,
        ttlMs,
        replaceable,
      );
      return rows[0]?.holder === holder;
    },

    async release(holder: string) {
      await prisma.deliveryLease.deleteMany({ where: { name: LEASE, holder } });
    },

    /**
     * After a crash or restart: what was only claimed surely never left and goes back to the queue
     * as if never tried; what was in flight (`sending`) may or may not have arrived, and Telegram
     * cannot tell, so it is sent again (a member may get that one message twice, never none) and
     * counted in `resent`. Keeping the in-flight window small keeps those few. Returns that count.
     */
    async recoverInFlight(): Promise<number> {
      await prisma.$executeRawUnsafe(`UPDATE delivery_recipients SET state = 'queued', attempts = attempts - 1 WHERE state = 'claimed'`);
      return prisma.$executeRawUnsafe(
        `UPDATE delivery_recipients SET state = 'queued', resent = resent + 1, not_before = NULL,
           last_error = 'in flight when the sender stopped: sent again', updated_at = now()
         WHERE state = 'sending'`,
      );
    },

    /** Approved broadcasts start; returns the sending ones, highest priority first. */
    async active(now: Date) {
      await prisma.deliveryBroadcast.updateMany({ where: { state: 'approved' }, data: { state: 'sending', startedAt: now } });
      return prisma.deliveryBroadcast.findMany({ where: { state: 'sending' }, orderBy: [{ priority: 'desc' }, { id: 'asc' }] });
    },

    async claim(broadcastId: number, holder: string, limit: number, now: Date): Promise<Claimed[]> {
      const rows = await prisma.$queryRawUnsafe<any[]>(
        `WITH picked AS (
           SELECT r.id FROM delivery_recipients r
           WHERE r.broadcast_id = $1 AND r.state = 'queued' AND (r.not_before IS NULL OR r.not_before <= $2)
             AND EXISTS (SELECT 1 FROM delivery_leases l WHERE l.name = $3 AND l.holder = $4 AND l.expires_at > now())
             AND EXISTS (SELECT 1 FROM delivery_broadcasts b WHERE b.id = $1 AND b.state = 'sending')
           ORDER BY r.id LIMIT $5 FOR UPDATE SKIP LOCKED)
         UPDATE delivery_recipients r SET state = 'claimed', attempts = r.attempts + 1, updated_at = now()
         FROM picked WHERE r.id = picked.id
         RETURNING r.id, r.broadcast_id, r.chat_id, r.text_index, r.op, r.message_id, r.pin, r.attempts`,
        broadcastId,
        now,
        LEASE,
        holder,
        limit,
      );
      return rows
        .map((r) => ({
          id: r.id,
          broadcastId: r.broadcast_id,
          chatId: BigInt(r.chat_id),
          textIndex: r.text_index,
          op: r.op,
          messageId: r.message_id,
          pin: r.pin,
          attempts: r.attempts,
        }))
        .sort((a, b) => a.id - b.id);
    },

    /** Right before the requests go out: from here on a crash sends them again (they may have arrived). */
    async markSending(ids: number[], holder: string): Promise<Set<number>> {
      if (!ids.length) return new Set();
      // Fenced like the claim: a sender that lost its lease (its rows went back to the queue) sends none.
      const rows = await prisma.$queryRawUnsafe<{ id: number }[]>(
        `UPDATE delivery_recipients SET state = 'sending', updated_at = now() WHERE id = ANY($1::int[]) AND state = 'claimed'
           AND EXISTS (SELECT 1 FROM delivery_leases l WHERE l.name = $2 AND l.holder = $3 AND l.expires_at > now())
         RETURNING id`,
        ids,
        LEASE,
        holder,
      );
      return new Set(rows.map((r) => r.id));
    },

    /** Final states of many rows in one statement. */
    async record(results: RowResult[]) {
      if (!results.length) return;
      await prisma.$executeRawUnsafe(
        `UPDATE delivery_recipients r
         SET state = v.state, message_id = COALESCE(v.message_id, r.message_id), last_error = v.error,
             sent_at = CASE WHEN v.state = 'sent' THEN now() ELSE r.sent_at END, updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) AS v(id, state, message_id, error)
         WHERE r.id = v.id`,
        results.map((r) => r.id),
        results.map((r) => r.state),
        results.map((r) => r.messageId ?? null),
        results.map((r) => r.error ?? null),
      );
    },

    /** Back to the queue (a 429, a request that never left, a chat not ready yet). */
    async requeue(ids: number[], notBefore: Date | null, error: string | null = null, undoAttempt = false) {
      if (!ids.length) return;
      await prisma.$executeRawUnsafe(
        `UPDATE delivery_recipients SET state = 'queued', not_before = $2, last_error = COALESCE($3, last_error),
           attempts = attempts - $4::int, updated_at = now() WHERE id = ANY($1::int[])`,
        ids,
        notBefore,
        error,
        undoAttempt ? 1 : 0,
      );
    },

    /** A group became a supergroup: the row follows it (unless that chat is already a recipient). */
    async moveChat(id: number, to: bigint): Promise<boolean> {
      try {
        await prisma.deliveryRecipient.update({ where: { id }, data: { chatId: to, state: 'queued', notBefore: null } });
        return true;
      } catch {
        return false;
      }
    },

    /** The earliest time a queued row of a sending broadcast may go (null: none waiting). */
    async nextDue(): Promise<Date | null> {
      const r = await prisma.deliveryRecipient.aggregate({ where: { state: 'queued', broadcast: { state: 'sending' } }, _min: { notBefore: true } });
      return r._min.notBefore;
    },

    async unfinished(broadcastId: number): Promise<number> {
      return prisma.deliveryRecipient.count({ where: { broadcastId, state: { in: ['queued', 'claimed', 'sending'] } } });
    },

    /** Messages sent again after a crash (each may be a duplicate). */
    async resent(broadcastId: number): Promise<number> {
      const r = await prisma.deliveryRecipient.aggregate({ where: { broadcastId }, _sum: { resent: true } });
      return r._sum.resent ?? 0;
    },

    async counts(broadcastId: number): Promise<Record<string, number>> {
      const rows = await prisma.deliveryRecipient.groupBy({ by: ['state'], where: { broadcastId }, _count: { _all: true } });
      return Object.fromEntries(rows.map((r) => [r.state, r._count._all]));
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
