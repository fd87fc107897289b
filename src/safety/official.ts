import { randomInt } from 'node:crypto';
import type { PrismaClient } from '../db/client.js';
import type { AccessService, Actor } from '../access/service.js';
import { normalizeAddress, normalizeDomain, normalizeHandle, normalizeLink, type OfficialKind, type OfficialList } from './links.js';

export const OFFICIAL_KINDS: OfficialKind[] = ['domain', 'handle', 'link', 'address'];

/** From the seed file's links (AMA highlights 2020-11-26): website, Telegram, social profiles. */
export const DEFAULT_OFFICIAL: { kind: OfficialKind; value: string }[] = [
  { kind: 'domain', value: 'okex.com' },
  { kind: 'handle', value: '@OKExOfficial_English' },
  { kind: 'link', value: 'twitter.com/OKEx' },
  { kind: 'link', value: 'facebook.com/okexofficial' },
  { kind: 'link', value: 'linkedin.com/company/okex' },
  { kind: 'link', value: 'reddit.com/r/OKEx' },
  { kind: 'link', value: 'instagram.com/okex_exchange' },
];

export class OfficialInputError extends Error {
  override name = 'OfficialInputError';
}

/** Unambiguous alphabet (no 0/O, 1/I/L, U): a code read aloud or retyped survives. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_PATTERN = /^[2-9A-HJKMNP-TV-Z]{4}-?[2-9A-HJKMNP-TV-Z]{4}$/i;

export function normalizeOfficial(kind: OfficialKind, value: string): string {
  const v = kind === 'domain' ? normalizeDomain(value) : kind === 'handle' ? normalizeHandle(value) : kind === 'link' ? normalizeLink(value) : normalizeAddress(value);
  if (!v) throw new OfficialInputError(`not a valid ${kind}: ${value}`);
  return v;
}

export type OfficialService = ReturnType<typeof createOfficialService>;

/** The official lists (cached in memory: every group message is checked) and official message codes. */
export function createOfficialService(prisma: PrismaClient, access: AccessService) {
  let cache: OfficialList | undefined;

  async function officialList(): Promise<OfficialList> {
    if (cache) return cache;
    const rows = await prisma.safetyOfficialEntry.findMany({ orderBy: { id: 'asc' } });
    const of = (k: string) => rows.filter((r) => r.kind === k).map((r) => r.value);
    cache = {
      domains: of('domain'),
      handles: of('handle'),
      links: of('link'),
      addresses: rows.filter((r) => r.kind === 'address').map((r) => ({ value: r.value, asset: r.asset, network: r.network })),
    };
    return cache;
  }

  async function add(actor: Actor, kind: OfficialKind, display: string, asset?: string, network?: string): Promise<boolean> {
    const value = normalizeOfficial(kind, display);
    if (kind === 'address' && (!asset || !network)) throw new OfficialInputError('an address needs an asset and a network');
    const changed = await prisma.$transaction(async (tx) => {
      const existing = await tx.safetyOfficialEntry.findUnique({ where: { kind_value: { kind, value } } });
      if (existing) return false;
      const data = { kind, value, display: display.trim(), asset: asset?.toUpperCase() ?? null, network: network?.toLowerCase() ?? null, addedBy: actor.id };
      await tx.safetyOfficialEntry.create({ data });
      await access.audit(actor, { action: 'safety.official.add', subject: `${kind}:${value}`, after: data }, tx);
      return true;
    });
    cache = undefined;
    return changed;
  }

  async function remove(actor: Actor, kind: OfficialKind, display: string): Promise<boolean> {
    const value = normalizeOfficial(kind, display);
    const changed = await prisma.$transaction(async (tx) => {
      const existing = await tx.safetyOfficialEntry.findUnique({ where: { kind_value: { kind, value } } });
      if (!existing) return false;
      await tx.safetyOfficialEntry.delete({ where: { id: existing.id } });
      await access.audit(actor, { action: 'safety.official.remove', subject: `${kind}:${value}`, before: existing }, tx);
      return true;
    });
    cache = undefined;
    return changed;
  }

  return {
    officialList,
    add,
    remove,
    entries: () => prisma.safetyOfficialEntry.findMany({ orderBy: [{ kind: 'asc' }, { id: 'asc' }] }),

    /** Adds the defaults; with onlyIfEmpty (first start) only when no entry exists yet. Returns how many were added. */
    async seedDefaults(actor: Actor, opts: { onlyIfEmpty?: boolean } = {}): Promise<number> {
      if (opts.onlyIfEmpty && (await prisma.safetyOfficialEntry.count()) > 0) return 0;
      let n = 0;
      for (const d of DEFAULT_OFFICIAL) if (await add(actor, d.kind, d.value)) n++;
      return n;
    },

    /** Registers an official message and returns its code (seam officialMessageCode). */
    async messageCode(input: { kind: string; summary: string; sentAt: Date }): Promise<string> {
      for (let attempt = 0; ; attempt++) {
        const raw = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
        // At least one letter and one digit: never all digits (a Telegram id) nor a word.
        if (!/[A-Z]/.test(raw) || !/[0-9]/.test(raw)) continue;
        const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
        try {
          await prisma.safetyOfficialMessage.create({ data: { code, kind: input.kind, summary: input.summary.slice(0, 500), sentAt: input.sentAt } });
          return code;
        } catch (err) {
          if (attempt > 5) throw err; // a collision in 30^8 is rare; anything else is a real error
        }
      }
    },

    async findCode(input: string) {
      const raw = input.trim().toUpperCase().replace('-', '');
      if (!CODE_PATTERN.test(raw)) return null;
      return prisma.safetyOfficialMessage.findUnique({ where: { code: `${raw.slice(0, 4)}-${raw.slice(4)}` } });
    },
  };
}
