/** Time and timers, injectable: production uses the real ones, tests and the benchmark a manual clock. */
export interface Scheduler {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const h = setTimeout(fn, ms);
    h.unref?.();
    return h;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** A clock that moves only when told to; due timers run (in time order) as it advances. */
export function manualScheduler(start: number) {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn: () => void, ms: number) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(h: unknown) {
      timers.delete(h as number);
    },
    /** Moves to `to` (ms), running every timer due on the way; returns how many ran. */
    advanceTo(to: number) {
      let ran = 0;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const e of timers) if (e[1].at <= to && (!next || e[1].at < next[1].at)) next = e;
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
        ran++;
      }
      now = Math.max(now, to);
      return ran;
    },
    advance(ms: number) {
      return this.advanceTo(now + ms);
    },
    pending: () => timers.size,
  };
}
export type ManualScheduler = ReturnType<typeof manualScheduler>;
