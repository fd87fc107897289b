import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { AccessService, Actor } from '../access/service.js';
import type { MembersService } from '../members/service.js';
import type { DeliverInput } from '../seams.js';
import { satisfies } from '../access/roles.js';
import { toLocale } from '../bot/i18n.js';
import { createGate, type Gate } from './pace.js';
import { summarize, type Counts } from './progress.js';
import { createChats } from './chats.js';
import { createCorrections, type CorrectionInput } from './correct.js';
import { createUncertain } from './uncertain.js';

export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly code: 'not_found' | 'not_pending' | 'own_request' | 'not_allowed' | 'finished' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

export interface BroadcastInput extends DeliverInput {
  /** Text for the registered channels and groups, by language (they get it when given). */
  chatTexts?: Record<string, string>;
  /** pending: waits for approval (startBroadcast); approved: the sender takes it at once. */
  state?: 'pending' | 'approved';
}

/**
 * The two-person approval module (src/access/approvals.ts), seen structurally so delivery works
 * with it when present and with its own minimal rule (an admin other than the author) until then.
 */
export interface ApprovalPort {
  registerExecutor(kind: string, run: (req: { id: number; payload: unknown }, by: Actor) => Promise<{ key: string; vars?: Record<string, string | number> }>): void;
  requestApproval(actor: Actor, input: { kind: string; payload: unknown; summary?: string }): Promise<{ id: number }>;
  approve(actor: Actor, id: number): Promise<{ ok: boolean; reason?: string; error?: string; state?: string; remaining?: number; request?: { required: number } }>;
}

/** A vote on a broadcast: it started (executed), or it is one of several approvals required. */
export type ApproveResult = { executed: true } | { executed: false; count: number; required: number; remaining: number };

export type DeliveryService = ReturnType<typeof createDeliveryService>;

/**
 * The outbox's front door: broadcasts are written here (one row per recipient), started only
 * through `startBroadcast` (the approval step), cancelled, corrected and watched. The sender
 * (sender.ts) is the only code that talks to Telegram.
 */
export function createDeliveryService(prisma: PrismaClient, deps: { access: AccessService; members: MembersService; logger: Logger; gate?: Gate; approvals?: ApprovalPort }) {
  const gate = deps.gate ?? createGate();
  const chats = createChats(prisma, deps.access);
  const corrections = createCorrections(prisma, { access: deps.access, members: deps.members, chats });
  const approvals = deps.approvals;
  // The approved step: the approval module runs this once enough approvers said yes.
  approvals?.registerExecutor('broadcast', async (req, by) => {
    const id = (req.payload as { broadcastId: number }).broadcastId;
    await startBroadcast(id);
    await deps.access.audit(by, { action: 'broadcast.approve', subject: String(id), before: { state: 'pending' }, after: { state: 'approved', approvalId: req.id } });
    return { key: 'broadcast-approved', vars: { id } };
  });

  async function startBroadcast(id: number) {
    const r = await prisma.deliveryBroadcast.updateMany({ where: { id, state: 'pending' }, data: { state: 'approved' } });
    if (!r.count) throw new DeliveryError('not_pending', `broadcast ${id} is not pending`);
  }

  async function create(input: BroadcastInput): Promise<number> {
    const texts: string[] = [];
    const index = new Map<string, number>();
    const textIndex = (s: string) => {
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = texts.push(s) - 1));
      return i;
    };
    const rows = new Map<bigint, { chatId: bigint; textIndex: number; pin: boolean; state?: string; lastError?: string }>();
    const blocked = await deps.members.blockedAmong(input.messages.map((m) => m.chatId).filter((id) => id > 0n));
    for (const m of input.messages) {
      if (rows.has(m.chatId)) continue; // one message per recipient, whatever the caller passed
      const skip = blocked.has(m.chatId) ? { state: 'blocked', lastError: 'blocked the bot before' } : {};
      rows.set(m.chatId, { chatId: m.chatId, textIndex: textIndex(m.text), pin: false, ...skip });
    }
    if (input.chatTexts && Object.keys(input.chatTexts).length) {
      const fallback = input.chatTexts.en ?? Object.values(input.chatTexts)[0]!;
      for (const c of await chats.list()) {
        if (rows.has(c.chatId)) continue;
        rows.set(c.chatId, { chatId: c.chatId, textIndex: textIndex(input.chatTexts[c.locale] ?? fallback), pin: c.pin });
      }
    }
    if (!rows.size) throw new DeliveryError('empty', 'no recipients');
    return prisma.$transaction(async (tx) => {
      const b = await tx.deliveryBroadcast.create({
        data: {
          kind: input.kind,
          priority: input.priority,
          authorId: input.authorId ?? null,
          state: input.state ?? 'approved',
          texts,
          total: rows.size,
          progressChatId: input.progress?.chatId ?? null,
          progressLocale: input.progress?.locale ?? null,
        },
      });
      const data = [...rows.values()].map((r) => ({ ...r, broadcastId: b.id }));
      for (let i = 0; i < data.length; i += 5000) await tx.deliveryRecipient.createMany({ data: data.slice(i, i + 5000) });
      return b.id;
    }, { timeout: 60_000 });
  }

  async function get(id: number) {
    const b = await prisma.deliveryBroadcast.findUnique({ where: { id } });
    if (!b) throw new DeliveryError('not_found', `broadcast ${id} does not exist`);
    return b;
  }

  async function counts(id: number): Promise<Counts> {
    const rows = await prisma.deliveryRecipient.groupBy({ by: ['state'], where: { broadcastId: id }, _count: { _all: true }, _sum: { resent: true } });
    return summarize(Object.fromEntries(rows.map((r) => [r.state, r._count._all])), rows.reduce((a, r) => a + (r._sum.resent ?? 0), 0));
  }

  async function setState(actor: Actor, id: number, from: string[], to: string, action: string) {
    return prisma.$transaction(async (tx) => {
      const b = await tx.deliveryBroadcast.findUnique({ where: { id } });
      if (!b) throw new DeliveryError('not_found', `broadcast ${id} does not exist`);
      if (!from.includes(b.state)) throw new DeliveryError(b.state === 'pending' ? 'not_pending' : 'finished', `broadcast ${id} is ${b.state}`);
      await tx.deliveryBroadcast.update({ where: { id }, data: { state: to } });
      await deps.access.audit(actor, { action, subject: String(id), before: { state: b.state }, after: { state: to } }, tx);
      return b;
    });
  }

  return {
    gate,
    chats,
    /** Review and resend of rows that may or may not have arrived. */
    uncertain: createUncertain(prisma, deps.access),
    counts,
    get,

    /** The seam: content already approved by its caller (a status change) goes out at once. */
    async deliver(input: BroadcastInput): Promise<number> {
      return create(input);
    },

    /**
     * A newsletter composed by staff: one text per language, to every member who started the bot
     * (in their language) and to the registered chats. Pending until a second person approves.
     */
    async request(actor: Actor, input: { kind?: string; priority?: number; texts: Record<string, string>; progress?: { chatId: bigint; locale: string } }) {
      const langs = Object.keys(input.texts).filter((l) => input.texts[l]?.trim());
      if (!langs.length) throw new DeliveryError('empty', 'no text');
      const fallback = input.texts.en?.trim() ? 'en' : langs[0]!;
      const perLocale: Record<string, number> = {};
      const messages = (await deps.members.audience()).map((m) => {
        let l = toLocale(m.locale ?? m.languageCode);
        if (!input.texts[l]?.trim()) l = fallback as typeof l;
        perLocale[l] = (perLocale[l] ?? 0) + 1;
        return { chatId: m.id, text: input.texts[l]! };
      });
      const id = await create({ kind: input.kind ?? 'newsletter', priority: input.priority ?? 1, messages, chatTexts: input.texts, authorId: actor.id ?? undefined, progress: input.progress, state: 'pending' });
      const b = await get(id);
      await deps.access.audit(actor, { action: 'broadcast.request', subject: String(id), after: { kind: b.kind, total: b.total, perLocale } });
      if (approvals) {
        const req = await approvals.requestApproval(actor, { kind: 'broadcast', payload: { broadcastId: id }, summary: `broadcast #${id} (${b.kind}) to ${b.total}` });
        await prisma.deliveryBroadcast.update({ where: { id }, data: { approvalId: req.id } });
      }
      return { id, total: b.total, perLocale, chats: b.total - messages.length };
    },

    /** The approved step: a pending broadcast starts (the approval module's executor calls it). */
    startBroadcast,

    /**
     * Two-person rule: through the approval module when there is one; otherwise minimal (an admin
     * or owner who is not the author).
     */
    async approve(actor: Actor, id: number): Promise<ApproveResult> {
      const b = await get(id);
      if (b.state !== 'pending') throw new DeliveryError('not_pending', `broadcast ${id} is ${b.state}`);
      if (approvals && b.approvalId !== null) {
        const out = await approvals.approve(actor, b.approvalId);
        if (out.ok && out.state === 'recorded') {
          const required = out.request?.required ?? 2;
          return { executed: false, count: required - (out.remaining ?? 1), required, remaining: out.remaining ?? 1 };
        }
        if (out.ok) return { executed: true };
        const code = ({ 'own-request': 'own_request', 'not-approver': 'not_allowed', 'already-voted': 'not_pending', 'not-pending': 'not_pending', expired: 'not_pending' } as const)[out.reason as 'expired'];
        const why: Record<string, string> = { 'own-request': 'the author cannot approve their own broadcast', 'not-approver': 'only an admin or owner can approve' };
        throw new DeliveryError(code ?? 'not_pending', (out.reason ? why[out.reason] : undefined) ?? out.error ?? `approval refused: ${out.reason}`);
      }
      if (actor.id === null || (b.authorId !== null && actor.id === b.authorId)) throw new DeliveryError('own_request', 'the author cannot approve their own broadcast');
      if (!satisfies(await deps.access.rolesOf(actor.id), ['admin'])) throw new DeliveryError('not_allowed', 'only an admin or owner can approve');
      await setState(actor, id, ['pending'], 'approved', 'broadcast.approve');
      return { executed: true };
    },

    async cancel(actor: Actor, id: number) {
      await setState(actor, id, ['pending', 'approved', 'sending', 'paused'], 'cancelled', 'broadcast.cancel');
    },
    async pause(actor: Actor, id: number) {
      await setState(actor, id, ['approved', 'sending'], 'paused', 'broadcast.pause');
    },
    async resume(actor: Actor, id: number) {
      await setState(actor, id, ['paused'], 'sending', 'broadcast.resume');
    },

    /**
     * Corrects a broadcast: every copy that went out is edited (paced like any message), copies
     * still queued get the new text (see correct.ts for who gets what and why).
     */
    async correct(actor: Actor, id: number, input: CorrectionInput) {
      const b = await get(id);
      const r = await corrections.correct(actor, b, input);
      if (r.correctionId === null && !r.queued) throw new DeliveryError('empty', 'no sent copy to correct');
      return r;
    },

    async list(limit = 10) {
      return prisma.deliveryBroadcast.findMany({ orderBy: { id: 'desc' }, take: limit });
    },
  };
}
