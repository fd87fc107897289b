/**
 * Builds the generated parts of the safety corpus (deterministic: a fixed seed). Run once with
 * `npx tsx test/safety/corpus/build.ts`; the outputs are committed next to the hand-written files.
 * The keys and phrases here are random test material, never used for funds.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';

const dir = new URL('.', import.meta.url).pathname;
let seed = 20201126;
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
const hex = (n: number) => Buffer.from(bytes(n)).toString('hex');
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const b58 = (n: number) => Array.from({ length: n }, () => pick([...B58])).join('');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest();
function base58check(payload: Uint8Array) {
  const full = Buffer.concat([payload, sha(sha(payload)).subarray(0, 4)]);
  let n = BigInt(`0x${full.toString('hex')}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of full) {
    if (b !== 0) break;
    s = `1${s}`;
  }
  return s;
}
const wif = (compressed: boolean) => base58check(Uint8Array.from([0x80, ...bytes(32), ...(compressed ? [1] : [])]));
const xprv = () => base58check(Uint8Array.from([0x04, 0x88, 0xad, 0xe4, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...bytes(32), 0, ...bytes(32)]));
const mnemonic = (words: number) => entropyToMnemonic(bytes((words / 3) * 4), wordlist);

// ---------- secrets (attacks) ----------
const secrets: string[] = [];
const formats: ((m: string) => string)[] = [
  (m) => m,
  (m) => m.split(' ').map((w, i) => `${i + 1}. ${w}`).join(' '),
  (m) => m.split(' ').map((w, i) => `${i + 1}) ${w}`).join('\n'),
  (m) => m.split(' ').join(', '),
  (m) => m.split(' ').join('\n'),
  (m) => m.toUpperCase(),
  (m) => m.split(' ').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '),
  (m) => `here is my seed phrase, can someone help me restore my wallet: ${m}`,
  (m) => `Bitte helft mir, meine Wiederherstellungswörter sind: ${m} – was mache ich falsch?`,
  (m) => `我的助记词是 ${m} 请帮我看看为什么钱包恢复不了`,
  (m) => `"${m}"`,
  (m) => `admin said to send the words here\n\n${m}\n\nthanks!!`,
  (m) => m.split(' ').map((w, i) => `${i + 1}-${w}`).join(' '),
  (m) => m.split(' ').map((w, i) => (i % 4 === 3 ? `${w}\n` : `${w} `)).join('').trim(),
];
const lengths = [12, 15, 18, 21, 24];
for (let i = 0; i < 84; i++) secrets.push(formats[i % formats.length]!(mnemonic(lengths[i % lengths.length]!)));
// Typos: one word mistyped, or one word left out: no valid checksum, still a phrase.
for (let i = 0; i < 12; i++) {
  const w = mnemonic(12).split(' ');
  if (i % 2) w[5] = `${w[5]}x`;
  else w.splice(7, 1, 'wallet', 'xyz');
  secrets.push(w.join(' '));
}
const hexForms: ((h: string) => string)[] = [
  (h) => h,
  (h) => `0x${h}`,
  (h) => `private key: ${h}`,
  (h) => `My private key is 0x${h} please send me the funds back`,
  (h) => `私钥 ${h.toUpperCase()}`,
  (h) => `Mein privater Schlüssel: ${h}`,
  (h) => `${h}\nis this the right key to import into metamask?`,
  (h) => `privkey=${h}`,
  (h) => `tx failed, here is my private key so you can check: ${h}`,
];
for (let i = 0; i < 27; i++) secrets.push(hexForms[i % hexForms.length]!(hex(32)));
const wifForms: ((k: string) => string)[] = [(k) => k, (k) => `WIF: ${k}`, (k) => `import this into electrum ${k} thanks`, (k) => `钱包私钥：${k}`];
for (let i = 0; i < 16; i++) secrets.push(wifForms[i % wifForms.length]!(wif(i % 3 !== 0)));
for (let i = 0; i < 8; i++) secrets.push(i % 2 ? xprv() : `my master key ${xprv()} for the ledger backup`);
writeFileSync(`${dir}secrets-attacks.json`, `${JSON.stringify(secrets, null, 1)}\n`);

// ---------- look-alike domains, links and handles (attacks) ----------
const lookalikes = new Set<string>();
for (const tld of ['io', 'net', 'org', 'co', 'app', 'support', 'xyz', 'info', 'top', 'vip', 'cc', 'me', 'pro', 'com.de', 'co.uk', 'ru']) lookalikes.add(`okex.${tld}`);
for (const typo of ['okexx', 'okeex', 'oekx', 'okec', 'okez', '0kex', 'ok3x', 'okeks', 'okkex', 'oklex', 'okexs', 'okxe', 'kex', 'okeix', 'ookex']) lookalikes.add(`${typo}.com`);
for (const combo of ['okex-support', 'okex-wallet', 'okexsecurity', 'support-okex', 'okex-airdrop', 'okexgift', 'my-okex', 'okex-login', 'okex-verify', 'okexpro', 'okex-claim', 'okex2fa', 'getokex', 'okex-refund', 'okexbonus'])
  lookalikes.add(`${combo}.${pick(['com', 'io', 'net', 'xyz', 'app'])}`);
for (const h of ['okex.com.evil.io', 'okex.com-login.io', 'www.okex.com.secure-login.net', 'okex.wallet-verify.com', 'login.okex.com.ru', 'okex.support-desk.org', 'okex-com.withdraw-help.net', 'www-okex-com.claims.app', 'okex.com.kyc-check.info', 'secure.okex.co.am'])
  lookalikes.add(h);
for (const h of ['оkex.com', 'okeх.com', 'оkех.com', 'okех.com', 'оkeх.io', 'ökex.com', 'okéx.com', 'ọkex.com', 'οkex.com']) {
  lookalikes.add(h);
  lookalikes.add(domainToASCII(h));
}
for (const p of ['https://okex-support.com/claim', 'http://www.0kex.com/login', 'https://okex.com.evil.io/withdraw?id=7', 'https://www.okex-verify.app/kyc', 'okex-refund.net/form'])
  lookalikes.add(p);
for (const h of ['OKExOfficiaI_English', 'OKExOfficial_Englsh', 'OKExOfficiaI_EngIish', 'OKEx0fficial_English', 'OKExOfficial_English_', 'OKExOfficial_Eng1ish', 'okex_support', 'OKEx_Admin_Desk', 'okex_helpdesk', 'OKExCustomerService', 'okex_official_team', 'OKExOfficial_Englishh']) {
  lookalikes.add(`@${h}`);
  lookalikes.add(`t.me/${h}`);
}
for (const l of ['twitter.com/OKEx_', 'twitter.com/0KEx', 'twitter.com/OKExx', 'instagram.com/okex_exchange_', 'reddit.com/r/OKEx_', 'facebook.com/okex0fficial', 'linkedin.com/company/okexx', 'twitter.com/0KEX'])
  lookalikes.add(`https://${l}`);
writeFileSync(`${dir}domains-attacks.txt`, `${[...lookalikes].join('\n')}\n`);

// ---------- look-alike staff names (attacks) ----------
const names: { firstName: string; lastName?: string; username?: string }[] = [];
const brands = ['OKEx', 'OKX', 'OKEX', '0KEx', 'ОКЕх', 'O K E X', 'Okex'];
const roles = ['Support', 'Admin', 'Official', '客服', '管理员', '官方', 'Kundendienst', 'Help Desk', 'Customer Service', 'Team', 'Mod', 'Moderator', 'Ѕuрроrt', 'Аdmin'];
for (const b of brands) for (const r of roles) if (rnd() < 0.8) names.push({ firstName: rnd() < 0.5 ? `${b} ${r}` : `${r} ${b}` });
const userCombos = ['okex_support', 'OKX_Admin', 'okexofficial_help', 'OKEx_Helpdesk', 'okx_mod', 'okexteam', 'OKEx_CustomerService', 'okex_kundendienst', 'supportokex', 'adminokx', 'okex_support_24', 'OKX_Official_Support'];
for (const u of userCombos) names.push({ firstName: pick(['Anna', 'Mike', 'Lisa', 'Tom', '小王']), username: u });
const staffCopies = [
  { firstName: 'Маrtinа', lastName: 'Wеbеr' }, { firstName: 'Martina', lastName: 'Weber\u200b' }, { firstName: 'ＭＡＲＴＩＮＡ', lastName: 'ＷＥＢＥＲ' }, { firstName: 'Martina Weber' },
  { firstName: 'Μartina', lastName: 'Weber' }, { firstName: 'Martina', lastName: 'Webеr', username: 'martina_weber_' }, { firstName: 'Martina', lastName: 'Weber', username: 'martina_vveber' },
  { firstName: 'Martina', lastName: 'Weber', username: 'rnartina_weber' }, { firstName: 'Martina Weber | Support' }, { firstName: 'Martina Weber', lastName: '(Admin)' },
  { firstName: 'Chen', lastName: 'Wei' }, { firstName: 'CHEN', lastName: 'WEI' }, { firstName: 'Chen\u200d', lastName: 'Wei' }, { firstName: 'Сhеn', lastName: 'Wеi' }, { firstName: 'Chen Wei 客服' },
  { firstName: 'Chen Wei', username: 'chenwei_crn' }, { firstName: 'Chen', lastName: 'Wei', username: 'chenwei_cm_' }, { firstName: 'Chen Wei', lastName: '管理员' },
  { firstName: 'Kevin', lastName: 'Brooks' }, { firstName: 'Kevin', lastName: 'Br00ks' }, { firstName: 'Kev1n', lastName: 'Brooks' }, { firstName: 'Kevin', lastName: 'Brooks', username: 'kbr00ks' },
  { firstName: 'K', lastName: 'B', username: 'kbrooks_' }, { firstName: 'Kevin Brooks', lastName: 'Support' }, { firstName: 'Kevin', lastName: 'Brooks\u202e' }, { firstName: 'Kеvin', lastName: 'Вrooks' },
  { firstName: 'kevin brooks' }, { firstName: 'Kevin Brooks | Official' }, { firstName: 'Kevin', lastName: 'Brookss', username: 'kbrookss' }, { firstName: 'Kevin', lastName: 'Brooks', username: 'k_brooks' },
];
names.push(...staffCopies);
writeFileSync(`${dir}names-attacks.json`, `${JSON.stringify(names, null, 1)}\n`);

// ---------- ordinary lines with numbers, hashes, addresses, links, short lists ----------
const btc = () => pick(['1', '3']) + b58(33);
const bech = () => `bc1q${Array.from({ length: 38 }, () => pick([...'qpzry9x8gf2tvdw0s3jn54khce6mua7l'])).join('')}`;
const eth = () => `0x${hex(20)}`;
const trx = () => `T${b58(33)}`;
const amount = () => (rnd() * 5000).toFixed(pick([0, 2, 4]));
const coin = () => pick(['BTC', 'ETH', 'USDT', 'OKB', 'LTC', 'DOT', 'LINK', 'TRX', 'XRP', 'EOS', 'UNI', 'FIL']);
const link = () =>
  pick([
    'https://www.okex.com/support/hc/en-us', 'https://www.okex.com/fees.html', 'okex.com/academy', 'https://www.okex.com/wallet-security', 'https://coinmarketcap.com/currencies/bitcoin/',
    'https://www.coingecko.com/en/coins/okb', `https://etherscan.io/address/${eth()}`, 'https://github.com/bitcoin/bitcoin', 'https://medium.com/@okex', 'https://twitter.com/OKEx',
    't.me/OKExOfficial_English', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://bitcoin.org/en/', 'https://ethereum.org/en/eth2/', 'https://www.reddit.com/r/Bitcoin/',
    'https://www.okcoin.com', 'https://tradingview.com/chart', 'https://www.blockchain.com/explorer', 'https://mempool.space', 'https://status.okex.com', 'https://docs.google.com/forms/d/abc',
    'https://www.binance.com/en', 'https://www.kraken.com', 'https://defipulse.com', 'https://uniswap.org', 'https://news.bitcoin.com/some-article', 'https://www.coindesk.com/markets',
  ]);
const txLines: ((h: string) => string)[] = [
  (h) => `tx: 0x${h}`,
  (h) => `here is my txid ${h}, still not credited`,
  (h) => `deposit not arrived, hash ${h}`,
  (h) => `https://etherscan.io/tx/0x${h}`,
  (h) => `withdrawal shows completed but wallet empty, tx hash 0x${h}`,
  (h) => `交易哈希 ${h} 还没到账`,
  (h) => `充值一直没到，交易ID：0x${h}`,
  (h) => `Transaktions-ID ${h}, Einzahlung fehlt noch`,
  (h) => `Meine Auszahlung hängt, Hash: 0x${h}`,
  (h) => `TXID: ${h} (BTC, 3 confirmations)`,
  (h) => `https://blockchair.com/bitcoin/transaction/${h}`,
  (h) => `https://tronscan.org/#/transaction/${h}`,
  (h) => `block explorer says 0x${h} is confirmed`,
  (h) => `提币交易 0x${h} 区块浏览器显示成功`,
];
const ordinary: string[] = [];
const templates: (() => string)[] = [
  () => pick(txLines)(hex(32)),
  () => `my ${coin()} deposit address is ${pick([btc(), bech(), eth(), trx()])}, is it still valid?`,
  () => `sent ${amount()} ${coin()} to ${pick([btc(), eth(), trx()])} 20 minutes ago`,
  () => `Ich habe ${amount()} ${coin()} an ${pick([btc(), eth()])} geschickt, noch nicht angekommen`,
  () => `我往 ${pick([eth(), trx()])} 转了 ${amount()} ${coin()}，还没到`,
  () => `${coin()} at ${amount()} right now, ${pick(['up', 'down'])} ${(rnd() * 12).toFixed(1)}% today`,
  () => `${coin()} steht bei ${amount()}, ${pick(['plus', 'minus'])} ${(rnd() * 12).toFixed(1)} Prozent`,
  () => `${coin()} 现在 ${amount()}，今天${pick(['涨', '跌'])}了 ${(rnd() * 12).toFixed(1)}%`,
  () => `${pick(['useful', 'check', 'see', 'read'])} ${link()}`,
  () => `${pick(['Siehe', 'Lies mal', 'Hier:'])} ${link()}`,
  () => `${pick(['看这里', '参考', '官方说明'])} ${link()}`,
  () => `my bag: ${Array.from({ length: 3 + Math.floor(rnd() * 5) }, coin).join(', ')}`,
  () => `${pick(['Einkaufsliste', 'shopping list', 'todo'])}: ${Array.from({ length: 4 + Math.floor(rnd() * 6) }, () => pick(wordlist)).join(', ')}`,
  () => `${Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => pick(wordlist)).join(' ')}`,
  () => `order #${Math.floor(rnd() * 1e9)} filled at ${amount()}`,
  () => `ticket ${Math.floor(rnd() * 1e6)} still open since ${Math.floor(rnd() * 30) + 1} days`,
  () => `UID ${Math.floor(rnd() * 1e8)}, ${pick(['please check', 'bitte prüfen', '请查一下'])}`,
  () => `${pick(['@alice', '@bernd', '@li_wei', '@cryptofan88', '@hodler_de', '@OKExOfficial_English'])} ${pick(['thanks!', 'danke!', '谢谢！', 'agreed', 'same here', 'where did you read that?'])}`,
  () => `block ${Math.floor(rnd() * 700000)} mined, fees ${amount()} sat/vB`,
  () => `gas ${Math.floor(rnd() * 300)} gwei, waiting`,
  () => `my xpub is xpub${b58(107)} for the watch-only wallet`,
  () => `${pick(['gm', 'gn', 'lol', 'wow', 'ok', 'nice', 'hmm', 'ja', '哈哈', '好的'])} ${pick(['🚀', '😂', '🙏', '👍', '', '!!!'])}`,
];
for (let i = 0; i < 760; i++) ordinary.push(templates[i % templates.length]!().replace(/\n/g, ' '));
writeFileSync(`${dir}ordinary-generated.txt`, `${ordinary.join('\n')}\n`);
console.log({ secrets: secrets.length, lookalikes: lookalikes.size, names: names.length, ordinary: ordinary.length });
