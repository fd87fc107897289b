import type { PrismaClient } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { AccessService, Actor } from './service.js';

/**
 * Two-person approval. An action with real reach (a status change, a broadcast to 27,000 members)
 * is stored as a request and runs only after `required` staff other than its author, each an admin
 * or owner, approved it. Requests expire; an owner may override in an emergency (audited as such).
 * Every step is audited. Capabilities register an executor per kind; this module knows none of them.
 */

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'expired' | 'overridden' | 'executed' | 'failed';

export interface ApprovalView {
  id: number;
  kind: string;
  payload: unknown;
  summary: string;
  authorId: bigint | null;
  authorVia: string;
  required: number;
  status: ApprovalStatus;
  expiresAt: Date;
  overridden: boolean;
  approvals: bigint[];
  result: ExecutorResult | null;
  error: string | null;
  createdAt: Date;
}

/** What an executor reports: an i18n key and its variables, shown to the approver and the author. */
export interface ExecutorResult {
  key: string;
  vars?: Record<string, string | number>;
  data?: unknown;
}

export type Executor = (request: ApprovalView, by: Actor) => Promise<ExecutorResult>;

export interface ExecutorOptions {
  /** HTML shown to approvers above the buttons, in their language: exactly what will happen. */
  describe?(payload: unknown, locale: string): Promise<string> | string;
}

export type Refusal = 'not-found' | 'not-pending' | 'expired' | 'own-request' | 'not-approver' | 'already-voted' | 'not-owner' | 'no-executor';

export type ApprovalOutcome =
  | { ok: true; state: 'recorded'; request: ApprovalView; remaining: number }
  | { ok: true; state: 'rejected'; request: ApprovalView }
  | { ok: true; state: 'executed'; request: ApprovalView; result: ExecutorResult }
  | { ok: false; reason: 'failed'; request: ApprovalView; error: string }
  | { ok: false; reason: Refusal; request?: ApprovalView; id?: number };

export interface RequestInput {
  kind: string;
  payload: unknown;
  summary?: string;
  /** Overrides APPROVALS_REQUIRED for this request (never below 1). */
  required?: number;
  ttlMinutes?: number;
}

type Row = Prisma.ApprovalRequestGetPayload<{ include: { votes: true } }>;

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

function view(row: Row): ApprovalView {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    summary: row.summary,
    authorId: row.authorId,
    authorVia: row.authorVia,
    required: row.required,
    status: row.status as ApprovalStatus,
    expiresAt: row.expiresAt,
    overridden: row.overridden,
    approvals: row.votes.filter((v) => v.decision === 'approve').map((v) => v.staffId),
    result: (row.result as ExecutorResult | null) ?? null,
    error: row.error,
    createdAt: row.createdAt,
  };
}

export type ApprovalsService = ReturnType<typeof createApprovalsService>;

export function createApprovalsService(
  prisma: PrismaClient,
  access: AccessService,
  opts: { required: number; ttlMinutes: number; now?: () => Date },
) {
  const executors = new Map<string, { run: Executor; options: ExecutorOptions }>();
  let now = opts.now ?? (() => new Date());

  async function load(id: number) {
    const row = await prisma.approvalRequest.findUnique({ where: { id }, include: { votes: true } });
    return row ? view(row) : null;
  }

  /** Marks an overdue pending request expired (audited). Returns true when it did. */
  async function expireIfDue(req: ApprovalView): Promise<boolean> {
    if (req.status !== 'pending' || req.expiresAt > now()) return false;
    const { count } = await prisma.approvalRequest.updateMany({ where: { id: req.id, status: 'pending' }, data: { status: 'expired', decidedAt: now() } });
    if (count) await access.audit({ id: null, via: 'system' }, { action: 'approval.expire', subject: String(req.id), before: { status: 'pending' }, after: { status: 'expired', kind: req.kind } });
    return count > 0;
  }

  /** Runs the executor once: only the caller that moves the row out of `from` runs it. */
  async function execute(id: number, from: 'pending', to: 'approved' | 'overridden', by: Actor): Promise<ApprovalOutcome> {
    const claimed = await prisma.approvalRequest.updateMany({
      where: { id, status: from },
      data: { status: to, decidedAt: now(), decidedBy: by.id, overridden: to === 'overridden' },
    });
    const req = (await load(id))!;
    if (!claimed.count) return { ok: false, reason: 'not-pending', request: req };
    const exec = executors.get(req.kind);
    if (!exec) {
      await prisma.approvalRequest.update({ where: { id }, data: { status: 'failed', error: `no executor for ${req.kind}` } });
      return { ok: false, reason: 'no-executor', request: (await load(id))! };
    }
    try {
      const result = await exec.run(req, by);
      await prisma.approvalRequest.update({ where: { id }, data: { status: 'executed', executedAt: now(), result: toJson(result) } });
      await access.audit(by, { action: 'approval.execute', subject: String(id), after: { kind: req.kind, overridden: to === 'overridden', result: result.key } });
      return { ok: true, state: 'executed', request: (await load(id))!, result };
    } catch (err) {
      const error = (err as Error).message ?? String(err);
      await prisma.approvalRequest.update({ where: { id }, data: { status: 'failed', error } });
      await access.audit(by, { action: 'approval.fail', subject: String(id), after: { kind: req.kind, error } });
      return { ok: false, reason: 'failed', request: (await load(id))!, error };
    }
  }

  async function isApprover(id: bigint | null) {
    if (id === null) return false;
    const roles = await access.rolesOf(id);
    return roles.has('admin') || roles.has('owner');
  }

  /** Common checks before a decision; returns the request or a refusal. */
  async function decidable(id: number): Promise<ApprovalView | ApprovalOutcome> {
    const req = await load(id);
    if (!req) return { ok: false, reason: 'not-found', id };
    if (await expireIfDue(req)) return { ok: false, reason: 'expired', request: (await load(id))! };
    if (req.status !== 'pending') return { ok: false, reason: req.status === 'expired' ? 'expired' : 'not-pending', request: req };
    return req;
  }

  return {
    /** Tests and jobs control time through this clock. */
    useClock(clock: () => Date) {
      now = clock;
    },

    /** A capability registers what runs when a request of `kind` is approved. */
    registerExecutor(kind: string, run: Executor, options: ExecutorOptions = {}) {
      executors.set(kind, { run, options });
    },

    /** HTML describing a request for an approver, via the executor's `describe` (or its summary). */
    async describe(req: ApprovalView, locale: string): Promise<string> {
      const d = executors.get(req.kind)?.options.describe;
      return d ? d(req.payload, locale) : req.summary;
    },

    async requestApproval(actor: Actor, input: RequestInput): Promise<ApprovalView> {
      if (!executors.has(input.kind)) throw new Error(`unknown approval kind: ${input.kind}`);
      const required = Math.max(1, input.required ?? opts.required);
      const expiresAt = new Date(now().getTime() + (input.ttlMinutes ?? opts.ttlMinutes) * 60_000);
      const row = await prisma.$transaction(async (tx) => {
        const created = await tx.approvalRequest.create({
          data: { kind: input.kind, payload: toJson(input.payload), summary: input.summary ?? '', authorId: actor.id, authorVia: actor.via, required, expiresAt, createdAt: now() },
          include: { votes: true },
        });
        await access.audit(actor, { action: 'approval.request', subject: String(created.id), after: { kind: input.kind, summary: input.summary, required, expiresAt } }, tx);
        return created;
      });
      return view(row);
    },

    /**
     * One approval by an admin or owner who is not the author. When enough approvals are in,
     * the executor runs (once, even when two approvers press at the same moment).
     */
    async approve(actor: Actor, id: number): Promise<ApprovalOutcome> {
      const req = await decidable(id);
      if ('ok' in req) return req;
      if (!(await isApprover(actor.id))) return { ok: false, reason: 'not-approver', request: req };
      if (req.authorId !== null && actor.id === req.authorId) return { ok: false, reason: 'own-request', request: req };
      if (req.approvals.includes(actor.id!)) return { ok: false, reason: 'already-voted', request: req };
      try {
        await prisma.$transaction(async (tx) => {
          await tx.approvalVote.create({ data: { requestId: id, staffId: actor.id!, decision: 'approve', via: actor.via } });
          await access.audit(actor, { action: 'approval.approve', subject: String(id), after: { kind: req.kind, approvals: req.approvals.length + 1, required: req.required } }, tx);
        });
      } catch (err) {
        if ((err as { code?: string }).code === 'P2002') return { ok: false, reason: 'already-voted', request: req };
        throw err;
      }
      // Counted again from the table: two approvers pressing at once both see the other's vote.
      const count = await prisma.approvalVote.count({ where: { requestId: id, decision: 'approve' } });
      if (count < req.required) return { ok: true, state: 'recorded', request: (await load(id))!, remaining: req.required - count };
      return execute(id, 'pending', 'approved', actor);
    },

    /** Any approver (admin/owner, not the author) may reject; the author may withdraw their own. */
    async reject(actor: Actor, id: number, reason?: string): Promise<ApprovalOutcome> {
      const req = await decidable(id);
      if ('ok' in req) return req;
      const own = req.authorId !== null && actor.id === req.authorId;
      if (!own && !(await isApprover(actor.id))) return { ok: false, reason: 'not-approver', request: req };
      const { count } = await prisma.approvalRequest.updateMany({ where: { id, status: 'pending' }, data: { status: 'rejected', decidedAt: now(), decidedBy: actor.id } });
      if (!count) return { ok: false, reason: 'not-pending', request: (await load(id))! };
      if (actor.id !== null && !own) {
        await prisma.approvalVote.upsert({
          where: { requestId_staffId: { requestId: id, staffId: actor.id } },
          create: { requestId: id, staffId: actor.id, decision: 'reject', via: actor.via, reason },
          update: { decision: 'reject', reason },
        });
      }
      await access.audit(actor, { action: 'approval.reject', subject: String(id), after: { kind: req.kind, reason, withdrawn: own } });
      return { ok: true, state: 'rejected', request: (await load(id))! };
    },

    /** Emergency: an owner runs the request without the approvals (the author may be that owner). */
    async override(actor: Actor, id: number, reason: string): Promise<ApprovalOutcome> {
      const req = await decidable(id);
      if ('ok' in req) return req;
      if (actor.id === null || !(await access.rolesOf(actor.id)).has('owner')) return { ok: false, reason: 'not-owner', request: req };
      await prisma.approvalVote.upsert({
        where: { requestId_staffId: { requestId: id, staffId: actor.id } },
        create: { requestId: id, staffId: actor.id, decision: 'override', via: actor.via, reason },
        update: { decision: 'override', reason },
      });
      await access.audit(actor, { action: 'approval.override', subject: String(id), before: { approvals: req.approvals.length, required: req.required }, after: { kind: req.kind, reason, emergency: true } });
      return execute(id, 'pending', 'overridden', actor);
    },

    get: load,

    async list(filter: { status?: ApprovalStatus; kind?: string; limit?: number } = {}): Promise<ApprovalView[]> {
      const rows = await prisma.approvalRequest.findMany({
        where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.kind ? { kind: filter.kind } : {}) },
        include: { votes: true },
        orderBy: { id: 'desc' },
        take: filter.limit ?? 50,
      });
      return rows.map(view);
    },

    /** Expires every overdue pending request (the jobs call this). */
    async expireDue(): Promise<number> {
      const due = await prisma.approvalRequest.findMany({ where: { status: 'pending', expiresAt: { lte: now() } }, include: { votes: true } });
      let n = 0;
      for (const r of due) if (await expireIfDue(view(r))) n++;
      return n;
    },

    /** Pending requests whose approvers were not told yet (CLI and external-source requests). */
    async unnotified(): Promise<ApprovalView[]> {
      const rows = await prisma.approvalRequest.findMany({ where: { status: 'pending', notifiedAt: null, expiresAt: { gt: now() } }, include: { votes: true }, orderBy: { id: 'asc' } });
      return rows.map(view);
    },

    async markNotified(id: number) {
      await prisma.approvalRequest.update({ where: { id }, data: { notifiedAt: now() } });
    },

    /** Who may approve: admins and owners (the author is excluded by the caller). */
    async approvers(): Promise<bigint[]> {
      const staff = await access.list();
      return staff.filter((s) => s.roles.includes('admin') || s.roles.includes('owner')).map((s) => s.memberId);
    },
  };
}
