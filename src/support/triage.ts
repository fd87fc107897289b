/**
 * Triage: asset symbols and transaction hashes in a member's words become tags on the ticket
 * (asset:BTC, tx:0x…), so staff see them at a glance and incident replies can be grouped by asset.
 */
export const BUILTIN_ASSETS = [
  'BTC', 'ETH', 'USDT', 'USDC', 'BNB', 'SOL', 'XRP', 'TRX', 'DOGE', 'LTC', 'ADA', 'DOT', 'MATIC', 'POL',
  'TON', 'AVAX', 'LINK', 'BCH', 'XLM', 'ATOM', 'ETC', 'FIL', 'NEAR', 'ARB', 'OP', 'SHIB', 'DAI', 'XMR',
];

/** Symbols that are also ordinary words: only recognised when written in capitals. */
const WORDS = new Set(['TON', 'ONE', 'SOL', 'DOT', 'LINK', 'GAS', 'OP', 'NEAR', 'DAI', 'POL', 'ADA', 'ARB']);

const EVM_TX = /\b0x[0-9a-fA-F]{64}\b/g;
/** Bitcoin-family and TRON transaction ids: 64 hex characters without 0x. */
const HEX_TX = /(?<![0-9a-fA-Fx])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
/** Solana signatures: 87–88 base58 characters. */
const SOL_TX = /\b[1-9A-HJ-NP-Za-km-z]{87,88}\b/g;

export function detectAssets(text: string, known: Iterable<string>): string[] {
  const set = new Set([...BUILTIN_ASSETS, ...[...known].map((s) => s.toUpperCase())]);
  const found = new Set<string>();
  for (const token of text.match(/[A-Za-z][A-Za-z0-9]{1,9}/g) ?? []) {
    const upper = token.toUpperCase();
    if (!set.has(upper)) continue;
    if (token !== upper && (WORDS.has(upper) || upper.length < 3)) continue;
    found.add(upper);
  }
  return [...found];
}

export function detectTxHashes(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.match(EVM_TX) ?? []) out.add(m.toLowerCase());
  for (const m of text.match(HEX_TX) ?? []) out.add(m.toLowerCase());
  for (const m of text.match(SOL_TX) ?? []) out.add(m);
  return [...out];
}

/** Tags of a text: asset:SYM and tx:<hash>, without duplicates. */
export function triageTags(text: string, known: Iterable<string>): string[] {
  return [...detectAssets(text, known).map((a) => `asset:${a}`), ...detectTxHashes(text).map((h) => `tx:${h}`)];
}

export function mergeTags(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function assetsOf(tags: string[]): string[] {
  return tags.filter((t) => t.startsWith('asset:')).map((t) => t.slice(6));
}
