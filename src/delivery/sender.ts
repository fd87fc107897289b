import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { PrismaClient } from '../db/client.js';
import { createOutbox, holderId, type Claimed } from './outbox.js';
import { classify, type Outcome } from './outcome.js';
import { createChatPace, createPacer, createWindowPacer, realClock, type Clock, type Gate, type Pacer } from './pace.js';
import { createProgress } from './progress.js';
import { createRecorder } from './recorder.js';

/** Telegram's limit for messages with allow_paid_broadcast, a second. */
export const PAID_LIMIT = 1000;
/** The share of it the sender uses: on a busy machine arrivals move tens of ms across a second's edge (95-96 % met 429s in bench:broadcast). */
const PAID_SHARE = 0.94;

export interface SenderOptions {
  prisma: PrismaClient;
  /** An Api WITHOUT auto-retry (the sender decides what is repeated), with `gate` installed. */
  api: Api;
  gate: Gate;
  logger: Logger;
  clock?: Clock;
  rate: number;
  paid?: boolean;
  /** Requests in flight at once (default: from the measured round trip and the rate). */
  concurrency?: number;
  progressMs: number;
  /** A member blocked the bot (403). */
  onBlocked?(chatId: bigint): Promise<void>;
  /** A group became a supergroup. */
  onMigrated?(from: bigint, to: bigint): Promise<void>;
  holder?: string;
  leaseMs?: number;
  /** Tries of a request that surely never reached Telegram before the row fails. */
  maxAttempts?: number;
}

/**
 * The one sender of the bot. Each round: hold the lease, start approved broadcasts, claim a small
 * batch (highest priority first), send it at the global pace and each chat's pace, record the
 * outcomes in one statement. A crash loses the records of the rows in flight (`sending`, a small
 * group): the next start sends those again, so nobody misses the message and at most those few get
 * it twice. A network error while running that may have reached Telegram is `uncertain`, not repeated.
 */
export function createSender(opts: SenderOptions) {
  const { prisma, api, gate, logger } = opts;
  const clock = opts.clock ?? realClock;
  const outbox = createOutbox(prisma);
  const holder = opts.holder ?? holderId();
  const leaseMs = opts.leaseMs ?? 10_000;
  const maxAttempts = opts.maxAttempts ?? 5;
  // A batch is about 200 ms of sending; at a paid pace a second, so the claim's round trips
  // (prefetched while the batch before goes out) never hold the pace up, even on a cold start.
  const batch = Math.max(1, Math.min(1000, Math.ceil(opts.rate / (opts.rate >= 100 ? 1 : 5))));
  // Paid broadcasts run close to Telegram's 1000 a second, counted over any one second: a window
  // a few percent below it (see PAID_SHARE).
  const pacer: Pacer = opts.paid ? createWindowPacer(Math.min(opts.rate, PAID_LIMIT * PAID_SHARE), clock) : createPacer(opts.rate, clock);
  const chatPace = createChatPace(clock);
  const progress = createProgress({ prisma, api, pacer, clock, logger, intervalMs: opts.progressMs, rate: opts.rate });
  const blockedChats = new Set<bigint>();
  let leader = false;
  let leaseAt = -Infinity;
  let running = false;
  let stopped: Promise<void> | undefined;
  const stats = { sent: 0, requests: 0, uncertain: 0 };

  async function holdLease(): Promise<boolean> {
    if (leader && clock.now() - leaseAt < leaseMs / 3) return true;
    const ok = await outbox.lease(holder, leaseMs);
    if (ok && !leader) {
      const n = await outbox.recoverInFlight();
      if (n) logger.warn({ rows: n }, 'rows in flight at the last stop are sent again (each may arrive twice)');
    }
    leader = ok;
    if (ok) leaseAt = clock.now();
    return ok;
  }

  async function call(row: Claimed, text: string): Promise<Outcome> {
    const chatId = Number(row.chatId);
    stats.requests++;
    try {
      if (row.op === 'edit') {
        await api.editMessageText(chatId, row.messageId!, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
        return { kind: 'sent', messageId: row.messageId! };
      }
      const msg = await api.sendMessage(chatId, text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(opts.paid ? { allow_paid_broadcast: true } : {}),
      });
      if (row.pin) {
        await pacer.take();
        await gate.wait();
        stats.requests++;
        await api.pinChatMessage(chatId, msg.message_id, { disable_notification: true }).catch((err) => logger.warn({ err, chatId }, 'could not pin'));
      }
      return { kind: 'sent', messageId: msg.message_id };
    } catch (err) {
      return classify(err);
    }
  }

  /** Turns an outcome into the row's next state. Edits are idempotent: those may be repeated. */
  async function settle(row: Claimed, out: Outcome) {
    const results = { push: recorder.result };
    const again = (at: number | null, undo = false) => recorder.retry({ id: row.id, at, undo });
    switch (out.kind) {
      case 'sent':
        stats.sent++;
        return results.push({ id: row.id, state: 'sent', messageId: out.messageId ?? null });
      case 'retry_after':
        if (clock.now() >= gate.openUntil) pacer.slower?.(); // once a window, not once an answer
        gate.block(out.seconds);
        return again(null, true);
      case 'not_sent':
      case 'uncertain':
        if ((out.kind === 'not_sent' || row.op === 'edit') && row.attempts < maxAttempts) return again(clock.now() + 1000 * 2 ** row.attempts);
        if (out.kind === 'uncertain') stats.uncertain++;
        return results.push({ id: row.id, state: out.kind === 'uncertain' ? 'uncertain' : 'failed', error: out.error });
      case 'blocked':
        blockedChats.add(row.chatId);
        if (row.chatId > 0n) await opts.onBlocked?.(row.chatId).catch((err) => logger.warn({ err }, 'could not mark blocked'));
        return results.push({ id: row.id, state: 'blocked', error: out.error });
      case 'migrated':
        await opts.onMigrated?.(row.chatId, out.to).catch((err) => logger.warn({ err }, 'could not move the chat'));
        if (await outbox.moveChat(row.id, out.to)) return;
        return results.push({ id: row.id, state: 'failed', error: `${out.error} (already a recipient as ${out.to})` });
      default:
        return results.push({ id: row.id, state: out.kind, error: out.error });
    }
  }

  /**
   * Requests in flight at once: as many as the pace needs to hide the round trip (measured), so
   * a fast server gets one at a time and nothing is ever sent into a 429 window; a slow one a
   * few more. DELIVERY_CONCURRENCY fixes it.
   */
  let rttMs = 0; // measured: one at a time until the round trip is known
  // Paid mode: a slow answer under load (20-30 ms) must not hold the pace up, so more may be out.
  const maxInFlight = opts.paid ? 64 : 32;
  const concurrency = () => opts.concurrency || Math.max(1, Math.min(maxInFlight, Math.ceil((rttMs * opts.rate * 2) / 1000)));

  // Requests out now, across batches: a batch's last answers are awaited while the next one starts.
  const inflight = new Set<Promise<void>>();
  const recorder = createRecorder({ outbox, clock, logger, minGapMs: opts.rate > 50 ? 100 : 0 });

  /** A claimed batch ready to go: in groups, the first group's `sending` mark already under way. */
  type Round = { rows: Claimed[]; texts: Map<number, string[]>; groups: Claimed[][]; first: Promise<Set<number>> };

  /**
   * Runs while the previous batch is still going out (the claim is prefetched), so a batch starts
   * without a database round trip. Rows are marked `sending` a small group at a time (about 100 ms
   * of sending): a crash resends at most that group; the rest of the batch is still `claimed`.
   */
  function prepare(rows: Claimed[], texts: Map<number, string[]>): Round {
    const ready: Claimed[] = [];
    const inBatch = new Set<bigint>();
    for (const row of rows) {
      // A chat twice in one batch (two broadcasts): the second waits for the chat's pace.
      const readyAt = inBatch.has(row.chatId) ? clock.now() + (row.chatId < 0n ? 3000 : 1000) : chatPace.readyAt(row.chatId);
      inBatch.add(row.chatId);
      if (row.op === 'send' && blockedChats.has(row.chatId)) recorder.result({ id: row.id, state: 'blocked', error: 'blocked the bot earlier' });
      else if (readyAt > clock.now()) recorder.retry({ id: row.id, at: readyAt, undo: true });
      else ready.push(row);
    }
    const groups: Claimed[][] = [];
    for (let i = 0; i < ready.length; ) {
      const g = ready.slice(i, i + Math.max(concurrency(), Math.ceil(opts.rate / 10)));
      groups.push(g);
      i += g.length;
    }
    const first = outbox.markSending(groups[0]?.map((r) => r.id) ?? [], holder);
    first.catch(() => {});
    return { rows, texts, groups, first };
  }

  async function sendAll({ groups, texts, first }: Round) {
    let marking = first;
    for (let k = 0; k < groups.length; k++) {
      const marked = await marking;
      // The next group is marked halfway through this one: ready when needed (no round trip
      // between groups), yet at most about two groups are `sending` at any time.
      const markNext = () => {
        if (k + 1 < groups.length && marking !== next) (marking = next = outbox.markSending(groups[k + 1]!.map((r) => r.id), holder)).catch(() => {});
      };
      let next: typeof marking | undefined;
      const half = groups[k]![Math.floor(groups[k]!.length / 2)];
      for (const row of groups[k]!) {
        if (row === half) markNext();
        if (!marked.has(row.id)) continue; // no longer ours (lease lost): never sent from here
        // The chat got a message since the batch was prepared (another broadcast): later.
        if (chatPace.readyAt(row.chatId) > clock.now()) {
          recorder.retry({ id: row.id, at: chatPace.readyAt(row.chatId), undo: true });
          continue;
        }
        await pacer.take();
        if (gate.openUntil > clock.now()) {
          // A 429: nothing more goes out (the gate holds every other request of the bot too);
          // the answers in flight come back, then the pace starts again from the window's end.
          await Promise.all(inflight);
          await gate.wait();
          pacer.reset();
          await pacer.take();
        }
        await gate.wait();
        chatPace.use(row.chatId);
        const text = texts.get(row.broadcastId)?.[row.textIndex] ?? '';
        const t0 = clock.now(); // the injected clock: a fake one measures 0, so tests run one at a time
        const p: Promise<void> = call(row, text)
          .then((out) => {
            rttMs = rttMs ? rttMs * 0.9 + (clock.now() - t0) * 0.1 : clock.now() - t0;
            return settle(row, out);
          })
          .catch((err) => logger.error({ err }, 'could not settle a row'))
          .then(() => void inflight.delete(p));
        inflight.add(p);
        while (inflight.size >= concurrency()) await Promise.race(inflight);
      }
      markNext(); // when the row halfway was skipped
    }
  }

  /** Every request out has its answer, and every outcome is written. */
  async function settled() {
    while (inflight.size) await Promise.all(inflight);
    await recorder.settled();
  }

  // The sending broadcasts, re-read at most once a second (and whenever the queue looks empty).
  let active: Awaited<ReturnType<typeof outbox.active>> = [];
  let activeAt = -Infinity;

  /** Claims the next batch, highest priority first; ends broadcasts that have nothing left. */
  async function claimRound(): Promise<Round> {
    if (!(await holdLease())) return prepare([], new Map());
    const fresh = clock.now() - activeAt >= 1000;
    if (fresh) {
      active = await outbox.active(new Date(clock.now()));
      activeAt = clock.now();
      for (const b of await prisma.deliveryBroadcast.findMany({ where: { state: 'cancelled', finishedAt: null } })) await progress.finish(b.id, 'cancelled');
    }
    const texts = new Map(active.map((b) => [b.id, b.texts as string[]]));
    const rows: Claimed[] = [];
    const finished = new Set<number>();
    for (const b of active) {
      if (rows.length >= batch) break;
      const got = await outbox.claim(b.id, holder, batch - rows.length, new Date(clock.now()));
      rows.push(...got);
      if (!got.length && fresh && (await outbox.unfinished(b.id)) === 0) {
        finished.add(b.id);
        await progress.finish(b.id, 'done');
      }
    }
    if (finished.size) active = active.filter((b) => !finished.has(b.id));
    if (!rows.length && !fresh) {
      activeAt = -Infinity; // nothing claimed from a stale list: look again (approved, finished, cancelled)
      return claimRound();
    }
    await progress.tick(active);
    return prepare(rows, texts);
  }

  /** One round, recorded before it returns (tests). Returns the number of rows claimed. */
  async function runOnce(): Promise<number> {
    const round = await claimRound();
    if (round.rows.length) await sendAll(round);
    await settled();
    return round.rows.length;
  }

  // Idle waits of the loop are real timers that stop() cuts short.
  let wake: (() => void) | undefined;
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  async function hasWork() {
    const n = await prisma.deliveryBroadcast.count({ where: { OR: [{ state: { in: ['approved', 'sending'] } }, { state: 'cancelled', finishedAt: null }] } });
    return n > 0;
  }

  /** Pipelined: the next batch is claimed while this one goes out, outcomes written behind. */
  async function loop(idleMs: number) {
    let next: ReturnType<typeof claimRound> | undefined;
    let busy = false;
    while (running) {
      try {
        // Idle: one cheap query a round, so an idle sender does not crowd the bot's database.
        if (!next && !(await hasWork())) {
          if (running) await nap(idleMs);
          continue;
        }
        const round = await (next ?? claimRound());
        next = undefined;
        if (round.rows.length) {
          busy = true;
          next = claimRound();
          next.catch(() => {});
          await sendAll(round);
        } else {
          await settled();
          // The last outcomes may have queued rows again for now (a group that became a
          // supergroup, a request that never left): look once more before an idle nap.
          if (busy) {
            busy = false;
            continue;
          }
          if (running) await nap(leader ? idleMs : leaseMs / 3);
        }
      } catch (err) {
        next = undefined;
        logger.error({ err }, 'delivery round failed');
        if (running) await nap(1000);
      }
    }
    // A batch claimed but not sent goes back to the queue: it surely never left.
    const left = await next?.catch(() => undefined);
    if (left?.rows.length) await outbox.requeue(left.rows.map((r) => r.id), null, null, true).catch(() => {});
    await settled();
    if (leader) await outbox.release(holder).catch(() => {});
  }

  return {
    holder,
    stats,
    runOnce,
    get isLeader() {
      return leader;
    },
    /** Runs rounds until nothing is left that can be sent now (tests, benches). */
    async drain(maxRounds = 10_000) {
      for (let i = 0; i < maxRounds; i++) {
        if (await runOnce()) continue;
        const due = await outbox.nextDue();
        if (!due) {
          const waiting = await prisma.deliveryRecipient.count({ where: { state: { in: ['queued', 'claimed'] }, broadcast: { state: { in: ['approved', 'sending'] } } } });
          if (!waiting || !leader) return;
          continue;
        }
        await clock.sleep(Math.max(1, due.getTime() - clock.now()));
      }
    },
    start(idleMs = 1000) {
      if (running) return;
      running = true;
      stopped = loop(idleMs);
    },
    async stop() {
      running = false;
      wake?.();
      await stopped;
    },
  };
}
export type Sender = ReturnType<typeof createSender>;
