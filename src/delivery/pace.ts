import type { Transformer } from 'grammy';

/** Time, injectable: tests pass a fake clock whose sleep advances it at once. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms))),
};

/**
 * The bot's 429 gate. Telegram's flood limit is per token: after a 429 with retry_after, EVERY
 * request of the bot waits (mass messages and ordinary replies alike), not only the one refused.
 * Installed as an API transformer on the bot's Api (inside auto-retry, next to the network)
 * and on the sender's Api; both share one gate per process.
 */
export function createGate(clock: Clock = realClock) {
  let until = 0;
  let blockedCount = 0;
  let onBlock: ((until: number) => void) | undefined;
  const gate = {
    /** Resolves when no 429 window is open. */
    async wait(): Promise<void> {
      for (let wait = until - clock.now(); wait > 0; wait = until - clock.now()) await clock.sleep(wait);
    },
    /** Opens a window of `seconds` (from a 429's retry_after). */
    block(seconds: number) {
      until = Math.max(until, clock.now() + Math.max(1, seconds) * 1000);
      blockedCount++;
      onBlock?.(until);
    },
    /** Cross-process hook (shared-gate.ts): told of each window opened here; installs one seen elsewhere. */
    share(listener: (until: number) => void) {
      onBlock = listener;
    },
    extend(to: number) {
      until = Math.max(until, to);
    },
    get openUntil() {
      return until;
    },
    get blocks() {
      return blockedCount;
    },
    transformer: (async (prev, method, payload, signal) => {
      await gate.wait();
      const res = await prev(method, payload, signal);
      if (!res.ok && res.error_code === 429) gate.block(res.parameters?.retry_after ?? 1);
      return res;
    }) as Transformer,
  };
  return gate;
}
export type Gate = ReturnType<typeof createGate>;

/**
 * The global pace: requests are spaced 1/rate apart. A short stall (a database round trip) may be
 * made up by a burst of at most `burstMs` worth of requests, never more.
 */
export function createPacer(rate: number, clock: Clock = realClock, burstMs = 100) {
  const interval = 1000 / rate;
  let next = 0;
  return {
    async take(): Promise<void> {
      const now = clock.now();
      const at = Math.max(next, now - burstMs);
      next = at + interval;
      if (at > now) await clock.sleep(at - now);
    },
    /** After a 429 pause: start again from now, no burst to make up the pause. */
    reset() {
      next = clock.now();
    },
  };
}
export type Pacer = Pick<ReturnType<typeof createPacer>, 'take' | 'reset'> & { slower?(): void };

/**
 * Paid broadcasts: Telegram counts up to 1000 messages "a second", and the local Bot API server
 * enforces it the strict way (at most that many in any one second). A plain spacing pace loses
 * every stall for good (a batch claim, a slow answer, a GC pause): paced at 95 % it sustained
 * 894/s. This one keeps the recent send times and lets a request go when the one `perSecond` sends
 * ago is a second old, so a stall is made up within the same second, at most `catchUp` times the
 * even pace, and no one second holds more than `perSecond`. A 429 (arrivals bunched by the network
 * or a busy machine) lowers the count by 2 %, down to 85 % of where it started.
 */
export function createWindowPacer(perSecond: number, clock: Clock = realClock, catchUp = 1.1, slackMs = 3, behindMs = 50) {
  const size = Math.max(1, Math.floor(perSecond));
  const times = new Float64Array(size).fill(-Infinity);
  let n = size;
  let gap = 1000 / (n * catchUp);
  let i = 0;
  let last = -Infinity;
  return {
    async take(): Promise<void> {
      // Reserve the slot first (callers take concurrently), then wait for it. The schedule may run
      // up to `behindMs` late (a timer that woke late, a busy machine) and catch up at full speed;
      // the window (send times as they really are) still bounds every second.
      const now = clock.now();
      const at = Math.max(now - behindMs, times[(i - n + size) % size]! + 1000, last + gap);
      last = at;
      times[i] = Math.max(at, now);
      i = (i + 1) % size;
      // A timer wakes a millisecond or more late, and the even gap is under one: sleeping for each
      // request would pace at the timer's granularity (about 850/s). Requests due within `slackMs`
      // go now; the window still holds within the few sent early.
      const wait = at - now;
      if (wait > slackMs) await clock.sleep(wait);
    },
    /** After a 429 pause: the window's history stays (it is what Telegram counts). */
    reset() {},
    /** A 429 came back: fewer a second from now on. */
    slower() {
      n = Math.max(Math.ceil(size * 0.85), Math.floor(n * 0.98));
      gap = 1000 / (n * catchUp);
    },
    get perSecond() {
      return n;
    },
  };
}

/** Per-chat pace: about 1 a second to a private chat, 20 a minute to a group or channel. */
export function createChatPace(clock: Clock = realClock, privateMs = 1000, groupMs = 3000) {
  const next = new Map<bigint, number>();
  return {
    /** When this chat may get its next message (now or later). */
    readyAt(chatId: bigint): number {
      return next.get(chatId) ?? 0;
    },
    /** Records a message to the chat now. */
    use(chatId: bigint) {
      const now = clock.now();
      next.set(chatId, now + (chatId < 0n ? groupMs : privateMs));
      if (next.size > 100_000) {
        for (const [id, at] of next) if (at <= now) next.delete(id);
      }
    },
  };
}
export type ChatPace = ReturnType<typeof createChatPace>;
