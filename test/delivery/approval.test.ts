import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { testDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { createAccessService, type Actor } from '../../src/access/service.js';
import { createMembersService } from '../../src/members/service.js';
import { createDeliveryService, DeliveryError, type ApprovalPort } from '../../src/delivery/service.js';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

/** A stand-in for the approval module: one approval by someone other than the author runs the executor. */
function fakeApprovals(): ApprovalPort & { requests: { id: number; payload: unknown; author: bigint | null }[] } {
  const executors = new Map<string, (req: { id: number; payload: unknown }, by: Actor) => Promise<unknown>>();
  const requests: { id: number; payload: unknown; author: bigint | null }[] = [];
  return {
    requests,
    registerExecutor: (kind, run) => void executors.set(kind, run),
    async requestApproval(actor, input) {
      const r = { id: requests.length + 1, payload: input.payload, author: actor.id };
      requests.push(r);
      return { id: r.id };
    },
    async approve(actor, id) {
      const r = requests[id - 1]!;
      if (actor.id === r.author) return { ok: false, reason: 'own-request' };
      await executors.get('broadcast')!(r, actor);
      return { ok: true };
    },
  };
}

describe('broadcasts through the approval module', () => {
  it('a newsletter starts only through the approval module executor', async () => {
    await db.prisma.member.create({ data: { id: 1001n, startedAt: new Date() } });
    const access = createAccessService(db.prisma, { owners: [9001n] });
    const approvals = fakeApprovals();
    const delivery = createDeliveryService(db.prisma, { access, members: createMembersService(db.prisma), logger: pino({ level: 'silent' }), approvals });
    const { id } = await delivery.request({ id: 9001n, via: 'cli' }, { texts: { en: 'Hi' } });
    expect(approvals.requests[0]!.payload).toEqual({ broadcastId: id });
    expect((await delivery.get(id)).approvalId).toBe(1);
    const own = await delivery.approve({ id: 9001n, via: 'cli' }, id).catch((e) => e);
    expect(own).toBeInstanceOf(DeliveryError);
    expect(own.code).toBe('own_request');
    expect((await delivery.get(id)).state).toBe('pending');
    await delivery.approve({ id: 2002n, via: 'cli' }, id);
    expect((await delivery.get(id)).state).toBe('approved');
  });
});
