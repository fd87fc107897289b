/**
 * More of the domain thesaurus (analyzer.ts), kept apart so the analyzer stays readable. A group
 * whose first word heads a group there maps to the same term (first word = the term's stem).
 *
 * Mostly code-switching: members write German and Chinese with English exchange words in them
 * ("fee rebate card", "keyholder", "提币fee"), which the German and Chinese entries do not use.
 * Also the everyday words for authorities, and family and filler words of long stories.
 */
export const MORE_SYNONYMS: Record<'en' | 'de', string[][]> = {
  en: [
    ['safe', 'risk', 'risky', 'dangerous', 'danger'],
    ['problem', 'server', 'servers', 'outage', 'downtime', 'crash', 'crashed', 'failing', 'failure'],
    ['user', 'users', 'customer', 'customers', 'client', 'clients'],
    ['authorities', 'authority', 'government', 'gov', 'govt', 'police', 'regulator', 'regulators', 'cops', 'officials', 'investigators'],
    ['investigation', 'investigated', 'investigating', 'probe', 'probed', 'raid', 'raided', 'busted', 'crackdown'],
    ['keyholder', 'keyholders', 'key-holder', 'custodian', 'custodians'],
    ['disappear', 'disappeared', 'vanish', 'vanished', 'missing', 'gone', 'unreachable', 'mia'],
    ['again', 'now', 'yet', 'anymore'],
    ['die', 'dies', 'died', 'accident', 'bus'],
  ],
  de: [
    ['rabatt', 'rebate', 'rebates', 'discount'],
    ['karte', 'card', 'karten'],
    ['gebuehr', 'gebuehren', 'fee', 'fees'],
    ['geld', 'funds', 'money', 'erspartes', 'ersparnisse', 'ersparnis', 'vermoegen'],
    ['sicher', 'safe', 'secure', 'riskant', 'risiko', 'gefaehrlich', 'gefahr', 'gefaehrdet'],
    ['problem', 'server', 'ausfall', 'absturz', 'abgestuerzt'],
    ['belohnung', 'reward', 'rewards', 'compensation'],
    ['schluessel', 'key', 'keys', 'privatekey', 'schluesseln'],
    ['schluesselinhaber', 'keyholder', 'keyholders', 'schluesselhalter', 'schluesselbesitzer'],
    ['einzahlung', 'einzahlen', 'eingezahlt', 'deposit', 'deposits', 'einzahlungen'],
    ['handel', 'handeln', 'traden', 'trading', 'trade', 'gehandelt', 'getradet', 'tradet'],
    ['betrug', 'betrueger', 'scam', 'scammer', 'fake', 'abzocke', 'abzocker'],
    ['behoerde', 'behoerden', 'regierung', 'polizei', 'staat', 'regulierer', 'aufsicht'],
    ['ermittlung', 'ermittlungen', 'untersuchung', 'ermittelt', 'razzia', 'verfahren'],
    ['stichtag', 'zeitpunkt', 'snapshot', 'schnappschuss'],
    ['auszahlung', 'rausziehen', 'runterziehen', 'abziehen', 'rausholen', 'cashout'],
    ['wiederaufnahme', 'aufgenommen', 'freigegeben', 'freigeben', 'freigabe', 'entsperrt', 'entsperren', 'aufgehoben'],
    ['verschwinden', 'verschwunden', 'verschwindet', 'weg', 'untergetaucht', 'unerreichbar'],
  ],
};

/** Extra German stopwords: filler, family members and auxiliaries of long stories. */
export const MORE_STOP_DE = `keiner keinem keines niemand nix nichts wenigstens endlich inzwischen mittlerweile geht gehen
schwager schwaegerin schwägerin papa mama vater mutter opa oma sohn tochter frau mann hätten haette hätte haetten drauf wollte wollten
ihre ihren ihrem ihrer ihres geehrte geehrter damen herren mitteilen erläutern erlaeutern könnten koennten möchte moechte
finde finden findet app apps bekomm bekomme bekommst krieg kriegt kriegen leider bitte dringend sofort schnell langsam liegen liegt rum nachts schlafen schlaf pennen`.split(/\s+/);

/** Extra English stopwords of stories and emphasis; "app" names the exchange like "okex" does. */
export const MORE_STOP_EN = `remain remained remains dear kindly confirm advise inform regards sincerely appreciate appreciated grateful forward app apps says saying claims claiming sitting sit lying bunch lot lots pretty super out thats nobody nobodi everybody everyone somebody`.split(/\s+/);

/** Stopwords of lang.ts that are topic words after all: "can I withdraw again" asks about resumption. */
export const NOT_STOP_EN = ['again', 'now', 'yet', 'anymore'];

/** Chinese: English exchange words and colloquial forms → the Chinese entries' words. */
export const MORE_ZH_SYNONYMS: [RegExp, string][] = [
  [/rebate\s*card|返佣\s*card/gi, '返佣卡'],
  [/\bwithdraw(al|als|ing)?s?\b|\bwithdrawl\b/gi, '提币'],
  [/\bdeposit(s|ed)?\b/gi, '充值'],
  [/\bhot\s*wallet\b/gi, '热钱包'],
  [/\bprivate\s*keys?\b/gi, '私钥'],
  [/\bseed(\s*phrase)?\b/gi, '助记词'],
  [/\bairdrop\b/gi, '空投'],
  [/\breward(s)?\b/gi, '奖励'],
  [/\bscam(mer)?s?\b/gi, '骗子'],
  [/\badmins?\b/gi, '管理员'],
  [/道个歉|道声歉|赔个不是/g, '道歉'],
  [/服务器|系统故障|宕机|崩了|挂了/g, '技术问题'],
  [/身家|积蓄|血汗钱|家当|老本|全部家底/g, '资产'],
  [/还在不在|还在没|在不在/g, '还在'],
  [/做合约|玩合约|开合约|合约交易/g, '交易合约'],
];

/**
 * Chinese hearsay phrasings beyond analyzer.ts's list, and "app", a name for the exchange like
 * "okex" (questions about the app itself are an out-of-scope kind, scope-kinds.ts).
 */
export const MORE_ZH_FILLER = /(?<![a-z])app(?![a-z])|网上都在传|都在传|群里都在说|群里说|据说|传闻说|传言说/g;

/** Parts of German compounds besides analyzer.ts's list ("Sperrzeit", "Auszahlungsstopp"). */
export const MORE_DE_PARTS = ['sperr', 'sperre', 'zeit', 'raum', 'phase', 'stopp', 'stop', 'topf', 'fonds', 'pott', 'halter', 'besitzer', 'wochen', 'woche'];
