import { Api, type Transformer } from 'grammy';
import pino from 'pino';
import type { Database } from '../../src/db/client.js';
import { createServices } from '../../src/services.js';
import { createGate, type Clock } from '../../src/delivery/pace.js';
import { createSender, type SenderOptions } from '../../src/delivery/sender.js';
import { createFakeApi } from '../support/fake-api.js';
import { TEST_TOKEN, testConfig } from '../support/bot.js';

/** A clock whose sleep advances it at once (and yields, so other work runs). */
export function fakeClock(start = Date.parse('2026-11-25T08:00:00Z')): Clock & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    async sleep(ms) {
      t += Math.max(0, ms);
      await new Promise((r) => setImmediate(r));
    },
    advance(ms) {
      t += ms;
    },
  };
}

/** Network failures as node-fetch raises them, before or after the request was written. */
export function networkError(code: string) {
  return Object.assign(new Error(`request to https://api.telegram.org failed, reason: ${code}`), { code, type: 'system' });
}

/**
 * A sender on the test database with a fake Bot API and a fake clock. `at[i]` is the clock when
 * `fake.calls[i]` was made. `throwOnce(method, err)` makes the next such call fail at the network.
 */
export function senderSetup(db: Database, opts: Partial<SenderOptions> & { env?: Record<string, string> } = {}) {
  const clock = (opts.clock as ReturnType<typeof fakeClock>) ?? fakeClock();
  const fake = createFakeApi();
  const at: number[] = [];
  const throws: { method: string; err: Error }[] = [];
  const logger = pino({ level: 'silent' });
  const services = createServices(db.prisma, testConfig(opts.env), logger);
  const gate = createGate(clock);
  const network: Transformer = async (prev, method, payload, signal) => {
    const i = throws.findIndex((t) => t.method === method);
    if (i >= 0) {
      const [t] = throws.splice(i, 1);
      at.push(clock.now());
      fake.calls.push({ method, payload: { ...(payload as object), thrown: t!.err.message } });
      throw t!.err;
    }
    at.push(clock.now());
    return prev(method, payload, signal);
  };
  const makeApi = () => {
    const api = new Api(TEST_TOKEN);
    api.config.use(fake.transformer);
    api.config.use(network);
    api.config.use(gate.transformer);
    return api;
  };
  const api = makeApi();
  const sender = createSender({
    prisma: db.prisma,
    api,
    gate,
    logger,
    clock,
    rate: 25,
    progressMs: 3000,
    onBlocked: (id) => services.members.setBlocked(id, true),
    onMigrated: (from, to) => services.delivery.chats.migrate(from, to),
    ...opts,
  });
  return {
    clock,
    fake,
    at,
    api,
    makeApi,
    gate,
    services,
    sender,
    throwOnce: (method: string, err: Error) => throws.push({ method, err }),
    sends: (chatId?: number) => fake.calls.filter((c) => c.method === 'sendMessage' && !c.payload.thrown && (chatId === undefined || Number(c.payload.chat_id) === chatId)),
  };
}

export async function rowsOf(db: Database, broadcastId: number) {
  const rows = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId }, orderBy: { id: 'asc' } });
  return Object.fromEntries(rows.map((r) => [String(r.chatId), r]));
}
