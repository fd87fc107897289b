import type { PrismaClient } from '../db/client.js';
import type { Actor, AccessService } from '../access/service.js';
import type { SupportTicket } from '../generated/prisma/client.js';
import { mergeTags } from './triage.js';

export type Ticket = SupportTicket;
export const STATES = ['new', 'open', 'waiting', 'closed'] as const;
export const DEFAULT_CATEGORIES = ['withdrawal', 'deposit', 'account', 'rewards', 'feedback', 'report_scam', 'other'];
const ACTIVE = { not: 'closed' };

export type SupportService = ReturnType<typeof createSupportService>;

/** The desk's data: tickets, their messages, categories, bans and members' pending steps. No Telegram here. */
export function createSupportService(prisma: PrismaClient, access: AccessService) {
  let seeded = false;
  async function seed() {
    if (seeded) return;
    if ((await prisma.supportCategory.count()) === 0) {
      await prisma.supportCategory.createMany({ data: DEFAULT_CATEGORIES.map((key, position) => ({ key, position })), skipDuplicates: true });
    }
    seeded = true;
  }

  async function update(actor: Actor, id: number, action: string, data: Partial<Ticket>) {
    return prisma.$transaction(async (tx) => {
      const before = await tx.supportTicket.findUnique({ where: { id } });
      if (!before) return null;
      const after = await tx.supportTicket.update({ where: { id }, data });
      const pick = (t: Ticket) => Object.fromEntries(Object.keys(data).map((k) => [k, t[k as keyof Ticket]]));
      await access.audit(actor, { action, subject: `ticket:${id}`, before: pick(before), after: pick(after) }, tx);
      return after;
    });
  }

  return {
    async categories() {
      await seed();
      return prisma.supportCategory.findMany({ where: { active: true }, orderBy: [{ position: 'asc' }, { key: 'asc' }] });
    },
    async setCategory(actor: Actor, key: string, active: boolean, label?: string) {
      await seed();
      const position = await prisma.supportCategory.count();
      await prisma.supportCategory.upsert({ where: { key }, create: { key, label, active, position }, update: { active, ...(label ? { label } : {}) } });
      await access.audit(actor, { action: active ? 'ticket.category.add' : 'ticket.category.remove', subject: key, after: { label } });
    },

    isBanned: async (memberId: bigint) => !!(await prisma.supportBan.findUnique({ where: { memberId } })),
    async ban(actor: Actor, memberId: bigint, banned: boolean, reason?: string) {
      await prisma.$transaction(async (tx) => {
        if (banned) await tx.supportBan.upsert({ where: { memberId }, create: { memberId, reason, bannedBy: actor.id }, update: { reason } });
        else await tx.supportBan.deleteMany({ where: { memberId } });
        await access.audit(actor, { action: banned ? 'ticket.ban' : 'ticket.unban', subject: memberId.toString(), after: { reason } }, tx);
      });
    },

    openedSince: (memberId: bigint, since: Date) => prisma.supportTicket.count({ where: { memberId, createdAt: { gte: since } } }),

    create(input: { memberId: bigint; memberName?: string; category: string; locale: string; subject?: string; tags: string[]; now: Date }) {
      const { now, ...data } = input;
      return prisma.supportTicket.create({ data: { ...data, createdAt: now } });
    },
    get: (id: number) => prisma.supportTicket.findUnique({ where: { id } }),
    active: (memberId: bigint) => prisma.supportTicket.findMany({ where: { memberId, state: ACTIVE }, orderBy: { id: 'asc' } }),
    ofMember: (memberId: bigint, take = 10) => prisma.supportTicket.findMany({ where: { memberId }, orderBy: { id: 'desc' }, take }),
    byTopic: (topicId: number) => prisma.supportTicket.findFirst({ where: { topicId } }),
    async byStaffMessage(messageId: number) {
      const header = await prisma.supportTicket.findFirst({ where: { headerMessageId: messageId } });
      if (header) return header;
      const msg = await prisma.supportMessage.findFirst({ where: { staffMessageId: messageId }, include: { ticket: true } });
      return msg?.ticket ?? null;
    },
    setStaffPlace: (id: number, data: { topicId?: number | null; headerMessageId?: number | null; staffError?: string | null }) =>
      prisma.supportTicket.update({ where: { id }, data }),
    withoutStaffPlace: () => prisma.supportTicket.findMany({ where: { state: ACTIVE, headerMessageId: null }, orderBy: { id: 'asc' }, take: 20 }),

    addMessage(data: { ticketId: number; direction: string; kind?: string; authorId?: bigint; text?: string; memberMessageId?: number; staffMessageId?: number; status?: string }) {
      return prisma.supportMessage.create({ data });
    },
    async addTags(id: number, tags: string[]) {
      if (!tags.length) return;
      const t = await prisma.supportTicket.findUnique({ where: { id }, select: { tags: true } });
      if (t) await prisma.supportTicket.update({ where: { id }, data: { tags: mergeTags(t.tags, tags) } });
    },
    /** A member wrote: a ticket waiting for them is open again. */
    memberWrote: (id: number) => prisma.supportTicket.updateMany({ where: { id, state: 'waiting' }, data: { state: 'open' } }),
    /** Staff answered: the first answer stops the first-response clock; the ticket waits for the member. */
    async staffAnswered(actor: Actor, id: number, now: Date) {
      const t = await prisma.supportTicket.findUnique({ where: { id } });
      if (!t) return null;
      const data = { state: 'waiting', ...(t.firstResponseAt ? {} : { firstResponseAt: now }) };
      return update(actor, id, 'ticket.reply', data);
    },

    take: (actor: Actor, id: number, name: string) => update(actor, id, 'ticket.take', { takenBy: actor.id, takenByName: name, state: 'open' }),
    setPriority: (actor: Actor, id: number, priority: number) => update(actor, id, 'ticket.priority', { priority }),
    close: (actor: Actor, id: number, now: Date) => update(actor, id, 'ticket.close', { state: 'closed', closedAt: now }),
    reopen: (actor: Actor, id: number) => update(actor, id, 'ticket.reopen', { state: 'open', closedAt: null, rating: null, ratingComment: null }),
    /** Only the ticket's own member may rate it, once it is closed. */
    async rate(memberId: bigint, id: number, rating: number) {
      const r = await prisma.supportTicket.updateMany({ where: { id, memberId, state: 'closed' }, data: { rating } });
      return r.count === 1;
    },
    comment: (memberId: bigint, id: number, text: string) => prisma.supportTicket.updateMany({ where: { id, memberId }, data: { ratingComment: text } }),

    /** What the member is in the middle of; a step left for longer than `maxAgeMs` is forgotten (their next words are a new question). */
    async pending(memberId: bigint, now?: Date, maxAgeMs = 30 * 60_000) {
      const p = await prisma.supportPending.findUnique({ where: { memberId } });
      if (p && now && now.getTime() - p.createdAt.getTime() > maxAgeMs) {
        await prisma.supportPending.deleteMany({ where: { memberId } });
        return null;
      }
      return p;
    },
    setPending(memberId: bigint, data: { kind: string; category?: string | null; question?: string | null; ticketId?: number | null; messageId?: number | null }, now = new Date()) {
      const full = { category: null, question: null, ticketId: null, messageId: null, createdAt: now, ...data };
      return prisma.supportPending.upsert({ where: { memberId }, create: { memberId, ...full }, update: full });
    },
    clearPending: (memberId: bigint) => prisma.supportPending.deleteMany({ where: { memberId } }),

    /** Open tickets, most urgent first, then oldest first. */
    queue: (take = 50) => prisma.supportTicket.findMany({ where: { state: ACTIVE }, orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }], take }),
    list: (where: { state?: string; memberId?: bigint } = {}, take = 100) => prisma.supportTicket.findMany({ where, orderBy: { id: 'asc' }, take }),
    messages: (ticketId: number) => prisma.supportMessage.findMany({ where: { ticketId }, orderBy: { id: 'asc' } }),
    /** Open tickets of a category tagged with an asset: one incident reply goes to all of them. */
    group: (asset: string, category = 'withdrawal') =>
      prisma.supportTicket.findMany({ where: { state: ACTIVE, category, tags: { has: `asset:${asset.toUpperCase()}` } }, orderBy: { id: 'asc' } }),
    /** Not yet answered, created before `before`. */
    unanswered: (before: Date) => prisma.supportTicket.findMany({ where: { state: ACTIVE, firstResponseAt: null, createdAt: { lte: before } }, orderBy: { id: 'asc' } }),
    markReminded: (ids: number[], now: Date) => prisma.supportTicket.updateMany({ where: { id: { in: ids } }, data: { remindedAt: now } }),
    markEscalated: (ids: number[], now: Date) => prisma.supportTicket.updateMany({ where: { id: { in: ids } }, data: { escalatedAt: now } }),

    async stats(now: Date, targetMs: number) {
      const dayAgo = new Date(now.getTime() - 86_400_000);
      const [created, open, overdue, rated] = await Promise.all([
        prisma.supportTicket.count({ where: { createdAt: { gte: dayAgo } } }),
        prisma.supportTicket.count({ where: { state: ACTIVE } }),
        prisma.supportTicket.count({ where: { state: ACTIVE, firstResponseAt: null, createdAt: { lte: new Date(now.getTime() - targetMs) } } }),
        prisma.supportTicket.aggregate({ where: { closedAt: { gte: new Date(now.getTime() - 7 * 86_400_000) }, rating: { not: null } }, _avg: { rating: true }, _count: { rating: true } }),
      ]);
      return { created, open, overdue, ratingAvg: rated._avg.rating, ratingCount: rated._count.rating };
    },

    /** /forgetme: personal content goes; the anonymous ticket (category, dates, rating) stays for the statistics. */
    async erase(tx: PrismaClient, memberId: bigint) {
      const ids = (await tx.supportTicket.findMany({ where: { memberId }, select: { id: true } })).map((t) => t.id);
      await tx.supportMessage.updateMany({ where: { ticketId: { in: ids } }, data: { text: null } });
      await tx.supportTicket.updateMany({
        where: { memberId },
        data: { memberId: 0n, memberName: null, subject: null, ratingComment: null, tags: [], state: 'closed' },
      });
      await tx.supportPending.deleteMany({ where: { memberId } });
    },
  };
}
