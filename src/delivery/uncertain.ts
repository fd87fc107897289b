import type { PrismaClient } from '../db/client.js';
import type { AccessService, Actor } from '../access/service.js';
import { satisfies } from '../access/roles.js';

export class UncertainError extends Error {
  override name = 'UncertainError';
  constructor(
    readonly code: 'not_found' | 'not_allowed' | 'cancelled' | 'none' | 'changed',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Rows marked `uncertain`: a network error after the request may have reached Telegram, so the
 * sender never repeats them by itself (Telegram has no idempotency key: a repeat may be a
 * duplicate). An admin or owner reviews them and may queue them once more, knowingly.
 */
export function createUncertain(prisma: PrismaClient, access: AccessService) {
  async function broadcast(id: number) {
    const b = await prisma.deliveryBroadcast.findUnique({ where: { id } });
    if (!b) throw new UncertainError('not_found', `broadcast ${id} does not exist`);
    return b;
  }

  return {
    /** How many rows of a broadcast are uncertain, and the first `limit` of them. */
    async list(id: number, limit = 20) {
      const b = await broadcast(id);
      const [count, rows] = await Promise.all([
        prisma.deliveryRecipient.count({ where: { broadcastId: id, state: 'uncertain' } }),
        prisma.deliveryRecipient.findMany({ where: { broadcastId: id, state: 'uncertain' }, orderBy: { id: 'asc' }, take: limit, select: { chatId: true, op: true, lastError: true, updatedAt: true } }),
      ]);
      return { broadcast: b, count, rows };
    },

    /**
     * Queues the uncertain rows of a broadcast again, once: one statement moves exactly the rows
     * still uncertain, so a second press (or a second operator) finds none and sends nothing.
     * `expected`: the count the operator confirmed; when it changed meanwhile, nothing happens.
     * The broadcast starts again (the sender picks it up and sends a new final report).
     */
    async resend(actor: Actor, id: number, expected?: number): Promise<number> {
      if (actor.id === null || !satisfies(await access.rolesOf(actor.id), ['admin'])) throw new UncertainError('not_allowed', 'only an admin or owner can send uncertain messages again');
      return prisma.$transaction(async (tx) => {
        const b = await tx.deliveryBroadcast.findUnique({ where: { id } });
        if (!b) throw new UncertainError('not_found', `broadcast ${id} does not exist`);
        if (b.state === 'cancelled') throw new UncertainError('cancelled', `broadcast ${id} was cancelled`);
        const count = await tx.deliveryRecipient.count({ where: { broadcastId: id, state: 'uncertain' } });
        if (!count) throw new UncertainError('none', `broadcast ${id} has no uncertain messages`);
        if (expected !== undefined && expected !== count) throw new UncertainError('changed', `broadcast ${id} now has ${count} uncertain messages, not ${expected}`);
        const moved = await tx.deliveryRecipient.updateMany({
          where: { broadcastId: id, state: 'uncertain' },
          data: { state: 'queued', attempts: 0, notBefore: null, lastError: `sent again on request of ${actor.id} (was uncertain)` },
        });
        const restart = b.state === 'done' ? { state: 'approved', finishedAt: null } : {};
        await tx.deliveryBroadcast.update({ where: { id }, data: restart });
        await access.audit(actor, { action: 'broadcast.resend-uncertain', subject: String(id), before: { state: b.state, uncertain: count }, after: { requeued: moved.count, state: restart.state ?? b.state } }, tx);
        return moved.count;
      });
    },
  };
}
