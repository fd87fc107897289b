import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { type Role, ROLES, isRole } from './roles.js';

export type Via = 'telegram' | 'cli' | 'system';

export interface Actor {
  id: bigint | null;
  via: Via;
}

export interface AuditInput {
  action: string;
  subject?: string;
  before?: unknown;
  after?: unknown;
}

export class AccessDenied extends Error {
  override name = 'AccessDenied';
}

/** JSON for the audit log: BigInt becomes a string; undefined stays out. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

export type AccessService = ReturnType<typeof createAccessService>;

/**
 * Roles and the audit log. Owners from BOT_OWNERS are owners by configuration; the rest are rows.
 * Role look-ups are cached briefly (every update asks), and the cache is cleared on every change.
 */
export function createAccessService(prisma: PrismaClient, opts: { owners: bigint[]; cacheMs?: number }) {
  const cacheMs = opts.cacheMs ?? 30_000;
  const configuredOwners = new Set(opts.owners);
  // Staff are few and every update asks: the whole registry is held in memory, reloaded at most
  // every `cacheMs` (changes made by another process show up within that) and at once on a change here.
  let registry: { byId: Map<bigint, Set<Role>>; at: number } | undefined;
  let loading: Promise<Map<bigint, Set<Role>>> | undefined;
  const none: ReadonlySet<Role> = new Set();

  async function load(): Promise<Map<bigint, Set<Role>>> {
    if (registry && Date.now() - registry.at < cacheMs) return registry.byId;
    loading ??= (async () => {
      const rows = await prisma.staffRoleGrant.findMany({ select: { memberId: true, role: true } });
      const byId = new Map<bigint, Set<Role>>();
      for (const r of rows) {
        const set = byId.get(r.memberId) ?? new Set<Role>();
        set.add(r.role as Role);
        byId.set(r.memberId, set);
      }
      for (const id of configuredOwners) byId.set(id, new Set([...(byId.get(id) ?? []), 'owner']));
      registry = { byId, at: Date.now() };
      return byId;
    })().finally(() => (loading = undefined));
    return loading;
  }
  const invalidate = () => {
    registry = undefined;
  };

  async function rolesOf(id: bigint): Promise<Set<Role>> {
    return new Set((await load()).get(id) ?? none);
  }

  async function audit(actor: Actor, entry: AuditInput, tx: Prisma.TransactionClient | PrismaClient = prisma) {
    await tx.auditEntry.create({
      data: {
        actorId: actor.id,
        via: actor.via,
        action: entry.action,
        subject: entry.subject,
        before: toJson(entry.before),
        after: toJson(entry.after),
      },
    });
  }

  async function assertOwner(actor: Actor) {
    if (actor.via === 'cli' && actor.id === null) return; // the operator at the machine
    if (actor.id === null || !(await rolesOf(actor.id)).has('owner')) throw new AccessDenied('only an owner may do this');
  }

  return {
    rolesOf,
    audit,
    isConfiguredOwner: (id: bigint) => configuredOwners.has(id),

    /** Grants a role. Returns false when the member already had it (nothing written). */
    async grant(actor: Actor, memberId: bigint, role: Role): Promise<boolean> {
      await assertOwner(actor);
      return prisma.$transaction(async (tx) => {
        const existing = await tx.staffRoleGrant.findUnique({ where: { memberId_role: { memberId, role } } });
        if (existing) return false;
        const before = (await tx.staffRoleGrant.findMany({ where: { memberId } })).map((r) => r.role);
        await tx.staffRoleGrant.create({ data: { memberId, role, grantedBy: actor.id } });
        await audit(actor, { action: 'staff.grant', subject: memberId.toString(), before, after: [...before, role] }, tx);
        invalidate();
        return true;
      });
    },

    /** Revokes a role. Returns false when the member did not have it. */
    async revoke(actor: Actor, memberId: bigint, role: Role): Promise<boolean> {
      await assertOwner(actor);
      if (role === 'owner' && configuredOwners.has(memberId)) {
        throw new AccessDenied('this owner comes from BOT_OWNERS: remove the id there');
      }
      return prisma.$transaction(async (tx) => {
        const before = (await tx.staffRoleGrant.findMany({ where: { memberId } })).map((r) => r.role);
        if (!before.includes(role)) return false;
        await tx.staffRoleGrant.delete({ where: { memberId_role: { memberId, role } } });
        await audit(actor, { action: 'staff.revoke', subject: memberId.toString(), before, after: before.filter((r) => r !== role) }, tx);
        invalidate();
        return true;
      });
    },

    /** Every staff member with their roles (configured owners included). */
    async list(): Promise<{ memberId: bigint; roles: Role[] }[]> {
      const rows = await prisma.staffRoleGrant.findMany({ orderBy: [{ memberId: 'asc' }] });
      const byId = new Map<bigint, Set<Role>>();
      for (const id of configuredOwners) byId.set(id, new Set(['owner']));
      for (const r of rows) {
        const set = byId.get(r.memberId) ?? new Set<Role>();
        set.add(r.role as Role);
        byId.set(r.memberId, set);
      }
      return [...byId.entries()]
        .map(([memberId, roles]) => ({ memberId, roles: ROLES.filter((r) => roles.has(r)) }))
        .sort((a, b) => (a.memberId < b.memberId ? -1 : 1));
    },

    async auditLog(opts: { limit?: number; action?: string; actorId?: bigint } = {}) {
      return prisma.auditEntry.findMany({
        where: { ...(opts.action ? { action: { startsWith: opts.action } } : {}), ...(opts.actorId ? { actorId: opts.actorId } : {}) },
        orderBy: { id: 'desc' },
        take: Math.min(Math.max(opts.limit ?? 20, 1), 500),
      });
    },

    parseRole(value: string): Role | undefined {
      const v = value.trim().toLowerCase().replace(/-/g, '_');
      const alias: Record<string, Role> = { host: 'ama_host', agent: 'support', mod: 'moderator' };
      return isRole(v) ? v : alias[v];
    },
  };
}
