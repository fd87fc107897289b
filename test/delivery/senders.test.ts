import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, truncateAll } from '../support/db.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { realClock } from '../../src/delivery/pace.js';
import { rowsOf, senderSetup } from './helpers.js';

let db: Database;
let other: Database;
beforeAll(async () => {
  db = await testDatabase();
  // A second, separate client of the same database (on PGlite: through its socket), as a second process has.
  other = await openDatabase({ url: db.url, poolSize: 2 });
});
afterAll(async () => {
  await other.close();
  await db.close();
});
beforeEach(() => truncateAll(db));

async function until(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('several senders on one database', () => {
  it('two senders on two clients: exactly one sends, every recipient gets one message', async () => {
    const a = senderSetup(db, { clock: realClock, rate: 1000, leaseMs: 5000 });
    const b = senderSetup(other, { clock: realClock, rate: 1000, leaseMs: 5000 });
    const id = await a.services.delivery.deliver({ kind: 'status', priority: 10, messages: Array.from({ length: 40 }, (_, i) => ({ chatId: BigInt(8001 + i), text: 'x' })) });
    a.sender.start(20);
    b.sender.start(20);
    await until(async () => (await db.prisma.deliveryBroadcast.findUnique({ where: { id } }))!.state === 'done');
    await a.sender.stop();
    await b.sender.stop();
    expect([a.sender.isLeader, b.sender.isLeader].filter(Boolean)).toHaveLength(1);
    const calls = [...a.sends(), ...b.sends()];
    expect(calls).toHaveLength(40);
    expect(new Set(calls.map((c) => c.payload.chat_id)).size).toBe(40);
    expect(Math.min(a.sends().length, b.sends().length)).toBe(0);
    expect(Object.values(await rowsOf(db, id)).every((r) => r.state === 'sent')).toBe(true);
  });

  it('a sender whose lease expired (stalled) claims nothing more; the other takes over', async () => {
    const a = senderSetup(db, { leaseMs: 60_000 });
    const b = senderSetup(other, { leaseMs: 60_000 });
    const id = await a.services.delivery.deliver({ kind: 'status', priority: 10, messages: Array.from({ length: 10 }, (_, i) => ({ chatId: BigInt(8101 + i), text: 'y' })) });
    expect(await a.sender.runOnce()).toBe(5);
    expect(await b.sender.runOnce()).toBe(0); // a holds the lease
    await db.prisma.$executeRawUnsafe(`UPDATE delivery_leases SET expires_at = now() - interval '1 second'`);
    await b.sender.drain();
    expect(await a.sender.runOnce()).toBe(0); // fenced: the claim checks the lease in the same statement
    expect(a.sends()).toHaveLength(5);
    expect(b.sends()).toHaveLength(5);
    expect(new Set([...a.sends(), ...b.sends()].map((c) => c.payload.chat_id)).size).toBe(10);
    expect((await db.prisma.deliveryBroadcast.findUnique({ where: { id } }))!.state).toBe('done');
  });
});
