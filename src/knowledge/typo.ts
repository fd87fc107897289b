/**
 * Typo tolerance without scanning the vocabulary: every vocabulary term is stored under each of its
 * one-letter deletions (SymSpell), so a query term finds the terms one edit away in a few lookups.
 */
export function createTypoIndex(vocab: Pick<ReadonlyMap<string, number>, 'keys' | 'get'>) {
  const byDelete = new Map<string, string[]>();
  const add = (k: string, term: string) => {
    const list = byDelete.get(k);
    if (list) list.push(term);
    else byDelete.set(k, [term]);
  };
  for (const term of vocab.keys()) {
    if (term.length < 4 || /^\d+$/.test(term)) continue;
    add(term, term);
    for (let i = 0; i < term.length; i++) add(term.slice(0, i) + term.slice(i + 1), term);
  }
  return {
    /** The most frequent vocabulary term within one edit (insert, delete, substitute, swap), or null. */
    correct(term: string): string | null {
      if (term.length < 4 || /^\d+$/.test(term)) return null;
      const found = new Set<string>();
      for (const t of byDelete.get(term) ?? []) found.add(t);
      for (let i = 0; i < term.length; i++) for (const t of byDelete.get(term.slice(0, i) + term.slice(i + 1)) ?? []) found.add(t);
      let best: string | null = null;
      let bestDf = -1;
      for (const t of found) {
        if (t === term || !withinOneEdit(term, t)) continue;
        const df = vocab.get(t) ?? 0;
        if (df > bestDf) [best, bestDf] = [t, df];
      }
      return best;
    },
  };
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length <= 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}
