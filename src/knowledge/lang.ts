import type { KbLang } from './types.js';

/**
 * Words that carry no topic: articles, pronouns, question words, auxiliaries and the filler of chat
 * ("pls", "guys", "lol"). They neither find an entry nor count against one.
 */
export const STOP: Record<'en' | 'de', Set<string>> = {
  en: new Set(
    `a an the and or but if then so of to in on at by for from with about into over after before during since until as is are was were be been being am
    do does did done doing have has had having will would shall should can could may might must i me my mine we us our you your yours u ur he she it its they them their
    this that these those there here what which who whom whose when where why how whats wheres whos hows im ive id youre dont doesnt didnt isnt arent wasnt cant wont
    not no yes yeah yep any some all every each other than too very just also only even still really actually already now then again ever
    please pls plz thanks thank thx ty hi hello hey guys guy bro sir okex okx exchange lol lmao omg wtf af pls ok okay
    tell say said know knew want wanna need get got getting go going gonna make made let lets give see look seems something anything thing things
    one much many more most next someone anyone somebody anybody straight right whether question answer`.split(/\s+/),
  ),
  de: new Set(
    `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann so von zu zum zur im in am an auf bei mit nach vor über unter für aus um durch gegen ohne bis seit
    ist sind war waren bin bist sein seid wird werden wurde wurden worden hat habe hab hast haben hatte hatten kann kannst können konnte konnte konnten muss müssen soll sollen sollte darf will wollen würde würden mag möchte
    ich mich mir mein meine meinen meinem meiner du dich dir dein deine er sie es wir uns unser unsere ihr euch euer eure ihnen ihm ihn man
    was wer wen wem wie wo wann warum wieso weshalb welche welcher welches welchen ob dass daß
    nicht kein keine keinen nein ja doch noch schon auch nur sehr mal eigentlich jetzt gerade denn halt eben etwa da hier dort dies diese dieser dieses diesen
    bitte danke hallo hi hey leute okex okx börse boerse lol ok okay
    los sieht sehe siehst sehen stimmt stimmts ging
    ab welchem kommt kommen naechste naechsten naechster nächste nächsten nächster sagen sag sagt gibt gibts geben bekommt bekommen kriege krieg wissen weiß weiss frage fragen antwort alles alle etwas irgendwie irgendwas`.split(/\s+/),
  ),
};

/** Chinese characters that are grammar, not topic (particles, pronouns, copula). */
export const ZH_STOP = new Set([...'的了吗呢吧啊呀么嘛是我你他她它们在和与及或就都也还又这那哪什怎么个有没不会能可要想请问下一些到被把给让对从向过着得地吧哦嗯']);

const GERMAN_HINT = /[äöüß]/i;

/** Guesses the language a question is written in; falls back when the text gives no clue. */
export function detectLang(text: string, fallback: KbLang, vocab?: Record<KbLang, Set<string>>): KbLang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (han > 0 && han * 3 >= latin) return 'zh';
  if (han > 0 && latin === 0) return 'zh';
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return fallback;
  let en = 0;
  let de = GERMAN_HINT.test(text) ? 2 : 0;
  for (const w of words) {
    const isEn = STOP.en.has(w);
    const isDe = STOP.de.has(w);
    if (isEn && !isDe) en++;
    if (isDe && !isEn) de++;
    if (vocab) {
      const inEn = vocab.en.has(w);
      const inDe = vocab.de.has(w);
      if (inEn && !inDe) en += 0.5;
      if (inDe && !inEn) de += 0.5;
    }
  }
  if (de > en) return 'de';
  if (en > de) return 'en';
  return fallback === 'zh' ? (han ? 'zh' : 'en') : fallback;
}
