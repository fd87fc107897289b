import type { PrismaClient } from '../db/client.js';
import type { Config, Locale } from '../config.js';
import type { Logger } from '../logger.js';
import { LOCALES } from '../config.js';
import type { AccessService, Actor } from '../access/service.js';
import type { ApprovalsService, ApprovalView } from '../access/approvals.js';
import type { MembersService } from '../members/service.js';
import type { AssetStatusFact, Seams } from '../seams.js';
import { createFollowersService } from './followers.js';
import { allTexts } from './messages.js';
import { createExecution } from './execute.js';
import { type ChangePayload, type CorrectionPayload, type Direction, type State, type Texts, isDirection, isState, normalizeSymbol } from './model.js';

/** A mistake in what staff asked for: an i18n key and its variables (the CLI prints the English). */
export class StatusError extends Error {
  override name = 'StatusError';
  constructor(readonly key: string, readonly vars: Record<string, string | number> = {}) {
    super(key);
  }
}

export interface StatusDeps {
  config: Config;
  logger: Logger;
  access: AccessService;
  approvals: ApprovalsService;
  members: MembersService;
  seams: Seams;
  now: () => Date;
}

export interface Preview {
  texts: Record<Locale, string>;
  counts: Record<Locale, number>;
  total: number;
}

export type StatusService = ReturnType<typeof createStatusService>;

export function createStatusService(prisma: PrismaClient, deps: StatusDeps) {
  const followers = createFollowersService(prisma, deps.members, deps.config.defaultLocale);

  async function asset(symbol: string) {
    const sym = normalizeSymbol(symbol);
    return sym ? prisma.statusAsset.findUnique({ where: { symbol: sym } }) : null;
  }

  async function requireAsset(symbol: string) {
    const a = await asset(symbol);
    if (!a) throw new StatusError('status-error-unknown-asset', { symbol: symbol.toUpperCase() });
    return a;
  }

  /** Checks a change and fills in what is implied; throws StatusError on a mistake. */
  async function validate(input: { symbol: string; direction: string; state: string | null; texts: Texts | undefined; reminderMinutes?: number | null; at?: string; source?: string }): Promise<ChangePayload> {
    const a = await requireAsset(input.symbol);
    if (!isDirection(input.direction)) throw new StatusError('status-error-direction', { value: input.direction });
    if (input.state !== null && !isState(input.state)) throw new StatusError('status-error-state', { value: input.state });
    if (!input.texts) throw new StatusError('status-error-english-required');
    if (input.at !== undefined && Number.isNaN(Date.parse(input.at))) throw new StatusError('status-error-time', { value: input.at });
    return {
      symbol: a.symbol,
      direction: input.direction,
      state: input.state as State | null,
      texts: input.texts,
      ...(input.reminderMinutes !== undefined ? { reminderMinutes: input.reminderMinutes } : {}),
      ...(input.at ? { at: new Date(input.at).toISOString() } : {}),
      ...(input.source ? { source: input.source } : {}),
    };
  }

  async function preview(p: ChangePayload, opts: { correction?: boolean } = {}): Promise<Preview> {
    const a = await requireAsset(p.symbol);
    const texts = allTexts({ symbol: a.symbol, name: a.name, direction: p.direction, state: p.state, current: a[p.direction] as State, texts: p.texts, correction: opts.correction });
    const recipients = await followers.recipients(a.symbol);
    const counts = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
    for (const r of recipients) counts[r.locale]++;
    return { texts, counts, total: recipients.length };
  }

  const execution = createExecution(prisma, { ...deps, followers, requireAsset });

  deps.approvals.registerExecutor('status.change', (req, by) => execution.change(req, by), {
    describe: async (payload, locale) => describeChange(payload as ChangePayload, locale as Locale),
  });
  deps.approvals.registerExecutor('status.correction', (req, by) => execution.correction(req, by), {
    describe: async (payload, locale) => {
      const p = payload as CorrectionPayload;
      const u = await prisma.statusUpdate.findUnique({ where: { id: p.updateId }, include: { asset: true } });
      if (!u) return `#${p.updateId}`;
      return (await preview({ symbol: u.asset.symbol, direction: u.direction as Direction, state: null, texts: p.texts }, { correction: true })).texts[locale as Locale];
    },
  });

  async function describeChange(p: ChangePayload, locale: Locale) {
    return (await preview(p)).texts[locale];
  }

  function summaryOf(p: ChangePayload) {
    return `${p.symbol} ${p.direction} → ${p.state ?? 'update'}${p.at ? ` at ${p.at}` : ''}`;
  }

  return {
    followers,
    asset,
    preview,
    validate,
    execution,

    async addAsset(actor: Actor, symbol: string, name: string, networks: string[] = []) {
      const sym = normalizeSymbol(symbol);
      if (!sym) throw new StatusError('status-error-symbol', { value: symbol });
      if (!name.trim()) throw new StatusError('status-error-name');
      const existing = await prisma.statusAsset.findUnique({ where: { symbol: sym } });
      if (existing) return { asset: existing, created: false };
      const created = await prisma.$transaction(async (tx) => {
        const row = await tx.statusAsset.create({ data: { symbol: sym, name: name.trim(), networks, withdrawalsSince: deps.now(), depositsSince: deps.now() } });
        await deps.access.audit(actor, { action: 'status.asset.add', subject: sym, after: { name: row.name, networks } }, tx);
        return row;
      });
      return { asset: created, created: true };
    },

    listAssets: () => prisma.statusAsset.findMany({ orderBy: { symbol: 'asc' } }),

    async knownAssets(): Promise<string[]> {
      return (await prisma.statusAsset.findMany({ select: { symbol: true }, orderBy: { symbol: 'asc' } })).map((a) => a.symbol);
    },

    /** The seam other capabilities read (the knowledge base answers "are BTC withdrawals open?"). */
    async fact(symbol: string): Promise<AssetStatusFact | null> {
      const a = await asset(symbol);
      return a ? { symbol: a.symbol, withdrawals: a.withdrawals, deposits: a.deposits, updatedAt: a.updatedAt } : null;
    },

    async history(symbol: string, limit = 10) {
      const a = await requireAsset(symbol);
      const updates = await prisma.statusUpdate.findMany({ where: { assetId: a.id }, orderBy: { id: 'desc' }, take: limit });
      return { asset: a, updates };
    },

    /** Submits a change (or an update without a state change) for approval. */
    async requestChange(actor: Actor, payload: ChangePayload): Promise<ApprovalView> {
      return deps.approvals.requestApproval(actor, { kind: 'status.change', payload, summary: summaryOf(payload) });
    },

    /** Submits a correction of an update already posted for approval. */
    async requestCorrection(actor: Actor, updateId: number, texts: Texts | undefined): Promise<ApprovalView> {
      const u = await prisma.statusUpdate.findUnique({ where: { id: updateId }, include: { asset: true } });
      if (!u) throw new StatusError('status-error-unknown-update', { id: updateId });
      if (!texts) throw new StatusError('status-error-english-required');
      const payload: CorrectionPayload = { updateId, texts };
      return deps.approvals.requestApproval(actor, { kind: 'status.correction', payload, summary: `${u.asset.symbol} correction of update #${updateId}` });
    },
  };
}
