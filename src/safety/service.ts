import type { PrismaClient } from '../db/client.js';
import type { AccessService, Actor } from '../access/service.js';
import type { Config } from '../config.js';
import { createImpersonationMatcher, type NamedPerson, type StaffName } from './impersonation.js';
import { createOfficialService } from './official.js';
import type { MembersService } from '../members/service.js';

export interface SafetyOptions {
  brandWords: string[];
  impersonationAction: 'restrict' | 'ban' | 'alert';
  lookalikeDelete: boolean;
  seedOfficial: boolean;
}

export function safetyOptions(config: Config): SafetyOptions {
  return config.safety;
}

export type SafetyService = ReturnType<typeof createSafetyService>;

/**
 * Trust and safety state: official lists and codes (official.ts), last known member names, staff
 * names for the impersonation guard, and moderation cases with undo. No message text is stored.
 */
export function createSafetyService(prisma: PrismaClient, access: AccessService, members: Pick<MembersService, 'idOfUsername' | 'names'>, options: SafetyOptions) {
  const official = createOfficialService(prisma, access);
  const matcher = createImpersonationMatcher(options.brandWords);
  const known = new Map<bigint, string>();
  let staffCache: { at: number; names: StaffName[] } | undefined;

  const sig = (p: NamedPerson) => `${p.firstName ?? ''}\u0000${p.lastName ?? ''}\u0000${p.username ?? ''}`;

  return {
    options,
    official,
    matcher,

    /**
     * Remembers a member's names. Returns true when they are new to the bot or changed since last
     * seen (the guard then looks at them); false when nothing changed (one Map look-up).
     */
    async trackNames(id: bigint, person: NamedPerson): Promise<boolean> {
      const s = sig(person);
      if (known.get(id) === s) return false;
      const data = { firstName: person.firstName ?? null, lastName: person.lastName ?? null, username: person.username ?? null };
      const before = await prisma.safetyMemberName.findUnique({ where: { memberId: id } });
      if (!before || sig(before) !== s) await prisma.safetyMemberName.upsert({ where: { memberId: id }, create: { memberId: id, ...data }, update: data });
      known.set(id, s);
      if (known.size > 100_000) known.delete(known.keys().next().value as bigint);
      if (staffCache?.names.some((n) => n.id === id)) staffCache = undefined; // a staff member renamed
      return !before || sig(before) !== s;
    },

    /** A @username → Telegram id, only through members the bot has seen (newest sighting wins). */
    async idOfUsername(username: string): Promise<bigint | null> {
      const u = username.replace(/^@/, '');
      const mine = await prisma.safetyMemberName.findFirst({ where: { username: { equals: u, mode: 'insensitive' } }, orderBy: { updatedAt: 'desc' } });
      if (mine) return mine.memberId;
      // The members service: people seen before safety tracked names.
      return members.idOfUsername(u);
    },

    /** Staff ids with their last known names (cached for a minute; cleared on any rename). */
    async staffNames(now = Date.now()): Promise<StaffName[]> {
      if (staffCache && now - staffCache.at < 60_000) return staffCache.names;
      const staff = await access.list();
      const ids = staff.map((s) => s.memberId);
      const rows = await prisma.safetyMemberName.findMany({ where: { memberId: { in: ids } } });
      const seen = await members.names(ids);
      const names = ids.map((id) => {
        const r = rows.find((x) => x.memberId === id);
        const m = seen.find((x) => x.id === id);
        return { id, firstName: r?.firstName ?? m?.firstName, lastName: r?.lastName, username: r?.username ?? m?.username };
      });
      staffCache = { at: now, names };
      return names;
    },

    async openCase(input: { kind: 'impersonation' | 'lookalike'; chatId: bigint; memberId: bigint; action: string; reason: string }) {
      return prisma.$transaction(async (tx) => {
        const row = await tx.safetyCase.create({ data: input });
        await access.audit({ id: null, via: 'system' }, { action: `safety.${input.kind}.${input.action}`, subject: input.memberId.toString(), after: { case: row.id, chatId: input.chatId, reason: input.reason } }, tx);
        return row;
      });
    },

    /** The newest impersonation case of a member in a chat (open, or undone by staff). */
    lastCase: (chatId: bigint, memberId: bigint) =>
      prisma.safetyCase.findFirst({ where: { kind: 'impersonation', chatId, memberId }, orderBy: { id: 'desc' } }),

    getCase: (id: number) => prisma.safetyCase.findUnique({ where: { id } }),

    /** Marks a case undone (the caller lifted the restriction or ban) and audits who did it. */
    async undoCase(actor: Actor, id: number): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.safetyCase.findUnique({ where: { id } });
        if (!row || row.status !== 'open') return false;
        await tx.safetyCase.update({ where: { id }, data: { status: 'undone', undoneBy: actor.id } });
        await access.audit(actor, { action: `safety.${row.kind}.undo`, subject: row.memberId.toString(), before: { case: id, action: row.action, status: 'open' }, after: { status: 'undone' } }, tx);
        return true;
      });
    },

    /** /forgetme: the last known names go; moderation cases stay (they protect the community). */
    async erase(tx: PrismaClient, memberId: bigint) {
      await tx.safetyMemberName.deleteMany({ where: { memberId } });
      known.delete(memberId);
    },
  };
}
