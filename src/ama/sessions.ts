import type { PrismaClient } from '../db/client.js';
import type { AmaSession } from '../generated/prisma/client.js';
import type { AccessService, Actor } from '../access/service.js';

export type SessionStatus = 'draft' | 'open' | 'paused' | 'closed';

export interface NewSession {
  title: string;
  hostId: bigint;
  startsAt: Date;
  languages: string[];
  groupIds: bigint[];
  introduction?: string;
}

export type Reminder = { session: AmaSession; kind: '24h' | '1h' };

const HOUR = 3_600_000;

/** Sessions: creation, intake state, reminders, the board's message ids. */
export function createSessionStore(prisma: PrismaClient, access: AccessService) {
  // Every vote and question reads its session: a short cache saves a query each. Writes in this
  // process clear it; a change made elsewhere (the CLI) shows within CACHE_MS.
  const CACHE_MS = 2_000;
  const cache = new Map<string, { at: number; value: Promise<AmaSession | null> }>();
  function cached(key: string, load: () => Promise<AmaSession | null>) {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = load();
    cache.set(key, { at: Date.now(), value });
    return value;
  }
  const changed = <T>(p: Promise<T>) => p.finally(() => cache.clear());
  return {
    async create(actor: Actor, input: NewSession): Promise<AmaSession> {
      cache.clear();
      return prisma.$transaction(async (tx) => {
        const s = await tx.amaSession.create({ data: { ...input, createdBy: actor.id } });
        await access.audit(actor, { action: 'ama.session.create', subject: String(s.id), after: input }, tx);
        return s;
      });
    },

    get: (id: number) => cached(`id:${id}`, () => prisma.amaSession.findUnique({ where: { id } })),

    list: (limit = 20) => prisma.amaSession.findMany({ orderBy: { id: 'desc' }, take: limit }),

    /** Sets the intake state; returns null when the session does not exist. */
    async setStatus(actor: Actor, id: number, status: SessionStatus, now: Date): Promise<{ session: AmaSession; before: string } | null> {
      return changed(prisma.$transaction(async (tx) => {
        const s = await tx.amaSession.findUnique({ where: { id } });
        if (!s) return null;
        const session = await tx.amaSession.update({
          where: { id },
          data: { status, ...(status === 'open' && !s.openedAt ? { openedAt: now } : {}), ...(status === 'closed' ? { closedAt: now, nowAnsweringId: null } : {}) },
        });
        await access.audit(actor, { action: `ama.session.${status === 'paused' ? 'pause' : status}`, subject: String(id), before: { status: s.status }, after: { status } }, tx);
        return { session, before: s.status };
      }));
    },

    /**
     * The session a question belongs to: in a group, the newest open or paused session running
     * there; in private, the newest open or paused one.
     */
    async current(groupId?: bigint): Promise<AmaSession | null> {
      return cached(`current:${groupId ?? ''}`, () =>
        prisma.amaSession.findFirst({
          where: { status: { in: ['open', 'paused'] }, ...(groupId !== undefined ? { groupIds: { has: groupId } } : {}) },
          orderBy: { id: 'desc' },
        }),
      );
    },

    /** The session a staff command means: the given id, or the newest not closed one. */
    async resolve(id?: number): Promise<AmaSession | null> {
      if (id !== undefined) return prisma.amaSession.findUnique({ where: { id } });
      return prisma.amaSession.findFirst({ where: { status: { not: 'closed' } }, orderBy: { id: 'desc' } });
    },

    /**
     * Reminders due at `now`: 24 h before (until 1 h before) and 1 h before (until the start).
     * Each is claimed by a conditional update, so two runs never send one twice.
     */
    async claimDueReminders(now: Date): Promise<Reminder[]> {
      const candidates = await prisma.amaSession.findMany({
        where: { status: { not: 'closed' }, startsAt: { gt: now, lte: new Date(now.getTime() + 24 * HOUR) } },
      });
      const due: Reminder[] = [];
      for (const s of candidates) {
        const left = s.startsAt.getTime() - now.getTime();
        if (left <= HOUR && !s.reminded1At) {
          cache.clear();
          const { count } = await prisma.amaSession.updateMany({ where: { id: s.id, reminded1At: null }, data: { reminded1At: now, reminded24At: s.reminded24At ?? now } });
          if (count) due.push({ session: s, kind: '1h' });
        } else if (left > HOUR && !s.reminded24At) {
          cache.clear();
          const { count } = await prisma.amaSession.updateMany({ where: { id: s.id, reminded24At: null }, data: { reminded24At: now } });
          if (count) due.push({ session: s, kind: '24h' });
        }
      }
      return due;
    },

    async setBoardMessage(id: number, chatId: bigint, messageId: number) {
      const s = await prisma.amaSession.findUnique({ where: { id }, select: { boardMessages: true } });
      const boards = { ...((s?.boardMessages as Record<string, number>) ?? {}), [chatId.toString()]: messageId };
      await changed(prisma.amaSession.update({ where: { id }, data: { boardMessages: boards } }));
    },

    setNowAnswering: (id: number, questionId: number | null) => changed(prisma.amaSession.update({ where: { id }, data: { nowAnsweringId: questionId } })),
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
