import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';

export interface QuestionRow {
  memberId?: bigint;
  chatId?: bigint;
  lang: string;
  text: string;
  normalized: string;
  outcome: string;
  entryId: string | null;
  confidence: number;
  createdAt: Date;
}

export interface QuestionLogOptions {
  logger: Logger;
  /** Rows wait at most this long before they are written (default 50 ms). */
  delayMs?: number;
  /** A batch this large is written at once (default 200). */
  batch?: number;
  /** Ids reserved from the sequence in one round trip (default 100). */
  block?: number;
}

/** More than this many unwritten rows (the database is down): the oldest go, with an error logged. */
const MAX_PENDING = 20_000;

/**
 * The question log, written behind: a member's answer never waits for its row. Each row gets its id
 * at once from a block reserved from the table's own sequence (one `nextval` round trip per block,
 * so ids never collide with other writers, other processes included), which the 👍/👎 and support
 * buttons carry; rows and entry hit counts are written together every `delayMs` or `batch` rows.
 * Whatever reads the log (a button click, /kb_gaps, /forgetme) flushes first, and so does shutdown.
 */
export function createQuestionLog(prisma: PrismaClient, opts: QuestionLogOptions) {
  const delayMs = opts.delayMs ?? 50;
  const batchSize = opts.batch ?? 200;
  const block = opts.block ?? 100;
  let ids: number[] = [];
  let reserving: Promise<void> | undefined;
  let rows: (QuestionRow & { id: number })[] = [];
  let hits = new Map<string, { count: number; at: Date }>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  /** Writes under way (a forget must follow them with a delete). */
  let busy = 0;

  function reserve(): Promise<void> {
    reserving ??= prisma.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('kb_questions', 'id'))::int AS id FROM generate_series(1, ${block}::int)`
      .then((r) => void ids.push(...r.map((x) => Number(x.id))))
      .finally(() => (reserving = undefined));
    return reserving;
  }

  async function nextId(): Promise<number> {
    while (!ids.length) await reserve();
    // Reserve the next block before this one runs out, off the answer's path.
    if (ids.length < block / 4 && !reserving) reserve().catch((err) => opts.logger.warn({ err }, 'kb question ids: reserve failed'));
    return ids.shift()!;
  }

  function schedule() {
    if (rows.length >= batchSize) void flush();
    else if (!timer) {
      timer = setTimeout(() => void flush(), delayMs);
      timer.unref();
    }
  }

  async function write(batch: (QuestionRow & { id: number })[], counts: Map<string, { count: number; at: Date }>) {
    busy++;
    try {
      // skipDuplicates: a batch retried after its insert did commit must not fail on its own rows.
      if (batch.length) await prisma.kbQuestion.createMany({ data: batch.map((r) => ({ ...r, updatedAt: r.createdAt })), skipDuplicates: true });
      for (const [id, h] of counts) await prisma.kbEntry.updateMany({ where: { id }, data: { hits: { increment: h.count }, lastHitAt: h.at } });
    } catch (err) {
      // Keep them for the next flush: a database that is briefly away loses nothing.
      opts.logger.error({ err: (err as Error).message, rows: batch.length }, 'kb question log: write failed, will retry');
      rows = [...batch, ...rows];
      if (rows.length > MAX_PENDING) {
        opts.logger.error({ dropped: rows.length - MAX_PENDING }, 'kb question log: too many unwritten rows, oldest dropped');
        rows = rows.slice(rows.length - MAX_PENDING);
      }
      for (const [id, h] of counts) {
        const cur = hits.get(id);
        hits.set(id, { count: h.count + (cur?.count ?? 0), at: cur && cur.at > h.at ? cur.at : h.at });
      }
      if (!timer) {
        timer = setTimeout(() => void flush(), Math.max(delayMs, 1000));
        timer.unref();
      }
    } finally {
      busy--;
    }
  }

  /** Writes everything logged so far; resolves when it is in the database (or kept for retry). */
  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = rows;
    const counts = hits;
    rows = [];
    hits = new Map();
    // One write at a time, in order: a flush waits for the one before it.
    writing = writing.then(() => (batch.length || counts.size ? write(batch, counts) : undefined));
    return writing;
  }

  return {
    /** Logs a question; returns its id at once (the row is written shortly after). */
    async add(row: QuestionRow, hitEntry?: string | null): Promise<number> {
      const id = await nextId();
      rows.push({ ...row, id });
      if (hitEntry) {
        const cur = hits.get(hitEntry);
        hits.set(hitEntry, { count: (cur?.count ?? 0) + 1, at: row.createdAt });
      }
      schedule();
      return id;
    },
    flush,
    /**
     * /forgetme, inside the erasure's transaction (so no flush through another connection here):
     * the member's unwritten rows go, and a write already under way is followed by a delete.
     */
    forget(memberId: bigint) {
      rows = rows.filter((r) => r.memberId !== memberId);
      if (!busy) return;
      writing = writing.then(() =>
        prisma.kbQuestion.deleteMany({ where: { memberId } }).then(
          () => undefined,
          (err) => opts.logger.error({ err: (err as Error).message }, 'kb question log: delete after erasure failed'),
        ),
      );
    },
    /** Rows and hits not yet written (for tests and shutdown logs). */
    get pending() {
      return rows.length + hits.size;
    },
  };
}

export type QuestionLog = ReturnType<typeof createQuestionLog>;
