import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { editDistance, skeleton } from './fold.js';

/**
 * Official lists and the look-alike judgement for domains, social links, Telegram handles and
 * wallet addresses. Pure: the lists come in, a verdict goes out.
 */
export type OfficialKind = 'domain' | 'handle' | 'link' | 'address';

export interface OfficialList {
  domains: string[];
  handles: string[];
  /** host/path, lower-case, no scheme and no trailing slash: "twitter.com/okex". */
  links: string[];
  addresses: { value: string; asset: string | null; network: string | null }[];
}

export type Verdict =
  | { status: 'official'; kind: OfficialKind; value: string; asset?: string | null; network?: string | null }
  | { status: 'not_official'; kind: OfficialKind; value: string; like: string }
  | { status: 'unknown'; kind: OfficialKind | 'text'; value: string };

const SOCIAL_HOSTS = new Set(['t.me', 'telegram.me', 'twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'reddit.com', 'youtube.com', 'medium.com']);
const TG_HOSTS = new Set(['t.me', 'telegram.me', 'telegram.dog']);
const ADDRESS = /^(0x[0-9a-fA-F]{40}|(bc1|tb1)[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}|[LM][1-9A-HJ-NP-Za-km-z]{26,33}|r[1-9A-HJ-NP-Za-km-z]{24,34})$/;
const MENTION = /(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})\b/g;
const HANDLE = /^@?[A-Za-z][A-Za-z0-9_]{3,31}$/;
// Hosts in free text: labels of letters/digits/hyphens (any script, punycode too) and a TLD.
const HOST_IN_TEXT = /(?:https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}\u200b-\u200d-]{0,61}[\p{L}\p{N}])?\.)+(?:[\p{L}]{2,24}|xn--[a-z0-9-]{2,20}))(\/[^\s<>"')\]]*)?/giu;

export function normalizeDomain(input: string): string | null {
  const host = input.trim().replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!.replace(/\.$/, '').toLowerCase();
  const ascii = domainToASCII(host);
  return ascii && ascii.includes('.') ? ascii : null;
}

export function normalizeHandle(input: string): string | null {
  const s = input.trim().replace(/^(https?:\/\/)?(t\.me|telegram\.me)\//i, '').replace(/^@/, '');
  return HANDLE.test(s) ? s.toLowerCase() : null;
}

export function normalizeLink(input: string): string | null {
  const s = input.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  const [host, ...rest] = s.split('/');
  const d = host && normalizeDomain(host);
  return d && rest.length ? `${d}/${rest.join('/').toLowerCase()}` : null;
}

export function normalizeAddress(input: string): string | null {
  const s = input.trim();
  if (!ADDRESS.test(s)) return null;
  return /^0x/i.test(s) || /^bc1/i.test(s) ? s.toLowerCase() : s;
}

export const looksLikeAddress = (s: string) => ADDRESS.test(s.trim());

const labelOf = (domain: string) => parse(domain).domainWithoutSuffix ?? domain.split('.')[0]!;
const within = (a: string, b: string) => {
  const max = b.length >= 8 ? 2 : 1;
  return a !== b && editDistance(a, b, max) <= max;
};

/** A domain against the official domains. */
export function judgeDomain(input: string, list: OfficialList): Verdict {
  const host = normalizeDomain(input);
  if (!host) return { status: 'unknown', kind: 'text', value: input };
  const reg = parse(host).domain ?? host;
  const official = list.domains.find((d) => host === d || host.endsWith(`.${d}`));
  if (official) return { status: 'official', kind: 'domain', value: host };
  const unicodeHost = domainToUnicode(host);
  const hostSk = skeleton(unicodeHost.replace(/\./g, ' '));
  // "ks"/"cks" sound like "x": okeks.com, okecks.com.
  const label = skeleton(domainToUnicode(labelOf(host))).replace(/c?ks/g, 'x');
  for (const d of list.domains) {
    const oLabel = skeleton(labelOf(d));
    if (oLabel.length < 3) continue;
    // Same name, other TLD or disguised letters: okex.net, оkех.com (Cyrillic), 0kex.com.
    if (label === oLabel) return { status: 'not_official', kind: 'domain', value: host, like: d };
    // Typosquat: okexx.com, oekx.com; the name at either end: okex-support.com, support-okex.io
    // (inside a word, as in smokexpress.com, it is a coincidence).
    if (within(label, oLabel) || label.startsWith(oLabel) || label.endsWith(oLabel)) return { status: 'not_official', kind: 'domain', value: host, like: d };
    // The official name as a subdomain of another domain: okex.com.evil.io, www-okex.login.io.
    const sub = parse(host).subdomain ?? '';
    if (sub && skeleton(sub).includes(oLabel)) return { status: 'not_official', kind: 'domain', value: host, like: d };
    if (host.includes('xn--') && hostSk.includes(oLabel)) return { status: 'not_official', kind: 'domain', value: host, like: d };
  }
  void reg;
  return { status: 'unknown', kind: 'domain', value: host };
}

/** A Telegram handle against the official handles. */
export function judgeHandle(input: string, list: OfficialList, brands: string[] = []): Verdict {
  const h = normalizeHandle(input);
  if (!h) return { status: 'unknown', kind: 'text', value: input };
  if (list.handles.includes(h)) return { status: 'official', kind: 'handle', value: h };
  const sk = skeleton(h);
  for (const o of list.handles) {
    const osk = skeleton(o);
    if (sk === osk || within(sk, osk)) return { status: 'not_official', kind: 'handle', value: h, like: o };
  }
  const brand = brands.map(skeleton).find((b) => b.length >= 3 && sk.includes(b));
  if (brand && /(admin|support|officia|help|service|team|mod|desk|care|kundendienst)/.test(sk)) {
    return { status: 'not_official', kind: 'handle', value: h, like: list.handles[0] ?? brand };
  }
  return { status: 'unknown', kind: 'handle', value: h };
}

/** A wallet address: official when listed; NOT official when it copies the ends of a listed one (address poisoning). */
export function judgeAddress(input: string, list: OfficialList): Verdict {
  const a = normalizeAddress(input);
  if (!a) return { status: 'unknown', kind: 'text', value: input };
  const hit = list.addresses.find((x) => x.value === a);
  if (hit) return { status: 'official', kind: 'address', value: a, asset: hit.asset, network: hit.network };
  const poisoned = list.addresses.find((x) => x.value.slice(0, 5) === a.slice(0, 5) && x.value.slice(-4) === a.slice(-4));
  if (poisoned) return { status: 'not_official', kind: 'address', value: a, like: poisoned.value };
  return { status: 'unknown', kind: 'address', value: a };
}

/** A link: Telegram links are handles, social profiles are compared as links, the rest as domains. */
export function judgeLink(input: string, list: OfficialList, brands: string[] = []): Verdict {
  const link = normalizeLink(input);
  const host = normalizeDomain(input);
  if (host && TG_HOSTS.has(host.replace(/^www\./, '')) && link) {
    const handle = link.split('/')[1] ?? '';
    return judgeHandle(handle, list, brands);
  }
  if (link && list.links.some((l) => link === l || link.startsWith(`${l}/`))) return { status: 'official', kind: 'link', value: link };
  if (host && SOCIAL_HOSTS.has(host.replace(/^www\./, '')) && link) {
    const path = skeleton(link.split('/').slice(1).join(' '));
    for (const l of list.links) {
      const lp = skeleton(l.split('/').slice(1).join(' '));
      if (l.split('/')[0] === host.replace(/^www\./, '') && lp.length >= 4 && (path === lp || within(path, lp))) {
        return { status: 'not_official', kind: 'link', value: link, like: l };
      }
    }
    return { status: 'unknown', kind: 'link', value: link };
  }
  return host ? judgeDomain(host, list) : { status: 'unknown', kind: 'text', value: input };
}

/** What /check was given, judged. */
export function judge(input: string, list: OfficialList, brands: string[] = []): Verdict {
  const s = input.trim();
  if (looksLikeAddress(s)) return judgeAddress(s, list);
  if (s.startsWith('@')) return judgeHandle(s, list, brands);
  if (/[./]/.test(s)) return judgeLink(s, list, brands);
  if (HANDLE.test(s)) return judgeHandle(s, list, brands);
  return { status: 'unknown', kind: 'text', value: s };
}

/** Look-alike links (domains and t.me handles) in a group message; official and unknown ones pass. */
export function lookalikesIn(text: string, list: OfficialList, brands: string[] = []): Extract<Verdict, { status: 'not_official' }>[] {
  const out: Extract<Verdict, { status: 'not_official' }>[] = [];
  for (const m of text.matchAll(HOST_IN_TEXT)) {
    const v = judgeLink(`${m[1]}${m[2] ?? ''}`, list, brands);
    if (v.status === 'not_official' && !out.some((o) => o.value === v.value)) out.push(v);
  }
  // "@OKEx_Support_Desk": scammers ask members to write to a look-alike handle.
  for (const m of text.matchAll(MENTION)) {
    const v = judgeHandle(m[1]!, list, brands);
    if (v.status === 'not_official' && !out.some((o) => o.value === v.value)) out.push(v);
  }
  return out;
}
