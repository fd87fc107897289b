import type { Scheduler } from './clock.js';

/**
 * Posts to a group respect Telegram's 20 messages a minute per group: one queue per group, a
 * sliding window of what was sent, and when the queue grows, several waiting texts are combined
 * into one message. Board edits are "touches": one pending per key (the latest state wins),
 * sent after texts and at most once per `touchIntervalMs`.
 */
export interface PacerOptions {
  scheduler: Scheduler;
  sendText(chatId: number, text: string): Promise<void>;
  onError?(err: unknown, chatId: number): void;
  limit?: number;
  windowMs?: number;
  /** From this many waiting texts on, they are combined. */
  combineAt?: number;
  maxCombined?: number;
  maxChars?: number;
  separator?: string;
  touchIntervalMs?: number;
}

interface Touch {
  run: () => Promise<void>;
  due: number;
}

/** A text to post, and what to do once it is in the group (e.g. record it as posted). */
interface Item {
  text: string;
  onSent?: () => Promise<void>;
  onFailed?: () => void;
}

interface Lane {
  texts: Item[];
  touches: Map<string, Touch>;
  lastTouch: Map<string, number>;
  sent: number[];
  busy: Promise<void> | null;
  timer: unknown;
  timerAt: number;
}

export function createPacer(opts: PacerOptions) {
  const { scheduler } = opts;
  const limit = opts.limit ?? 20;
  const windowMs = opts.windowMs ?? 60_000;
  const combineAt = opts.combineAt ?? 3;
  const maxCombined = opts.maxCombined ?? 5;
  const maxChars = opts.maxChars ?? 3800;
  const separator = opts.separator ?? '\n\n— — —\n\n';
  const touchIntervalMs = opts.touchIntervalMs ?? 5_000;
  const lanes = new Map<number, Lane>();

  function lane(chatId: number): Lane {
    let l = lanes.get(chatId);
    if (!l) {
      l = { texts: [], touches: new Map(), lastTouch: new Map(), sent: [], busy: null, timer: undefined, timerAt: Infinity };
      lanes.set(chatId, l);
    }
    return l;
  }

  function freeSlotAt(l: Lane, now: number): number {
    while (l.sent.length && l.sent[0]! <= now - windowMs) l.sent.shift();
    return l.sent.length < limit ? now : l.sent[0]! + windowMs;
  }

  function wakeAt(chatId: number, l: Lane, at: number) {
    if (at >= l.timerAt) return;
    if (l.timer !== undefined) scheduler.clearTimeout(l.timer);
    l.timerAt = at;
    l.timer = scheduler.setTimeout(() => {
      l.timer = undefined;
      l.timerAt = Infinity;
      void pump(chatId);
    }, at - scheduler.now());
  }

  /** Takes the next items, several combined into one message when the queue has grown. */
  function nextItems(l: Lane): Item[] {
    const out = [l.texts.shift()!];
    if (l.texts.length + 1 < combineAt) return out;
    let chars = out[0]!.text.length;
    while (out.length < maxCombined && l.texts.length && chars + separator.length + l.texts[0]!.text.length <= maxChars) {
      chars += separator.length + l.texts[0]!.text.length;
      out.push(l.texts.shift()!);
    }
    return out;
  }

  async function sendItems(chatId: number, items: Item[]) {
    try {
      await opts.sendText(chatId, items.map((i) => i.text).join(separator));
    } catch (err) {
      for (const i of items) i.onFailed?.();
      throw err;
    }
    for (const i of items) await i.onSent?.().catch((err) => opts.onError?.(err, chatId));
  }

  async function drain(chatId: number, l: Lane) {
    for (;;) {
      const now = scheduler.now();
      const slot = freeSlotAt(l, now);
      const dueTouch = [...l.touches.entries()].filter(([, t]) => t.due <= now)[0];
      if (!l.texts.length && !dueTouch) {
        const nextDue = Math.min(...[...l.touches.values()].map((t) => t.due));
        if (Number.isFinite(nextDue)) wakeAt(chatId, l, Math.max(nextDue, slot));
        return;
      }
      if (slot > now) return wakeAt(chatId, l, slot);
      l.sent.push(now);
      try {
        if (l.texts.length) await sendItems(chatId, nextItems(l));
        else {
          const [key, touch] = dueTouch!;
          l.touches.delete(key);
          l.lastTouch.set(key, now);
          await touch.run();
        }
      } catch (err) {
        opts.onError?.(err, chatId);
      }
    }
  }

  function pump(chatId: number): Promise<void> {
    const l = lane(chatId);
    if (l.busy) return l.busy;
    l.busy = drain(chatId, l).finally(() => {
      l.busy = null;
    });
    return l.busy;
  }

  return {
    /** Queues a text for a group and sends what the window allows now. */
    post(chatId: number, text: string, onSent?: () => Promise<void>, onFailed?: () => void): Promise<void> {
      lane(chatId).texts.push({ text, onSent, onFailed });
      return pump(chatId);
    },
    /** Asks for an action (a board edit) once, soon: repeated touches of a key before it runs coalesce. */
    touch(chatId: number, key: string, run: () => Promise<void>): Promise<void> {
      const l = lane(chatId);
      const existing = l.touches.get(key);
      const due = existing?.due ?? Math.max(scheduler.now(), (l.lastTouch.get(key) ?? -Infinity) + touchIntervalMs);
      l.touches.set(key, { run, due });
      return pump(chatId);
    },
    queued: (chatId: number) => lanes.get(chatId)?.texts.length ?? 0,
    /** Messages sent to the group in the current window. */
    sentInWindow: (chatId: number) => {
      const l = lanes.get(chatId);
      return l ? l.sent.filter((t) => t > scheduler.now() - windowMs).length : 0;
    },
    /** Waits for sends in flight (tests, shutdown). */
    async idle() {
      await Promise.all([...lanes.values()].map((l) => l.busy));
    },
    stop() {
      for (const l of lanes.values()) if (l.timer !== undefined) scheduler.clearTimeout(l.timer);
    },
  };
}
export type Pacer = ReturnType<typeof createPacer>;
