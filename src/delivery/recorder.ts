import type { Logger } from '../logger.js';
import type { Outbox, RowResult } from './outbox.js';
import type { Clock } from './pace.js';

/** A row going back to the queue; `undo`: the try did not count (a 429, a chat not ready yet). */
export type Retry = { id: number; at: number | null; undo: boolean };

/**
 * Writes outcomes behind the sending, as soon as they are known: one write at a time, each taking
 * everything settled meanwhile, at most one every `minGapMs` (a fast pace coalesces into few
 * statements). Why soon: a row whose answer came back but is not recorded yet is still `sending`,
 * and after a crash it is sent again; the sooner it is recorded, the fewer duplicates a kill causes.
 */
export function createRecorder(o: { outbox: Outbox; clock: Clock; logger: Logger; minGapMs: number }) {
  let results: RowResult[] = [];
  let retry: Retry[] = [];
  let busy = false;
  let last = -Infinity;
  let chain: Promise<void> = Promise.resolve();

  async function write(rs: RowResult[], rq: Retry[]) {
    await o.outbox.record(rs);
    const groups = new Map<string, Retry[]>();
    for (const r of rq) groups.set(`${r.at}:${r.undo}`, [...(groups.get(`${r.at}:${r.undo}`) ?? []), r]);
    for (const list of groups.values()) {
      const { at, undo } = list[0]!;
      await o.outbox.requeue(list.map((r) => r.id), at === null ? null : new Date(at), null, undo);
    }
  }

  function flush(force = false) {
    if (!results.length && !retry.length) return;
    if (!force && (busy || o.clock.now() - last < o.minGapMs)) return;
    const rs = results;
    const rq = retry;
    results = [];
    retry = [];
    busy = true;
    last = o.clock.now();
    chain = chain
      .then(() => write(rs, rq))
      .catch((err) => o.logger.error({ err }, 'could not record outcomes'))
      .finally(() => {
        busy = false;
        flush();
      });
  }

  return {
    result(r: RowResult) {
      results.push(r);
      flush();
    },
    retry(r: Retry) {
      retry.push(r);
      flush();
    },
    /** Everything added so far is written. */
    async settled(): Promise<void> {
      for (;;) {
        flush(true);
        const c = chain;
        await c;
        if (c === chain && !results.length && !retry.length) return;
      }
    },
  };
}
export type Recorder = ReturnType<typeof createRecorder>;
