import { createHash } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { validateMnemonic } from '@scure/bip39';

/**
 * Detects recovery phrases and private keys in a message. Pure, no I/O, and the secret never
 * leaves this function: the result says only what kind was found.
 *
 * Tx hash vs private key (64 hex): a 64-hex string is a transaction hash, and left alone, when the
 * text around it says so (tx, txid, hash, transaction, 交易, 哈希, Transaktion, deposit/withdrawal
 * words, or it sits in an explorer URL path like /tx/…) and nothing says "key"/"私钥"/"seed".
 * A bare 64-hex with no context is treated as a private key: deleting a tx hash costs a re-post
 * with "tx", leaking a key costs the wallet.
 */
export type SecretKind = 'mnemonic' | 'hex-key' | 'wif' | 'xprv';

const WORDS = new Set(wordlist);
const MNEMONIC_LENGTHS = [24, 21, 18, 15, 12];
const HEX64 = /(?<![0-9a-fA-F])(?:0x)?[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
const WIF = /(?<![1-9A-HJ-NP-Za-km-z])[5KL][1-9A-HJ-NP-Za-km-z]{50,51}(?![1-9A-HJ-NP-Za-km-z])/g;
const XPRV = /(?<![1-9A-HJ-NP-Za-km-z])[xtyzuvYZUV]prv[1-9A-HJ-NP-Za-km-z]{100,112}(?![1-9A-HJ-NP-Za-km-z])/g;
const TX_CONTEXT = /\b(tx|txid|txn|tx[_ -]?hash|hash|transaction|transactions|transaktion|transaktions|überweisung|deposit|withdrawal|withdraw|einzahlung|auszahlung|explorer|etherscan|bscscan|tronscan|blockchair|block|confirmations?)\b|交易|哈希|充值|提现|提币|转账|区块|\/tx\/|\/transaction\//i;
const KEY_CONTEXT = /\b(priv(ate)?[ _-]?key|privkey|secret|seed|mnemonic|schlüssel|privater|geheim|wallet import)\b|私钥|助记词|密钥|秘钥/i;

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58Decode(s: string): Uint8Array | null {
  let n = 0n;
  for (const c of s) {
    const i = B58.indexOf(c);
    if (i < 0) return null;
    n = n * 58n + BigInt(i);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const c of s) {
    if (c !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** Base58Check: the last 4 bytes are the double SHA-256 of the rest. */
export function base58CheckValid(s: string): Uint8Array | null {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return null;
  const body = raw.subarray(0, raw.length - 4);
  const sum = sha256(sha256(body)).subarray(0, 4);
  return sum.every((b, i) => b === raw[raw.length - 4 + i]) ? body : null;
}

function isWif(s: string): boolean {
  const body = base58CheckValid(s);
  if (!body || body[0] !== 0x80) return false;
  return body.length === 33 || (body.length === 34 && body[33] === 0x01);
}

/** The lower-case letter words of a text, numbering and punctuation dropped ("1.abandon," → abandon). */
function letterWords(text: string): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

function findMnemonic(text: string): boolean {
  const words = letterWords(text);
  if (words.length < 11) return false;
  const inList = words.map((w) => WORDS.has(w));
  // 1) A run of 12/15/18/21/24 list words with a valid BIP39 checksum: certainly a phrase.
  for (const n of MNEMONIC_LENGTHS) {
    for (let i = 0; i + n <= words.length; i++) {
      if (inList.slice(i, i + n).every(Boolean) && validateMnemonic(words.slice(i, i + n).join(' '), wordlist)) return true;
    }
  }
  // 2) Nearly a phrase: 11 list words in a row (one word left out is still brute-forceable), or a
  //    window of 12 with at most two outside the list (typos). Ordinary sentences always carry
  //    short function words (the, is, to, my, a, I) that BIP39 lacks; lists repeat words.
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    run = inList[i] ? run + 1 : 0;
    if (run >= 11 && new Set(words.slice(i - 10, i + 1)).size >= 10) return true;
  }
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (inList[i]) count++;
    if (i >= 12 && inList[i - 12]) count--;
    if (i >= 11 && count >= 10 && inList[i - 11] && inList[i]) {
      const window = words.slice(i - 11, i + 1);
      if (new Set(window).size >= 11) return true;
    }
  }
  return false;
}

function around(text: string, index: number, len: number): string {
  return text.slice(Math.max(0, index - 80), Math.min(text.length, index + len + 30));
}

export function detectSecret(text: string): SecretKind | null {
  if (!text || text.length < 30) return null;
  for (const m of text.matchAll(XPRV)) if (base58CheckValid(m[0]) || m[0].length >= 107) return 'xprv';
  for (const m of text.matchAll(WIF)) if (isWif(m[0])) return 'wif';
  for (const m of text.matchAll(HEX64)) {
    const ctx = around(text, m.index ?? 0, m[0].length);
    if (KEY_CONTEXT.test(ctx) || !TX_CONTEXT.test(ctx)) return 'hex-key';
  }
  return findMnemonic(text) ? 'mnemonic' : null;
}
