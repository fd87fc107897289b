import type { PrismaClient } from '../db/client.js';
import type { Locale } from '../config.js';
import type { MembersService } from '../members/service.js';
import { toLocale } from '../bot/i18n.js';

export interface Recipient {
  chatId: bigint;
  locale: Locale;
}

export interface FollowState {
  /** Follows every asset (the official updates). */
  all: boolean;
  symbols: string[];
}

export interface ImportReport {
  added: number;
  already: number;
  bad: { line: number; text: string; reason: string }[];
}

export type FollowersService = ReturnType<typeof createFollowersService>;

/**
 * Who gets which update. A member who started the bot follows every asset unless they opted out
 * (a StatusFollower row with all=false); imported ids follow everything; single assets are rows of
 * their own. Blocked members are left out.
 */
export function createFollowersService(prisma: PrismaClient, members: MembersService, defaultLocale: Locale) {
  async function state(memberId: bigint): Promise<FollowState> {
    const [row, singles, member] = await Promise.all([
      prisma.statusFollower.findUnique({ where: { memberId } }),
      prisma.statusFollow.findMany({ where: { memberId }, orderBy: { symbol: 'asc' } }),
      members.get(memberId),
    ]);
    return { all: row ? row.all : !!member?.started, symbols: singles.map((s) => s.symbol) };
  }

  return {
    state,

    async setAll(memberId: bigint, all: boolean): Promise<FollowState> {
      await prisma.statusFollower.upsert({ where: { memberId }, create: { memberId, all, source: 'member' }, update: { all } });
      return state(memberId);
    },

    async setOne(memberId: bigint, symbol: string, on: boolean): Promise<FollowState> {
      if (on) await prisma.statusFollow.upsert({ where: { memberId_symbol: { memberId, symbol } }, create: { memberId, symbol }, update: {} });
      else await prisma.statusFollow.deleteMany({ where: { memberId, symbol } });
      return state(memberId);
    },

    /** Followers of `symbol` (or of everything when symbol is null), each with their language. */
    async recipients(symbol: string | null): Promise<Recipient[]> {
      const [rows, singles] = await Promise.all([
        prisma.statusFollower.findMany({ select: { memberId: true, all: true } }),
        symbol ? prisma.statusFollow.findMany({ where: { symbol }, select: { memberId: true } }) : Promise.resolve([]),
      ]);
      const optedOut = new Set(rows.filter((r) => !r.all).map((r) => r.memberId));
      const explicit = new Set<bigint>([...rows.filter((r) => r.all).map((r) => r.memberId), ...singles.map((s) => s.memberId)]);
      // Started members in one query; explicit ids beyond them in chunks (bind-parameter limits).
      const views = await members.views({ started: true });
      const started = new Set(views.map((v) => v.id));
      const rest = [...explicit].filter((id) => !started.has(id));
      for (let i = 0; i < rest.length; i += 10_000) views.push(...(await members.views({ ids: rest.slice(i, i + 10_000) })));
      const out = new Map<bigint, Recipient>();
      for (const v of views) {
        if (v.blocked) continue;
        if (explicit.has(v.id) || (v.started && !optedOut.has(v.id))) {
          out.set(v.id, { chatId: v.id, locale: toLocale(v.locale ?? v.languageCode, defaultLocale) });
        }
      }
      // Imported ids the bot has never seen: no language known yet.
      const seen = new Set(views.map((v) => v.id));
      for (const id of explicit) if (!seen.has(id)) out.set(id, { chatId: id, locale: defaultLocale });
      return [...out.values()];
    },

    /**
     * Telegram ids from another bot: one a line, CSV (first numeric column) or JSON lines
     * ({"id": …} / telegram_id / user_id / chat_id). Bad lines are reported with their number,
     * good ones kept; running it twice adds nothing; a member's own opt-out is never overwritten.
     */
    async importIds(text: string): Promise<ImportReport> {
      const bad: ImportReport['bad'] = [];
      const ids = new Set<bigint>();
      text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        const res = parseLine(line);
        if (typeof res === 'string') {
          // A CSV header on the first line is not an error.
          if (!(i === 0 && res === 'no id' && !/\d/.test(line))) bad.push({ line: i + 1, text: line.slice(0, 60), reason: res });
        } else ids.add(res);
      });
      const list = [...ids];
      let added = 0;
      for (let i = 0; i < list.length; i += 1000) {
        const chunk = list.slice(i, i + 1000);
        const res = await prisma.statusFollower.createMany({ data: chunk.map((memberId) => ({ memberId, all: true, source: 'import' })), skipDuplicates: true });
        added += res.count;
      }
      return { added, already: list.length - added, bad };
    },

    /** /forgetme: the follow choices go with the member. */
    async erase(tx: PrismaClient, memberId: bigint) {
      await tx.statusFollower.deleteMany({ where: { memberId } });
      await tx.statusFollow.deleteMany({ where: { memberId } });
    },
  };
}

const MAX_ID = 2n ** 63n - 1n;

function parseId(s: unknown): bigint | string {
  const str = typeof s === 'number' ? String(s) : typeof s === 'string' ? s.trim().replace(/^"|"$/g, '') : '';
  if (!/^\d{1,19}$/.test(str)) return 'not a Telegram id';
  const id = BigInt(str);
  if (id <= 0n || id > MAX_ID) return 'not a Telegram id';
  return id;
}

function parseLine(line: string): bigint | string {
  if (line.startsWith('{')) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line);
    } catch {
      return 'invalid JSON';
    }
    const v = obj.id ?? obj.telegram_id ?? obj.user_id ?? obj.chat_id;
    return v === undefined ? 'no id' : parseId(v);
  }
  const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (cells.length === 1) return /\d/.test(cells[0]!) ? parseId(cells[0]) : 'no id';
  const numeric = cells.find((c) => /^\d+$/.test(c));
  return numeric === undefined ? 'no id' : parseId(numeric);
}
