import { tgErrors, type TelegramErrorBody } from './errors.js';

/** Flood limits of the local Bot API server. Every number can be changed at run time. */
export interface LimitOptions {
  /** Messages in any one second for the whole bot (Telegram: about 30). 0 = unlimited. */
  globalPerSecond: number;
  /** Messages a second with `allow_paid_broadcast: true` (Telegram: up to 1000). */
  paidPerSecond: number;
  /** Messages a second to one private chat (Telegram: about 1), with a small burst. 0 = unlimited. */
  privatePerSecond: number;
  privateBurst: number;
  /** Messages in any one minute to one group (Telegram: 20). 0 = unlimited. */
  groupPerMinute: number;
}

export const DEFAULT_LIMITS: LimitOptions = { globalPerSecond: 30, paidPerSecond: 1000, privatePerSecond: 1, privateBurst: 3, groupPerMinute: 20 };

/** A token bucket: `capacity` at most, `rate` tokens a second. O(1) per request. */
class Bucket {
  private tokens: number;
  private last: number;
  constructor(private rate: number, private capacity: number, now: number) {
    this.tokens = capacity;
    this.last = now;
  }
  /** Takes a token, or answers how many seconds until one is available. */
  take(now: number): number {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / this.rate;
  }
}

/**
 * At most `n` in any `spanMs`: a ring of the last n send times, O(1) per request. Stricter than a
 * token bucket, which lets 2n through within one second after an idle spell.
 */
class SlidingWindow {
  private times: Float64Array;
  private i = 0;
  private n: number;
  constructor(n: number, private spanMs: number) {
    this.n = Math.max(1, Math.round(n));
    this.times = new Float64Array(this.n).fill(-Infinity);
  }
  take(now: number): number {
    const oldest = this.times[this.i]!;
    if (now - oldest < this.spanMs) return (oldest + this.spanMs - now) / 1000;
    this.times[this.i] = now;
    this.i = (this.i + 1) % this.n;
    return 0;
  }
}

/**
 * Tracks the limits and the active 429 windows. A request that arrives while a window it falls
 * under is open is answered 429 again and counted: a well-behaved sender waits retry_after.
 */
export class Limiter {
  private global?: SlidingWindow;
  private paid?: SlidingWindow;
  private chats = new Map<number, Bucket | SlidingWindow>();
  private windows = new Map<string, number>();
  insideWindow = 0;
  tooMany = 0;

  constructor(public opts: LimitOptions, private now: () => number) {}

  configure(opts: Partial<LimitOptions>) {
    this.opts = { ...this.opts, ...opts };
    this.global = this.paid = undefined;
    this.chats.clear();
  }

  /** Opens a 429 window (also used for injected 429s) and returns the error to answer. */
  open(scope: string, retryAfter: number): TelegramErrorBody {
    this.windows.set(scope, this.now() + retryAfter * 1000);
    this.tooMany++;
    return tgErrors.tooManyRequests(retryAfter);
  }

  /** The error for a request inside an open window, counted; undefined when none is open. */
  inWindow(chatId: number): TelegramErrorBody | undefined {
    const now = this.now();
    for (const scope of ['global', `chat:${chatId}`]) {
      const until = this.windows.get(scope);
      if (until === undefined) continue;
      if (until <= now) {
        this.windows.delete(scope);
        continue;
      }
      this.insideWindow++;
      this.tooMany++;
      return tgErrors.tooManyRequests(Math.max(1, Math.ceil((until - now) / 1000)));
    }
    return undefined;
  }

  /** Whether a 429 window is open right now (global or for the chat). */
  windowOpen(chatId?: number) {
    const now = this.now();
    return (this.windows.get('global') ?? 0) > now || (chatId !== undefined && (this.windows.get(`chat:${chatId}`) ?? 0) > now);
  }

  /** Takes the tokens a message to `chatId` needs; an error when a limit is exceeded. */
  take(chatId: number, isGroup: boolean, paid: boolean): TelegramErrorBody | undefined {
    const now = this.now();
    const o = this.opts;
    let wait = 0;
    let scope = '';
    const rate = isGroup ? o.groupPerMinute / 60 : o.privatePerSecond;
    if (rate > 0) {
      let b = this.chats.get(chatId);
      if (!b) this.chats.set(chatId, (b = isGroup ? new SlidingWindow(o.groupPerMinute, 60_000) : new Bucket(rate, Math.max(1, o.privateBurst), now)));
      wait = b.take(now);
      if (wait) scope = `chat:${chatId}`;
    }
    if (!wait) {
      const g = paid ? (this.paid ??= new SlidingWindow(o.paidPerSecond, 1000)) : o.globalPerSecond > 0 ? (this.global ??= new SlidingWindow(o.globalPerSecond, 1000)) : undefined;
      wait = g?.take(now) ?? 0;
      if (wait) scope = 'global';
    }
    if (!wait) return undefined;
    return this.open(scope, Math.max(1, Math.ceil(wait)));
  }

  reset() {
    this.windows.clear();
    this.chats.clear();
    this.global = this.paid = undefined;
    this.insideWindow = this.tooMany = 0;
  }
}
