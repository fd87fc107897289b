/**
 * Regional and informal varieties, folded to the standard language the entries are written in:
 * Swiss, Bavarian, Austrian and Rhineland German ("sind üsi Guthabe würkli sicher oder nöd?"),
 * Nigerian Pidgin, Taglish and Commonwealth slang in English ("abeg, una funds dey safe?"), and
 * Cantonese written in Chinese characters ("AMA嗰阵有几多人？"). Without this, every dialect word is
 * unknown to the knowledge base and weighs against every entry. Common words of a support chat only,
 * not a dictionary; a word that means something else in the standard language is left out.
 */
import type { KbLang } from './types.js';

/** Word → standard word ('' drops a particle that carries no meaning). */
const WORDS: Record<'en' | 'de', Record<string, string>> = {
  de: {
    grüezi: 'hallo', grüessech: 'hallo', servus: 'hallo', mitenand: 'zusammen', üsi: 'unsere', üses: 'unser', eusi: 'unsere',
    mini: 'meine', mei: 'mein', meim: 'meinem', dini: 'deine', nöd: 'nicht', ned: 'nicht', net: 'nicht', nit: 'nicht', isch: 'ist', gsi: 'gewesen',
    gwesen: 'gewesen', han: 'habe', hani: 'habe', hät: 'hat', händ: 'haben', hend: 'haben', chönd: 'können', cha: 'kann',
    chan: 'kann', würkli: 'wirklich', wirkli: 'wirklich', öppis: 'etwas', öpper: 'jemand', epper: 'jemand', lüüt: 'leute',
    lüt: 'leute', angscht: 'angst', gäld: 'geld', stutz: 'geld', kohle: 'geld', knete: 'geld', nomal: 'nochmal',
    nomol: 'nochmal', oamal: 'einmal', amoi: 'einmal', oaner: 'einer', oana: 'eine', koa: 'kein', kai: 'kein', koane: 'keine',
    des: 'das', dat: 'das', wat: 'was', wos: 'was', wia: 'wie', gsperrt: 'gesperrt', gmacht: 'gemacht', gschribe: 'geschrieben',
    gschriebe: 'geschrieben', gseh: 'gesehen', zerscht: 'zuerst', scho: 'schon', jetz: 'jetzt', jetzat: 'jetzt', etz: 'jetzt',
    eich: 'euch', enk: 'euch', hüt: 'heute', freitig: 'freitag', aareiz: 'anreiz', guthabe: 'guthaben', auszahle: 'auszahlen',
    uszahle: 'auszahlen', uszahlig: 'auszahlung', abhebe: 'abheben', sicha: 'sicher', wech: 'weg', futsch: 'weg',
    jänner: 'januar',
  },
  en: {
    abeg: 'please', una: 'your', dey: 'is', wetin: 'what', wey: 'that', fit: 'can', oga: '', sef: '', abi: '',
    sabi: 'know', comot: 'withdraw', wahala: 'problem', po: '', naman: '', kasi: '', lang: '', talaga: 'really',
    pwede: 'can', paano: 'how', bakit: 'why', kailan: 'when', pera: 'money', ligtas: 'safe',
    mate: '', reckon: 'think', dosh: 'money', quid: 'money', dodgy: 'shady', stash: 'funds', bags: 'funds', punters: 'people',
    lah: '', leh: '', lor: '', innit: '', bruv: '', fam: '',
  },
};

/** Cantonese → Mandarin, longest first; applied after Traditional → Simplified. */
const ZH: [RegExp, string][] = [
  [/点解/g, '为什么'], [/边个/g, '谁'], [/边度/g, '哪里'], [/几多/g, '多少'], [/乜嘢|咩嘢/g, '什么'], [/系唔系|系咪/g, '是不是'],
  [/有冇/g, '有没有'], [/仲系/g, '还是'], [/唔该/g, '请'], [/而家|宜家/g, '现在'], [/琴日/g, '昨天'], [/今日/g, '今天'],
  [/听日/g, '明天'], [/银纸/g, '钱'], [/搞掂/g, '搞定'], [/佢哋/g, '他们'], [/我哋/g, '我们'], [/你哋/g, '你们'],
  [/嘅/g, '的'], [/咗/g, '了'], [/喺/g, '在'], [/嗰/g, '那'], [/佢/g, '他'], [/唔/g, '不'], [/冇/g, '没有'], [/咩/g, '什么'],
  [/仲(?!裁)/g, '还'], [/睇/g, '看'], [/俾|畀/g, '给'], [/攞/g, '拿'], [/揾/g, '找'], [/嚟/g, '来'], [/啲/g, '些'], [/咁/g, '这么'],
  [/嘢/g, '东西'],
  // 系 is "is" in Cantonese (係), but also part of 联系, 关系, 体系: only alone.
  [/(?<![联关体派星统维干])系(?![统列])/g, '是'],
];
/** Only a question holding a Cantonese character or word pays for the replacements. */
const ZH_ANY = /[乜咩系仲唔佢哋嘅咗喺嗰冇睇俾畀攞揾嚟啲咁嘢]|点解|边个|边度|几多|而家|宜家|琴日|今日|听日|银纸|搞掂/;

/** One word of a question in its standard form ('' for a particle to drop, the word itself if standard). */
export function standardWord(lang: KbLang, w: string): string {
  if (lang === 'zh') return w;
  return WORDS[lang][w] ?? w;
}

/** A Chinese question with its Cantonese words in Mandarin. */
export function fromCantonese(text: string): string {
  if (!ZH_ANY.test(text)) return text;
  let s = text;
  for (const [re, to] of ZH) s = s.replace(re, to);
  return s;
}
