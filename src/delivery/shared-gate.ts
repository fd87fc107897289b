import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import { realClock, type Clock, type Gate } from './pace.js';

const NAME = 'telegram';

/**
 * Telegram's flood limit is per bot token, but each process has its own 429 gate: a `delivery run`
 * process that gets a 429 must also pause the bot's replies, and the other way round. So a
 * process that opens a window writes it to `delivery_gates`; every process reads that row every
 * `intervalMs` (one tiny query) and installs a later window into its own gate.
 *
 * Times cross the database as "milliseconds from now" against the database's clock (now()), so
 * hosts whose clocks disagree still wait the same window.
 */
export function createSharedGate(o: { prisma: PrismaClient; gate: Gate; logger: Logger; clock?: Clock; intervalMs?: number }) {
  const clock = o.clock ?? realClock;
  const intervalMs = o.intervalMs ?? 1000;
  let writing: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setInterval> | undefined;

  async function publish(until: number) {
    const ms = Math.ceil(until - clock.now());
    if (ms <= 0) return;
    await o.prisma.$executeRawUnsafe(
      `INSERT INTO delivery_gates (name, until, created_at, updated_at)
       VALUES ($1, now() + ($2::int * interval '1 millisecond'), now(), now())
       ON CONFLICT (name) DO UPDATE SET until = GREATEST(delivery_gates.until, EXCLUDED.until), updated_at = now()`,
      NAME,
      ms,
    );
  }

  /** Reads the shared window once and installs it here when it ends later than ours. */
  async function sync(): Promise<number> {
    const rows = await o.prisma.$queryRawUnsafe<{ ms: number | null }[]>(
      `SELECT CEIL(EXTRACT(EPOCH FROM (until - now())) * 1000)::int AS ms FROM delivery_gates WHERE name = $1`,
      NAME,
    );
    const ms = rows[0]?.ms ?? 0;
    if (ms > 0) o.gate.extend(clock.now() + ms);
    return Math.max(0, ms);
  }

  // Writes are queued in order; a failed write is logged, never thrown into a request.
  o.gate.share((until) => {
    writing = writing.then(() => publish(until)).catch((err) => o.logger.warn({ err }, 'could not share the 429 window'));
  });

  return {
    sync,
    /** Resolves when the windows opened so far are written (tests). */
    flushed: () => writing,
    start() {
      if (timer) return;
      timer = setInterval(() => void sync().catch((err) => o.logger.warn({ err }, 'could not read the shared 429 window')), intervalMs);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
export type SharedGate = ReturnType<typeof createSharedGate>;
