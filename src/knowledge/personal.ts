import type { KbLang } from './types.js';

/**
 * Personal matters: a question about one member's own account, order, deposit or missing payment
 * is for a person at support, never for the knowledge base, however many words it shares with an
 * entry ("never got my rebate card, UID 4412…" is not a question about who gets the card). The
 * engine declines them, which shows the button that opens a ticket.
 *
 * Only concrete signs count: an identifier (UID, account or order number, a transaction hash), a
 * specific thing of the member's that did not arrive, or getting into the account (password, lost
 * 2FA device, login). General worries stay answerable: "is my money safe", "when can I withdraw my
 * BTC", "someone says my account is frozen and wants my seed" (a scam question) have none of these.
 */
const PERSONAL: Record<KbLang, RegExp[]> = {
  en: [
    /\buid\b\s*(is|=|:|#|no\.?)?\s*\d{3,}/i,
    /\b(acct|account|order|ticket|case|user ?id)\s*(no\.?|number|nr\.?|id)?\s*(is\s*)?[:#]?\s*\d{4,}/i,
    /#\s?\d{4,}/,
    /\b(tx ?id|txid|tx ?hash|txn|hash|transaction id)\b\s*(is\s*)?[:#=]?\s*(0x)?[0-9a-f]{4,}/i,
    /\b0x[0-9a-f]{6,}/i,
    /\b(not|never|still not|hasn'?t|havent|haven'?t|didn'?t|did not|has not|have not|isn'?t)\b( \w+){0,2} (been )?(credited|arrived|received|recieved|show(n|ing)? up|reflect(ed|ing)|showing)\b/i,
    /\b(received|got|gotten|get) nothing\b|\bnothing (has )?(arrived|came|showed up)\b/i,
    /\b(check|look into|investigate)\b.{0,12}\b(why|it for me)\b/i,
    /\b0x[0-9a-f]{4,}(\.\.\.|…)/i,
    /\bnever (got|received|recieved|gotten|saw) (my|the|a|any)\b/i,
    /\b(didn'?t|didnt|did not|haven'?t|havent|have not|still (haven'?t|havent|didn'?t|didnt))( yet)? (get|got|gotten|receive|received|recieved)( my| the| any| a)?\b.{0,30}\b(payout|reward|bonus|rebate|card|airdrop|bcha|compensation|deposit|withdrawal|coins?|funds|money|usdt)\b/i,
    // The member's own holdings, and what they come to: the recap gives no formula, support does.
    /\bi (have|hold|had|held|got)\b.{0,12}\d[\d.,]*k?\b.{0,30}\bhow much (will|do|would|can|should) i (get|receive|make)\b/i,
    /\b(my|the) (deposit|transfer|payment|airdrop|reward|bonus|rebate card|withdrawal) (is |has |went )?(missing|gone missing|disappeared|lost)\b/i,
    /\b(reset|forgot|forgotten|change|recover)( my)? (password|pw|login|email|e-mail|phone number)\b/i,
    /\b(lost|new|broke|broken|changed|reset)( my)? (2fa|authenticator|google auth\w*|phone)\b.*\b(log ?in|account|acct|2fa|code)\b|\blost (my )?(2fa|authenticator)\b/i,
    /\b(can'?t|cannot|cant|unable to|not able to) (log ?in|sign ?in|access my (account|acct))\b|\blocked out of my (account|acct)\b/i,
    /\bmy (kyc|verification|identity check) (is |was |got |has been |is still )?['"‘“]?(rejected|failed|pending|stuck|denied|under review|in review)\b/i,
    // "How much do I get" next to the member's own amount, in either order: the recap gives no formula.
    /\bhow much\b.{0,40}\b(will|do|would|can|could|should|shall) i (get|receive|make|earn)\b.{0,60}\b(i (have|hold|had|held)|holding|with)\b.{0,20}\d|\b(i (have|hold|had|held)|holding|with)\b.{0,20}\d[\d.,]*\s*k?\b.{0,60}\bhow much\b/i,
    // Asking someone to look at the member's own account, or something of theirs they cannot find.
    /\b(check|look (at|into)|investigate)( on)? my (account|acct|balance|deposit|wallet|funds|order)\b/i,
    /\b(don'?t|do not|can'?t|cannot|cant) (see|find)\b.{0,40}\b(in my (balance|account|wallet)|my (deposit|rebate card|reward|bonus|airdrop|bcha|compensation))\b/i,
    // A member who gave a code, password or seed away: an account to secure, by a person.
    /\bi (gave|sent|told|shared|typed)\b.{0,40}\bmy (2fa|code|password|seed|seed phrase|phone code|private key|sms code|verification code|six-digit)\b/i,
  ],
  de: [
    /\buid\b\s*(ist|=|:|#|nr\.?)?\s*\d{3,}/i,
    /\b(konto|kundennummer|auftrag|order|ticket|user ?id)\s*(nr\.?|nummer|id)?\s*(ist\s*)?[:#]?\s*\d{4,}/i,
    /#\s?\d{4,}/,
    /\b(tx ?id|txid|tx ?hash|hash|transaktions(id|nummer|hash))\b\s*(ist\s*)?[:#=]?\s*(0x)?[0-9a-f]{4,}/i,
    /\b0x[0-9a-f]{6,}/i,
    /\b(nicht|nie|noch nicht|immer noch nicht)( \w+){0,2} (gutgeschrieben|angekommen|eingegangen|erhalten|bekommen|aufgetaucht)\b/i,
    /\b(meine|mein) (einzahlung|überweisung|ueberweisung|zahlung|belohnung|rabattkarte|prämie|praemie)\b.*\b(fehlt|verschwunden|weg|nie)\b/i,
    /\bkeine (belohnung|prämie|praemie|rabattkarte|bcha|auszahlung|entschädigung|entschaedigung|gutschrift)\w* (bekommen|erhalten|gekriegt)\b/i,
    /\bich (habe|hab|halte|hatte|hielt)\b.{0,12}\d[\d.,]*k?\b.{0,30}\bwie ?viel (bekomme|kriege|krieg|erhalte|gibt es f(ü|ue)r mich)\b/i,
    /\b(passwort|kennwort)\b.*\b(zurücksetzen|zuruecksetzen|vergessen|ändern|aendern)\b|\b(zurücksetzen|vergessen)\b.*\bpasswort\b/i,
    /\b(2fa|authenticator|handy|telefon)\b.*\b(verloren|kaputt|weg|neu)\b.*\b(konto|login|einloggen|anmelden)\b|\b(2fa|authenticator)\b.*\bverloren\b/i,
    /\b(komme|kommt) nicht (mehr )?(in|ins|auf) (mein |meinen )?(konto|account)\b|\bkann mich nicht (mehr )?(einloggen|anmelden)\b|\blogin geht nicht\b/i,
    /\b(mein|meine) (kyc|verifizierung|identifizierung)\b.*\b(abgelehnt|hängt|haengt|fehlgeschlagen)\b/i,
    /\bwie ?viel\b.{0,40}\b(bekomm|krieg|erhalt)\w*\b.{0,60}(\b(ich (habe|hab|halte|hatte)|hab|halte)\b.{0,30}\d|\d[\d.,]*\s*k?\s*\w*\s*(hab|habe|halte|hatte)\b)|\b(ich (habe|hab|halte|hatte)|hab)\b.{0,20}\d[\d.,]*\s*k?\b.{0,60}\bwie ?viel\b/i,
    /\b(prüf|pruef|check|schau|guck)\w*\b.{0,30}\b(mein|meinem|meinen) (konto|account|guthaben|einzahlung)\b|\b(mein|meinem|meinen) (konto|account)\b.{0,30}\b(prüfen|pruefen|checken|anschauen|nachsehen|nachschauen)\b/i,
    /\b(sehe|finde|seh|find)\b.{0,30}\b(nicht|keine?n?)\b.{0,30}\b(guthaben|konto|rabattkarte|belohnung|einzahlung|bcha)\b/i,
    /\b(habe|hab)\b.{0,40}\b(mein|meinen|meine)\b.{0,15}\b(code|passwort|seed|2fa|schlüssel|schluessel)\w*\b.{0,20}\b(gegeben|geschickt|verraten|weitergegeben|gesagt)\b/i,
  ],
  zh: [
    /uid\s*[:：#]?\s*\d{3,}/i,
    /(账号|账户|帐号|帐户|订单号?|工单号?|用户id)\s*[:：#]?\s*\d{4,}/i,
    /(哈希|txid|tx\s?hash|交易id|交易哈希)\s*[:：#=]?\s*(0x)?[0-9a-f]{4,}/i,
    /0x[0-9a-f]{6,}/i,
    // "有没有收到" asks whether holders got something (a general question), "没有收到" says one did not.
    /(没到账|未到账|还没到账|不到账|(?<!有)没有到账|(?<!有)没收到|(?<!有)没有收到|未收到|一直没到|还没到|没发给我|少发)/,
    /我.{0,4}(持有|有|存了|放了|拿着)\s*\d[\d.,]*\s*(个|枚|万|k)?\s*[a-z]*.{0,8}(能|可以|会)?(分|拿|得|领|获得)(到)?(多少|几)/i,
    /(重置|找回|忘记|忘了|修改).{0,4}(密码|邮箱|手机号)|(密码|邮箱).{0,2}(忘了|忘记)/,
    /(登不上|登录不了|登录不上|登陆不上|无法登录|不能登录|登陆不了|进不去账户|登不进)/,
    /我的?(提币|提现|充值|充币|转账|订单|奖励|返佣卡|happy friday)[^，。？！,?!]{0,8}(卡了|卡住|一直卡|没发|没有发|不见了|没了|还在处理)/i,
    /(2fa|手机).{0,4}(丢了|丢失|坏了|换了)/,
    /(kyc|实名认证|身份认证).{0,4}(失败|被拒|没通过|不通过|卡住)/i,
    /我.{0,4}(有|持有|拿着|存了|放了)\s*\d[\d.,]*\s*(个|枚|万|k|u)?.{0,30}(能|可以|会|大概|大约)?(分|拿|得|领|获得)(到)?(多少|几)/i,
    /(帮我|帮忙|麻烦|请人|请你们).{0,6}(查|看|核实|核对).{0,6}(我的)?(账户|账号|帐户|帐号|余额|充值)/,
    /(找不到|看不到|没看到|没有看到).{0,10}(返佣卡|奖励|充值|余额|bcha|补偿)|(余额|账户)里?.{0,4}(看不到|没有看到)/i,
    /我把.{0,12}(验证码|密码|助记词|私钥|谷歌码).{0,8}(给|发给|告诉)/,
  ],
};

/**
 * "My account is frozen / locked" is personal too, unless someone else said so: "someone DMed me
 * that my account is frozen and wants my seed" is the scam the safety entries answer.
 */
const ACCOUNT_BLOCKED: Record<KbLang, RegExp> = {
  en: /\bmy (account|acct|acc)\b( \w+){0,2} (frozen|locked|banned|suspended|blocked|disabled|restricted)\b/i,
  de: /(\b(mein|meinen) (konto|account)\b.*|^\s*(konto|account) )\b(gesperrt|eingefroren|blockiert|deaktiviert|gebannt)\b/i,
  zh: /(我[^，。？！,?!]{0,6}|^\s*)(账户|账号|帐户|帐号)[^，。？！,?!]{0,4}(被)?(冻结|封|锁|限制|禁用)/,
};
const REPORTED: Record<KbLang, RegExp> = {
  en: /\b(someone|somebody|says|saying|said|told|claims?|dm'?d?|message[ds]?|support agent|admin|wants|asks?|asked)\b/i,
  de: /\b(jemand|einer|schreibt|sagt|behauptet|meint|nachricht|admin)\b/i,
  zh: /(有人|私聊|私信|说|要我|让我|客服说|管理员)/,
};

/** Whether the question is about the member's own account or transaction: a matter for support. */
export function isPersonal(question: string, lang: KbLang): boolean {
  if (ACCOUNT_BLOCKED[lang].test(question) && !REPORTED[lang].test(question)) return true;
  return PERSONAL[lang].some((re) => re.test(question));
}
