import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/knowledge/engine.js';
import { parseKb } from '../../src/knowledge/format.js';
import { SEED_FILE } from '../../src/knowledge/service.js';
import { isPersonal } from '../../src/knowledge/personal.js';
import { isChitchat, outOfScope } from '../../src/knowledge/scope.js';

// Questions written for these tests (not from the eval sets): each kind, and an in-scope question
// sharing its words that must still be answered.
const parsed = parseKb(readFileSync(SEED_FILE, 'utf8'));
const engine = createEngine(parsed.ok ? parsed.entries : []);
const ask = (q: string, lang: 'en' | 'de' | 'zh') => engine.search(q, { lang });

describe('out-of-scope kinds (tax, listing, ratio, time of day, definition, app, regulation, count, identity…)', () => {
  it.each([
    ['en', 'is the happy friday payout taxable in canada'],
    ['de', 'muss ich die belohnung beim finanzamt angeben'],
    ['zh', '快乐星期五奖励需要纳税吗'],
    ['en', 'when will you list my project token'],
    ['de', 'wie kann ich meinen token bei euch listen lassen'],
    ['zh', '项目方怎么申请上币'],
    ['en', 'what was the bcha ratio for holders'],
    ['de', 'wie war das verhältnis bch zu bcha'],
    ['zh', 'BCH和BCHA的兑换比例是多少'],
    ['en', 'what does multisig mean in general'],
    ['de', 'was ist eigentlich ein private key genau'],
    ['zh', '热钱包和冷钱包区别在哪'],
    ['zh', 'okex的app在哪下载'],
    ['en', 'whats the minimum deposit for futures'],
    ['de', 'welches netzwerk soll ich für usdt einzahlungen nehmen'],
    ['zh', '怎么加提币地址白名单'],
    ['de', 'wie lange dauert eine btc auszahlung normalerweise'],
    ['zh', 'okex有多少用户'],
    ['en', 'when is the next ama'],
    ['zh', 'okb值得投资吗'],
    ['zh', '私钥和助记词有什么不一样'],
    ['zh', '币圈要凉了吗'],
    ['en', 'how old is jay hao'],
    ['de', 'wie eröffne ich eine position bei futures'],
    ['de', 'wann kommt der nächste airdrop'],
    ['en', 'is okex licensed by any regulator in europe'],
    ['de', 'hat okex eine lizenz von der bafin'],
    ['zh', 'okex有没有牌照 受哪里监管'],
    ['en', 'whats the exact number of keyholders'],
    ['de', 'nenn mir die genaue anzahl der keyholder'],
    ['zh', '到底有几位私钥持有人 给个具体数字'],
    ['en', 'who was the key holder that went missing'],
    ['de', 'wer war der keyholder der nicht erreichbar war'],
    ['zh', '那个私钥持有人是谁'],
    ['zh', 'DOT永续合约什么时候上线'],
    ['en', 'okb to $20 by christmas? time to load up'],
    ['en', 'which police department arrested him, is he released yet'],
    ['de', 'welche behörde hat da ermittelt'],
    ['de', 'wie hieß denn der keyholder'],
    ['zh', '是哪个部门在查 人放出来了吗'],
    ['de', 'lohnt sich okb noch kaufen'],
    ['de', 'geht der bitcoin noch hoch bis weihnachten'],
    ['zh', 'OKB会不会拉一波'],
    ['en', 'will okb go up now'],
    ['de', 'gebühr für eth auszahlung'],
    ['zh', '大饼下周会不会砸盘'],
    ['zh', '管钥匙那个人是不是被抓了'],
  ] as const)('%s: "%s" is a kind and is not answered', (lang, q) => {
    expect(outOfScope(q, lang).length).toBeGreaterThan(0);
    expect(ask(q, lang).outcome).not.toBe('sure');
  });

  it.each([
    ['en', 'who gets the happy friday reward', 'rewards-happy-friday-eligible'],
    ['en', 'is bcha listed on okex', null],
    ['de', 'wurde bcha gelistet', null],
    ['zh', '返佣卡快照是几点', null],
    ['en', 'at what time was the rebate card snapshot', null],
    ['en', 'can i withdraw in the app again', 'withdrawals-resumed'],
    ['en', 'whats the official deposit address', null],
    ['en', 'how many people hold the private keys', 'keys-backup'],
    ['zh', '提币什么时候恢复', 'withdrawals-resumed'],
    ['de', 'konnte man in der sperre futures handeln', 'other-operations'],
    ['de', 'kann ich in der app wieder auszahlen', 'withdrawals-resumed'],
    ['en', 'does okex have a compliance program', 'aml-compliance'],
    ['en', 'is there more than one key holder', null],
    ['en', 'people say the key guy is in jail, is customer money safe', 'funds-safe'],
    ['de', 'war das ein hack', null],
    ['zh', '谁在管客服', 'ceo-customer-service'],
  ] as const)('in scope sharing the words is still answered, %s: %s', (lang, q, id) => {
    const r = ask(q, lang);
    expect(r.outcome).toBe('sure');
    if (id) expect(r.candidates[0]!.entryId).toBe(id);
  });
});

describe('personal matters are declined (support button), general worries are not', () => {
  it.each([
    ['en', 'my uid is 88123456, where is my bonus'],
    ['en', 'deposit of 2 eth still not credited, hash 0xabc123def'],
    ['en', 'i never got my rebate card even though i had 20k'],
    ['en', 'forgot my password and the reset mail never comes'],
    ['de', 'meine einzahlung ist seit gestern nicht gutgeschrieben'],
    ['de', 'passwort vergessen, wie zurücksetzen'],
    ['de', 'konto nr 55512345 gesperrt'],
    ['zh', '我的返佣卡一直没收到'],
    ['zh', '登不上账户了怎么办'],
    ['zh', 'uid 3321456 提币没到账'],
    ['en', 'my account got frozen yesterday, what do i do'],
    ['de', 'mein konto ist seit gestern gesperrt'],
    ['en', 'i didnt get my bcha airdrop yet'],
    ['en', 'i hold 3 btc, how much will i get from happy friday'],
    ['de', 'ich habe keine belohnung bekommen'],
    ['de', 'ich hab 20k usdt auf dem konto, wie viel bekomme ich'],
    ['zh', '我持有10个ETH 能分多少'],
    ['en', 'how much usdt do i get from the fund if i hold 800 usdt'],
    ['de', 'wie viel krieg ich vom topf wenn ich 3 btc halte'],
    ['en', 'can someone check my account, the card is missing'],
    ['de', 'kann jemand mein konto prüfen bitte'],
    ['zh', '麻烦帮我查一下我的账户'],
    ['en', 'i gave my 2fa code to a guy in dm, what now'],
    ['zh', '我把验证码发给了一个冒充客服的人'],
    ['de', 'KONTO GESPERRT WAS TUN'],
    ['de', 'mein konto ist gesperrt, es will nochmal kyc, könnt ihr es entsperren'],
    ['zh', '我一提币账户就被冻结了'],
    ['en', 'sent usdt from another wallet 3 hours ago and it is still not reflecting'],
    ['en', 'everyone got the airdrop and i received nothing'],
    ['en', 'could you check why my card never came'],
    ['en', 'my kyc has been under review for ten days'],
    ['en', 'deposit tx 0x9be1... where is it'],
    ['zh', '账户冻结了，登录不上，急'],
    ['zh', '我的提现卡了两天了'],
    ['zh', '我的返佣卡一直没发'],
  ] as const)('%s: %s', (lang, q) => {
    expect(isPersonal(q, lang)).toBe(true);
    expect(ask(q, lang).outcome).toBe('none');
  });

  it.each([
    ['en', 'is my money safe'],
    ['en', 'when can i withdraw my btc again'],
    ['en', 'someone dmd me that my account is frozen and wants my seed phrase'],
    ['zh', '有人私聊说我的账户被冻结了，要我提供助记词'],
    ['de', 'ist mein geld bei euch sicher'],
    ['de', 'wann kann ich meine btc wieder abheben'],
    ['zh', '我的币安全吗'],
    ['zh', '什么时候能提币'],
    ['de', 'jemand schreibt mir privat, mein konto sei gesperrt, und will meine seed phrase'],
    ['zh', '分叉以后BCH持有人有没有收到BCHA'],
    ['zh', '以后用户能不能自己查看交易所钱包的情况'],
  ] as const)('general, %s: %s', (lang, q) => {
    expect(isPersonal(q, lang)).toBe(false);
    expect(ask(q, lang).outcome).toBe('sure');
  });
});

describe('small talk', () => {
  it.each([
    ['en', 'hey guys how are you doing', true],
    ['de', 'na leute, wie gehts euch so', true],
    ['zh', '各位早上好呀', true],
    ['de', 'hallo, wie geht es mit den auszahlungen weiter', false],
    ['en', 'hi all, are withdrawals back', false],
  ] as const)('%s: %s → %s', (lang, q, yes) => {
    expect(isChitchat(q, lang)).toBe(yes);
  });
});

describe('decline entries of the shipped base', () => {
  it.each([
    ['en', 'when will the happy friday reward be paid out'],
    ['de', 'an welchem datum kommt die auszahlung der belohnungen'],
    ['zh', '奖励到底几号发放'],
  ] as const)('a payout-date question is declined with the reason of rewards-when, %s: %s', (lang, q) => {
    expect(ask(q, lang)).toMatchObject({ outcome: 'none', declinedBy: 'rewards-when' });
  });

  it('no entry offers a decline entry as related', () => {
    const declines = new Set(parsed.ok ? parsed.entries.filter((e) => e.tags.includes('decline')).map((e) => e.id) : []);
    expect(declines.size).toBeGreaterThanOrEqual(10);
    for (const e of parsed.ok ? parsed.entries : []) expect(e.related.filter((id) => declines.has(id)), e.id).toEqual([]);
  });
});
