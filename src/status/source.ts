import type { Deps } from '../bot/context.js';
import { t } from '../bot/i18n.js';
import { DIRECTIONS, isState, normalizeSymbol, type ChangePayload } from './model.js';

interface SourceEntry {
  symbol?: unknown;
  withdrawals?: unknown;
  deposits?: unknown;
}

/**
 * Polls the external status source (STATUS_SOURCE_URL): JSON `{"assets":[{"symbol","withdrawals","deposits"}]}`
 * or a bare array. A state that differs from ours becomes a PENDING approval request authored by
 * the system; nothing is ever sent from here. A change already waiting is not asked for twice.
 */
export async function pollStatusSource(deps: Deps, url = deps.config.status.sourceUrl): Promise<{ requested: number[]; unknown: string[] }> {
  if (!url) return { requested: [], unknown: [] };
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`status source answered HTTP ${res.status}`);
  const body = (await res.json()) as { assets?: SourceEntry[] } | SourceEntry[];
  const entries = Array.isArray(body) ? body : Array.isArray(body?.assets) ? body.assets : [];
  const { status, approvals } = deps.services;
  const pending = (await approvals.list({ status: 'pending', kind: 'status.change', limit: 500 })).map((r) => r.payload as ChangePayload);
  const requested: number[] = [];
  const unknown: string[] = [];
  for (const e of entries) {
    const symbol = typeof e.symbol === 'string' ? normalizeSymbol(e.symbol) : undefined;
    if (!symbol) continue;
    const asset = await status.asset(symbol);
    if (!asset) {
      unknown.push(symbol);
      continue;
    }
    for (const direction of DIRECTIONS) {
      const state = e[direction];
      if (typeof state !== 'string' || !isState(state) || state === asset[direction]) continue;
      if (pending.some((p) => p.source === 'external' && p.symbol === symbol && p.direction === direction && p.state === state)) continue;
      const text = t('en', `status-template-${state}`, { symbol, direction: t('en', `status-direction-${direction}`) });
      const payload = await status.validate({ symbol, direction, state, texts: { en: text }, source: 'external' });
      const req = await status.requestChange({ id: null, via: 'system' }, payload);
      requested.push(req.id);
      pending.push(payload);
    }
  }
  if (unknown.length) deps.logger.info({ unknown }, 'status source mentions assets that are not tracked');
  return { requested, unknown };
}
