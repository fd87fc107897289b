import { remove as removeConfusables } from 'confusables';

/**
 * Folding for look-alike comparison: what a reader sees, not what the bytes say.
 * NFKC (full-width, ligatures), invisible characters (zero-width, bidi controls, variation
 * selectors, soft hyphen), diacritics, Unicode confusables (Cyrillic а, Greek ο, …) and the
 * ASCII tricks scammers use (0→o, 1/l/|→i, rn→m, vv→w). CJK is kept as is.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|\p{Cf}/gu;
const MARKS = /\p{M}/gu;
const DIGIT_LOOKS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '|': 'i', '!': 'i', '$': 's', '@': 'a' };

/** Lower-case, confusable-free text with separators kept (for word checks). */
export function foldText(input: string): string {
  let s = input.normalize('NFKC').replace(INVISIBLE, '');
  s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  s = removeConfusables(s);
  s = s.toLowerCase();
  s = s.replace(/[0134578|!$@]/g, (c) => DIGIT_LOOKS[c] ?? c);
  s = s.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/l/g, 'i');
  return s;
}

/** Folded and without separators: "O K Е x_Support" → "okexsupport" (the skeleton compared). */
export function skeleton(input: string): string {
  return foldText(input).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Folded words (separators, camel case and underscores split). */
export function foldedWords(input: string): string[] {
  const spaced = input.normalize('NFKC').replace(INVISIBLE, '').replace(/([a-z])([A-Z])/g, '$1 $2');
  return foldText(spaced).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a string mixes Latin with Cyrillic or Greek letters (a classic spoof). */
export function mixedScripts(input: string): boolean {
  const latin = /\p{Script=Latin}/u.test(input);
  return latin && (/\p{Script=Cyrillic}/u.test(input) || /\p{Script=Greek}/u.test(input));
}

export function hasInvisible(input: string): boolean {
  return new RegExp(INVISIBLE.source, 'u').test(input);
}

/** Damerau–Levenshtein (optimal string alignment) distance, capped for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}
