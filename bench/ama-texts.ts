/** Questions members repeat, each in en/de/zh (the near-duplicates the AMA must merge). */
export const COMMON: string[][] = [
  ['When will withdrawals resume?', 'Wann werden die Auszahlungen wieder aufgenommen?', '提币什么时候恢复？'],
  ['How do you protect the private keys?', 'Wie schützen Sie die privaten Schlüssel?', '私钥如何保护？'],
  ['Will there be a reward for loyal users?', 'Gibt es eine Belohnung für treue Nutzer?', '忠实用户有奖励吗？'],
  ['Are my funds safe?', 'Sind meine Gelder sicher?', '我的资金安全吗？'],
  ['Why were withdrawals paused?', 'Warum wurden die Auszahlungen pausiert?', '为什么暂停提币？'],
  ['Will you refund the withdrawal fees?', 'Erstatten Sie die Gebühren für Auszahlungen?', '会退还提币手续费吗？'],
  ['How is the hot wallet protected?', 'Wie ist die Hot Wallet geschützt?', '热钱包如何保护？'],
  ['Will you publish your wallet addresses for transparency?', 'Veröffentlichen Sie Ihre Wallet-Adressen für mehr Transparenz?', '会公布钱包地址以提高透明度吗？'],
];

const NOUNS = ['staking', 'margin', 'futures', 'options', 'savings', 'launchpad', 'referral', 'app', 'api', 'kyc', 'nft', 'dex', 'bridge', 'oracle', 'insurance', 'lending', 'loans', 'grid', 'bots', 'copytrading', 'vip', 'card', 'p2p', 'otc', 'earn', 'mining', 'pool', 'governance', 'dao', 'roadmap', 'hiring', 'office', 'license', 'regulation', 'partnership', 'sponsorship', 'marketing', 'support', 'latency', 'matching', 'engine', 'liquidity', 'spread', 'leverage', 'funding', 'index', 'etf', 'layer2', 'sidechain', 'validator'];
const PLACES = ['europe', 'asia', 'africa', 'brazil', 'turkey', 'india', 'japan', 'korea', 'canada', 'mexico', 'nigeria', 'vietnam', 'germany', 'france', 'spain', 'italy', 'poland', 'ukraine', 'argentina', 'chile'];

/** A question no other question repeats (by construction: a serial number and random topics). */
export function uniqueQuestion(i: number, rnd: () => number): string {
  const a = NOUNS[Math.floor(rnd() * NOUNS.length)]!;
  let b = NOUNS[Math.floor(rnd() * NOUNS.length)]!;
  if (b === a) b = NOUNS[(NOUNS.indexOf(a) + 1) % NOUNS.length]!;
  return `Q${i}: what are the plans for ${a} and ${b} in ${PLACES[Math.floor(rnd() * PLACES.length)]}?`;
}
