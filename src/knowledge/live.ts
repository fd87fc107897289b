import { t } from '../bot/i18n.js';
import type { Seams } from '../seams.js';
import type { KbAnswer } from './answer.js';
import type { KbLang } from './types.js';

/** Words that ask about withdrawals (en, de, zh); only such questions look for a live status. */
const WITHDRAWAL = /withdraw|withdrawl|cash ?out|auszahl|abheb|abhebung|提币|提现|出金|提款|取款/i;
/** Capitalised words that are not assets, for when the status capability lists none. */
const NOT_ASSETS = new Set(['I', 'OK', 'FAQ', 'HKT', 'UTC', 'AML', 'KYC', 'AMA', 'CEO', 'API', 'FAQ', 'DM', 'PM', 'ID', 'CS', 'OTP', 'FA', 'USD', 'EUR', 'CNY', 'OKEX', 'OKX', 'HELP', 'PLS', 'WHY', 'WHEN', 'IS', 'ARE', 'CAN']);

/**
 * A question whether withdrawals of one asset are open is answered from the live status (the
 * status capability, through the seam), with the time of its last update; no answer when the
 * question names no asset, asks something else, or the status is unknown. `symbols` are the assets
 * it names, which the knowledge base does not need to know.
 */
export async function liveAnswer(seams: Seams, question: string, lang: KbLang): Promise<{ answer: KbAnswer | null; symbols: string[] }> {
  if (!WITHDRAWAL.test(question)) return { answer: null, symbols: [] };
  const known = new Set((await seams.knownAssets().catch(() => [])).map((s) => s.toUpperCase()));
  const tokens = question.match(/[A-Za-z][A-Za-z0-9]{1,9}/g) ?? [];
  const symbols = [
    ...new Set(
      tokens.filter((w) => (known.size ? known.has(w.toUpperCase()) : /^[A-Z][A-Z0-9]{1,9}$/.test(w) && !NOT_ASSETS.has(w))).map((w) => w.toUpperCase()),
    ),
  ].slice(0, 2);
  for (const symbol of symbols) {
    const fact = await seams.assetStatus(symbol).catch(() => null);
    if (!fact) continue;
    const time = fact.updatedAt.toISOString().slice(0, 16).replace('T', ' ');
    const answer: KbAnswer = {
      outcome: 'live',
      lang,
      entryId: null,
      confidence: 1,
      text: t(lang, 'kb-live-withdrawals', { symbol: fact.symbol, state: fact.withdrawals, deposits: fact.deposits, time }),
      choices: [],
      normalized: `live ${symbol}`,
    };
    return { answer, symbols };
  }
  return { answer: null, symbols };
}
