import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { AccessService, Actor } from '../access/service.js';
import { exportKb, parseKb, type KbProblem } from './format.js';
import { KB_LANGS, type KbEntry } from './types.js';

export class KbValidationError extends Error {
  override name = 'KbValidationError';
  constructor(readonly problems: KbProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join('\n'));
  }
}

export interface ImportSummary {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  batch: string;
}

type Row = { id: string; tags: string[]; related: string[]; validFrom: string | null; validUntil: string | null; texts: unknown; version: number; hits: number };

export function rowToEntry(r: Row): KbEntry {
  return { id: r.id, tags: r.tags, related: r.related, validFrom: r.validFrom, validUntil: r.validUntil, texts: r.texts as KbEntry['texts'] };
}

/** An entry with a fixed key order (JSONB reorders keys), to compare two versions. */
function canonical(e: KbEntry) {
  const texts = KB_LANGS.map((l) => e.texts[l] && [l, e.texts[l]!.title, e.texts[l]!.questions, e.texts[l]!.answer]);
  return JSON.stringify([e.id, e.tags, e.related, e.validFrom ?? null, e.validUntil ?? null, texts]);
}
const same = (a: KbEntry, b: KbEntry) => canonical(a) === canonical(b);

function data(e: KbEntry) {
  return { tags: e.tags, related: e.related, validFrom: e.validFrom ?? null, validUntil: e.validUntil ?? null, texts: e.texts as Prisma.InputJsonValue };
}

/**
 * Persistence of the knowledge base: every change writes a version row (a full snapshot) and an
 * audit entry in the same transaction, and is validated as a whole file first (all or nothing).
 */
export function createKbStore(prisma: PrismaClient, access: AccessService) {
  async function all(): Promise<KbEntry[]> {
    return (await prisma.kbEntry.findMany({ orderBy: { id: 'asc' } })).map(rowToEntry);
  }

  /** Validates the knowledge base as it would be after a change, by the file format's own rules. */
  function validate(entries: KbEntry[]): KbEntry[] {
    const res = parseKb(exportKb(entries));
    if (!res.ok) throw new KbValidationError(res.problems);
    return res.entries;
  }

  async function writeVersion(tx: Prisma.TransactionClient, actor: Actor, id: string, action: string, entry: KbEntry | null, batch?: string) {
    const last = await tx.kbEntryVersion.findFirst({ where: { entryId: id }, orderBy: { version: 'desc' } });
    const version = (last?.version ?? 0) + 1;
    await tx.kbEntryVersion.create({
      data: { entryId: id, version, action, data: entry ? (entry as unknown as Prisma.InputJsonValue) : undefined, actorId: actor.id, batch },
    });
    return version;
  }

  async function put(tx: Prisma.TransactionClient, actor: Actor, e: KbEntry, action: string, batch?: string) {
    const version = await writeVersion(tx, actor, e.id, action, e, batch);
    await tx.kbEntry.upsert({
      where: { id: e.id },
      create: { id: e.id, ...data(e), version, updatedBy: actor.id },
      update: { ...data(e), version, updatedBy: actor.id },
    });
    return version;
  }

  return {
    all,
    count: () => prisma.kbEntry.count(),
    async get(id: string) {
      const r = await prisma.kbEntry.findUnique({ where: { id } });
      return r ? { entry: rowToEntry(r), version: r.version, hits: r.hits } : null;
    },
    history: (id: string) => prisma.kbEntryVersion.findMany({ where: { entryId: id }, orderBy: { version: 'asc' } }),

    /** Adds or replaces one entry. `mode` create refuses an existing id, update a missing one. */
    async save(actor: Actor, entry: KbEntry, mode: 'create' | 'update' | 'upsert' = 'upsert') {
      const current = await all();
      const before = current.find((e) => e.id === entry.id) ?? null;
      if (mode === 'create' && before) throw new KbValidationError([{ line: 1, message: `entry "${entry.id}" exists already` }]);
      if (mode === 'update' && !before) throw new KbValidationError([{ line: 1, message: `there is no entry "${entry.id}"` }]);
      const [checked] = validate([...current.filter((e) => e.id !== entry.id), entry]).filter((e) => e.id === entry.id);
      return prisma.$transaction(async (tx) => {
        const version = await put(tx, actor, checked!, before ? 'update' : 'create');
        await access.audit(actor, { action: before ? 'kb.entry.update' : 'kb.entry.create', subject: entry.id, before, after: checked }, tx);
        return version;
      });
    },

    async remove(actor: Actor, id: string) {
      const current = await all();
      const before = current.find((e) => e.id === id);
      if (!before) return null;
      validate(current.filter((e) => e.id !== id)); // refuses when another entry still relates to it
      return prisma.$transaction(async (tx) => {
        const version = await writeVersion(tx, actor, id, 'delete', null);
        await tx.kbEntry.delete({ where: { id } });
        await access.audit(actor, { action: 'kb.entry.delete', subject: id, before, after: null }, tx);
        return { version, previous: version - 1 };
      });
    },

    /** Restores the entry as it was in `version` (a deleted entry comes back); a new version row. */
    async revert(actor: Actor, id: string, version: number) {
      const old = await prisma.kbEntryVersion.findUnique({ where: { entryId_version: { entryId: id, version } } });
      if (!old) return null;
      const current = await all();
      const before = current.find((e) => e.id === id) ?? null;
      const target = old.data as unknown as KbEntry | null;
      validate(target ? [...current.filter((e) => e.id !== id), target] : current.filter((e) => e.id !== id));
      return prisma.$transaction(async (tx) => {
        let now: number;
        if (target) now = await put(tx, actor, target, 'revert');
        else {
          now = await writeVersion(tx, actor, id, 'revert', null);
          await tx.kbEntry.deleteMany({ where: { id } });
        }
        await access.audit(actor, { action: 'kb.entry.revert', subject: id, before, after: { fromVersion: version, entry: target } }, tx);
        return now;
      });
    },

    /**
     * Imports a whole file. replace: the file becomes the knowledge base (entries missing from it
     * are deleted); merge: entries of the file are added or replaced, the others stay. A file with
     * any problem changes nothing.
     */
    async importText(actor: Actor, text: string, mode: 'replace' | 'merge' = 'replace'): Promise<ImportSummary> {
      const parsed = parseKb(text);
      if (!parsed.ok) throw new KbValidationError(parsed.problems);
      const current = await all();
      const incoming = new Map(parsed.entries.map((e) => [e.id, e]));
      if (mode === 'merge') validate([...current.filter((e) => !incoming.has(e.id)), ...parsed.entries]);
      const batch = randomUUID();
      const summary: ImportSummary = { created: 0, updated: 0, deleted: 0, unchanged: 0, batch };
      await prisma.$transaction(
        async (tx) => {
          const byId = new Map(current.map((e) => [e.id, e]));
          for (const e of parsed.entries) {
            const old = byId.get(e.id);
            if (old && same(old, e)) summary.unchanged++;
            else {
              await put(tx, actor, e, 'import', batch);
              summary[old ? 'updated' : 'created']++;
            }
          }
          if (mode === 'replace') {
            for (const old of current) {
              if (incoming.has(old.id)) continue;
              await writeVersion(tx, actor, old.id, 'delete', null, batch);
              await tx.kbEntry.delete({ where: { id: old.id } });
              summary.deleted++;
            }
          }
          const { batch: _b, ...counts } = summary;
          await access.audit(actor, { action: 'kb.import', subject: batch, after: { mode, ...counts } }, tx);
        },
        { timeout: 60_000 },
      );
      return summary;
    },

    async exportText() {
      return exportKb(await all());
    },

    async hit(id: string, at: Date) {
      await prisma.kbEntry.updateMany({ where: { id }, data: { hits: { increment: 1 }, lastHitAt: at } });
    },
  };
}

export type KbStore = ReturnType<typeof createKbStore>;
