import { Api, type Transformer } from 'grammy';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { createGate } from '../../src/delivery/pace.js';
import { createSharedGate } from '../../src/delivery/shared-gate.js';
import { createFakeApi, errors } from '../support/fake-api.js';
import { TEST_TOKEN } from '../support/bot.js';
import { fakeClock } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const logger = pino({ level: 'silent' });

/** One "process": its own gate, shared through the database, and an Api behind it that records when each call went out. */
function processOn(clock: ReturnType<typeof fakeClock>) {
  const gate = createGate(clock);
  const shared = createSharedGate({ prisma: db.prisma, gate, logger, clock });
  const fake = createFakeApi();
  const at: { method: string; at: number }[] = [];
  const record: Transformer = async (prev, method, payload, signal) => (at.push({ method, at: clock.now() }), prev(method, payload, signal));
  const api = new Api(TEST_TOKEN);
  api.config.use(fake.transformer);
  api.config.use(record);
  api.config.use(gate.transformer);
  return { gate, shared, fake, at, api };
}

// The database's clock runs in real time while the test's clock is controlled: the windows are
// compared right after they were written (a few real milliseconds), hence the tolerance.
const TOLERANCE = 1000;

describe('the 429 gate across processes (one token, one database)', () => {
  it("a 429 seen by the sender process pauses the bot process's replies for retry_after, and the other way round", async () => {
    const clock = fakeClock();
    const sender = processOn(clock);
    const bot = processOn(clock);

    sender.fake.fail('sendMessage', errors.tooManyRequests(5));
    await sender.api.sendMessage(1, 'x').catch(() => {});
    expect(sender.gate.openUntil).toBe(clock.now() + 5000);
    await sender.shared.flushed();
    expect(bot.gate.openUntil).toBe(0); // not yet read
    const ms = await bot.shared.sync();
    expect(ms).toBeGreaterThan(5000 - TOLERANCE);
    expect(ms).toBeLessThanOrEqual(5000);
    const t0 = clock.now();
    await bot.api.sendMessage(2, 'a reply');
    expect(bot.at.at(-1)!.at - t0).toBeGreaterThanOrEqual(5000 - TOLERANCE); // none inside the window
    expect(bot.gate.blocks).toBe(0); // installed, not counted as a 429 of its own, not written back

    // The other way round, with a longer window: GREATEST keeps the later end.
    bot.fake.fail('sendMessage', errors.tooManyRequests(30));
    await bot.api.sendMessage(2, 'y').catch(() => {});
    await bot.shared.flushed();
    sender.gate.block(1); // a shorter one afterwards does not shorten the shared window
    await sender.shared.flushed();
    const t1 = clock.now();
    expect(await sender.shared.sync()).toBeGreaterThan(30_000 - TOLERANCE);
    await sender.gate.wait();
    expect(clock.now() - t1).toBeGreaterThanOrEqual(30_000 - TOLERANCE);
    expect(await db.prisma.deliveryGate.count()).toBe(1);
  });

  it('no window: one tiny read changes nothing; a failed write is logged, never thrown into a request', async () => {
    const clock = fakeClock();
    const p = processOn(clock);
    expect(await p.shared.sync()).toBe(0);
    expect(p.gate.openUntil).toBe(0);
    await db.prisma.$executeRawUnsafe('ALTER TABLE delivery_gates RENAME TO delivery_gates_gone');
    try {
      p.fake.fail('sendMessage', errors.tooManyRequests(2));
      await expect(p.api.sendMessage(1, 'x')).rejects.toThrow(/Too Many Requests/);
      await p.shared.flushed();
      expect(p.gate.openUntil).toBe(clock.now() + 2000); // the local gate still works
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE delivery_gates_gone RENAME TO delivery_gates');
    }
  });
});
