import type { PrismaClient } from '../db/client.js';
import type { Actor, AccessService } from '../access/service.js';

export interface TelegramUserLike {
  id: number;
  first_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
}

export interface MemberView {
  id: bigint;
  locale: string | null;
  languageCode: string | null;
  blocked: boolean;
  started: boolean;
}

export type MembersService = ReturnType<typeof createMembersService>;

/**
 * Everyone who talks to the bot is recorded. Writing on every update would cost a query per
 * message; a member is written when new, when their name or language changed, or at most once
 * every `touchMs` to refresh last-seen. The cache is bounded.
 */
export function createMembersService(prisma: PrismaClient, opts: { touchMs?: number; cacheSize?: number } = {}) {
  const touchMs = opts.touchMs ?? 10 * 60_000;
  const cacheSize = opts.cacheSize ?? 50_000;
  const cache = new Map<bigint, MemberView & { sig: string; at: number }>();

  function remember(view: MemberView, sig: string) {
    cache.delete(view.id);
    cache.set(view.id, { ...view, sig, at: Date.now() });
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as bigint);
  }

  function toView(row: { id: bigint; locale: string | null; languageCode: string | null; blockedAt: Date | null; startedAt: Date | null }): MemberView {
    return { id: row.id, locale: row.locale, languageCode: row.languageCode, blocked: !!row.blockedAt, started: !!row.startedAt };
  }

  return {
    /** Records that a member was seen; a private message also means they have not blocked the bot. */
    async seen(user: TelegramUserLike, opts: { privateChat?: boolean } = {}): Promise<MemberView> {
      const id = BigInt(user.id);
      const sig = `${user.first_name ?? ''}\u0000${user.username ?? ''}\u0000${user.language_code ?? ''}`;
      const hit = cache.get(id);
      if (hit && hit.sig === sig && Date.now() - hit.at < touchMs && !(opts.privateChat && hit.blocked)) return hit;
      const data = {
        firstName: user.first_name ?? null,
        username: user.username ?? null,
        languageCode: user.language_code ?? null,
        lastSeenAt: new Date(),
        ...(opts.privateChat ? { blockedAt: null } : {}),
      };
      const row = await prisma.member.upsert({ where: { id }, create: { id, ...data }, update: data });
      const view = toView(row);
      remember(view, sig);
      return view;
    },

    async get(id: bigint): Promise<MemberView | null> {
      const row = await prisma.member.findUnique({ where: { id } });
      return row ? toView(row) : null;
    },

    async markStarted(id: bigint) {
      await prisma.member.updateMany({ where: { id, startedAt: null }, data: { startedAt: new Date() } });
      cache.delete(id);
    },

    /** The member blocked the bot (Telegram answered 403) or unblocked it (my_chat_member). */
    async setBlocked(id: bigint, blocked: boolean) {
      await prisma.member.updateMany({ where: { id }, data: { blockedAt: blocked ? new Date() : null } });
      cache.delete(id);
    },

    async setLocale(id: bigint, locale: string) {
      await prisma.member.update({ where: { id }, data: { locale } });
      const hit = cache.get(id);
      if (hit) hit.locale = locale;
    },

    /**
     * Deletes what the bot stores about a member (name, username, language, dates) and audits it.
     * Capabilities that keep member data register an eraser; each runs in the same transaction.
     */
    async forget(actor: Actor, id: bigint, access: AccessService, erasers: MemberEraser[] = []) {
      await prisma.$transaction(async (tx) => {
        for (const erase of erasers) await erase(tx as unknown as PrismaClient, id);
        await tx.member.deleteMany({ where: { id } });
        await access.audit(actor, { action: 'member.forget', subject: id.toString() }, tx);
      });
      cache.delete(id);
    },

    count: () => prisma.member.count(),

    /** A @username (any case) → the member last seen with it, or null. */
    async idOfUsername(username: string): Promise<bigint | null> {
      const m = await prisma.member.findFirst({ where: { username: { equals: username.replace(/^@/, ''), mode: 'insensitive' } }, orderBy: { lastSeenAt: 'desc' }, select: { id: true } });
      return m?.id ?? null;
    },

    /** The names Telegram last showed for these members. */
    names: (ids: bigint[]) => prisma.member.findMany({ where: { id: { in: ids } }, select: { id: true, firstName: true, username: true } }),

    /**
     * Bulk look-up for mass messages: members who started the bot and/or have one of `ids`, with
     * their language and blocked flag. One query instead of one per recipient.
     */
    async views(filter: { started?: boolean; ids?: bigint[] }): Promise<MemberView[]> {
      const or: object[] = [];
      if (filter.started) or.push({ startedAt: { not: null } });
      if (filter.ids?.length) or.push({ id: { in: filter.ids } });
      if (!or.length) return [];
      const rows = await prisma.member.findMany({
        where: { OR: or },
        select: { id: true, locale: true, languageCode: true, blockedAt: true, startedAt: true },
      });
      return rows.map(toView);
    },

    /** Of these ids, the members known to have blocked the bot (delivery skips them). */
    async blockedAmong(ids: bigint[]): Promise<Set<bigint>> {
      const out = new Set<bigint>();
      for (let i = 0; i < ids.length; i += 10_000) {
        const rows = await prisma.member.findMany({ where: { id: { in: ids.slice(i, i + 10_000) }, blockedAt: { not: null } }, select: { id: true } });
        for (const r of rows) out.add(r.id);
      }
      return out;
    },

    /** Members who started the bot and have not blocked it, with their language (newsletters). */
    async audience(): Promise<{ id: bigint; locale: string | null; languageCode: string | null }[]> {
      return prisma.member.findMany({ where: { startedAt: { not: null }, blockedAt: null }, select: { id: true, locale: true, languageCode: true }, orderBy: { id: 'asc' } });
    },
  };
}

/** Removes one capability's personal data of a member inside the forget transaction. */
export type MemberEraser = (tx: PrismaClient, memberId: bigint) => Promise<void>;
