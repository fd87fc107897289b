/**
 * German separable verbs and participles. Members write "zahlt ihr wieder aus?", "hebt man das ab",
 * "legt ihr die Adressen offen", "gibt okex die Auszahlungen frei", while the entries say
 * "auszahlen", "abheben", "offenlegen", "freigeben"; and "gehalten", "eingezahlt" where entries say
 * "halten", "einzahlen". Both sides of the index go through the same rewrite, so a member's form
 * meets an entry's form in one term.
 */
const PARTICLES = ['aus', 'ab', 'an', 'auf', 'frei', 'offen', 'ein', 'zurück', 'zurueck', 'weiter', 'fest', 'los', 'zu', 'vor', 'nach', 'mit', 'rein', 'raus'];
const PARTICLE = new RegExp(`^(${PARTICLES.join('|')})$`);
const CLAUSE_END_PARTICLE = new RegExp(`(^|[^\\p{L}])(${PARTICLES.join('|')})[^\\p{L},;:!?.\\n]*([,;:!?.\\n]|$)`, 'iu');
/** Irregular present stems: "gibt" → "geb", "nimmt" → "nehm". */
const IRREGULAR: Record<string, string> = { gibt: 'geb', gib: 'geb', nimmt: 'nehm', hält: 'halt', haelt: 'halt', läuft: 'lauf', laeuft: 'lauf', lädt: 'lad', laedt: 'lad', sieht: 'seh', tritt: 'tret', fällt: 'fall', faellt: 'fall', hebt: 'heb' };

function presentStem(verb: string): string | null {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  const m = /^(\p{L}{2,}?)(st|t|en|e)$/u.exec(verb);
  return m ? m[1]! : null;
}

/**
 * Rewrites each clause whose last word is a separable particle: the finite verb among the clause's
 * first three words joins the particle as an infinitive ("zahlt … aus" → "auszahlen"), when the
 * knowledge base knows that verb (`known`, in any of its forms); otherwise the clause stays as written.
 */
export function joinSeparable(text: string, known: (particle: string, stem: string) => boolean): string {
  // Most texts end no clause with a particle: one scan, no per-clause work (index build speed).
  if (!CLAUSE_END_PARTICLE.test(text)) return text;
  return text.replace(/[^,;:!?.\n]+/g, (clause) => {
    const ws = clause.match(/\p{L}+/gu);
    if (!ws || ws.length < 2) return clause;
    const last = ws[ws.length - 1]!.toLowerCase();
    if (!PARTICLE.test(last)) return clause;
    for (const w of ws.slice(0, 3)) {
      const stem = presentStem(w.toLowerCase());
      if (!stem) continue;
      if (!known(last, stem)) continue;
      const joined = `${last}${stem}en`;
      const re = new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}](?:.*[^\\p{L}])?)${ws[ws.length - 1]}(?=[^\\p{L}]*$)`, 'u');
      return clause.replace(re, `$1${joined}$2`);
    }
    return clause;
  });
}

/** A participle's infinitive-like forms: "gehalten" → "halten", "eingezahlt" → "einzahlen". */
export function participleForms(w: string): string[] {
  const out: string[] = [];
  const sep = /^(aus|ab|an|auf|frei|ein|zurueck|zurück|offen)ge(\p{L}{3,}?)(t|en)$/u.exec(w);
  const plain = sep ? null : /^ge(\p{L}{3,}?)(t|en)$/u.exec(w);
  if (sep) out.push(`${sep[1]}${infinitive(sep[2]!)}`);
  else if (plain && w.length >= 7) out.push(infinitive(plain[1]!));
  return out;
}

/** "halt" → "halten", "handel" → "handeln", "liste" → "listen". */
function infinitive(base: string): string {
  const b = base.replace(/e$/, '');
  return /(el|er)$/.test(b) ? `${b}n` : `${b}en`;
}
