import { wordlist } from '@scure/bip39/wordlists/english.js';
import { parse } from 'tldts';

/**
 * Automatic refusal before a question reaches moderators or the database. A question that looks
 * like it carries a secret is never stored: the reason is given, the text is dropped.
 */
export type RefusalReason = 'empty' | 'too-long' | 'link' | 'secret' | 'spam';

const BIP39 = new Set(wordlist);
export const MAX_QUESTION_CHARS = 600;

function looksLikeSeedPhrase(text: string): boolean {
  // 12+ consecutive lower-case words, all from the BIP39 list (normal sentences break the run
  // with words like "the", "is" or punctuation).
  let run = 0;
  for (const token of text.split(/\s+/)) {
    if (/^[a-z]+$/.test(token) && BIP39.has(token)) {
      if (++run >= 12) return true;
    } else run = 0;
  }
  // Also 12+ lower-case words in a row separated by single spaces, with no punctuation at all.
  return /(?:^|[^a-z])(?:[a-z]{3,8} ){11,}[a-z]{3,8}(?:$|[^a-z])/.test(text) && text.split(/\s+/).filter((w) => BIP39.has(w)).length >= 12;
}

const HEX64 = /(?:^|[^0-9a-fA-F])(?:0x)?[0-9a-fA-F]{64}(?:$|[^0-9a-fA-F])/;
// Wallet Import Format: base58, 51 chars starting with 5 (uncompressed) or 52 starting with K/L; also extended private keys.
const WIF = /(?:^|[^1-9A-HJ-NP-Za-km-z])(?:5[1-9A-HJ-NP-Za-km-z]{50}|[KL][1-9A-HJ-NP-Za-km-z]{51})(?:$|[^1-9A-HJ-NP-Za-km-z])/;
const XPRV = /\b[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,}/;

function hasLink(text: string): boolean {
  if (/(https?:\/\/|www\.|t\.me\/|tg:\/\/)/i.test(text)) return true;
  if (/@[A-Za-z][\w]{4,}bot\b/i.test(text)) return true;
  // Bare domains like example.com or okex-support.io (a known public suffix, not a file name).
  for (const m of text.matchAll(/\b[\w-]+(?:\.[\w-]+)+\b/g)) {
    const p = parse(m[0]);
    if (p.domain && p.isIcann && p.publicSuffix && !/^\d+$/.test(p.publicSuffix)) return true;
  }
  return false;
}

function isSpam(text: string): boolean {
  if (/(.)\1{9,}/u.test(text)) return true; // aaaaaaaaaa, !!!!!!!!!!
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length >= 6 && new Set(words).size <= words.length / 3) return true; // the same words over and over
  if (/\b(airdrop|giveaway|dm me|pump|guaranteed profit|double your|free (?:btc|eth|usdt|crypto))\b/i.test(text)) return true;
  return false;
}

export function refusalReason(text: string): RefusalReason | null {
  const t = text.trim();
  if (t.replace(/[\s\p{P}]/gu, '').length < 3) return 'empty';
  if (t.length > MAX_QUESTION_CHARS) return 'too-long';
  if (looksLikeSeedPhrase(t) || HEX64.test(t) || WIF.test(t) || XPRV.test(t)) return 'secret';
  if (hasLink(t)) return 'link';
  if (isSpam(t)) return 'spam';
  return null;
}
