/**
 * How well one entry covers a question and how close the question is to one of its paraphrases,
 * on a compact per-entry layout: the entry's terms as sorted integer ids, each with the
 * paraphrases holding it. A query word then costs one binary search per entry instead of a set
 * lookup per paraphrase (entries have ~30), and 2,000 entries fit in a few MiB of typed arrays
 * instead of hundreds of thousands of Sets and Maps the garbage collector has to walk.
 */

export interface EntryTerms {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** The paraphrases of ids[i] are paras[start[i]] .. paras[start[i + 1] - 1]; none: answer only. */
  start: Uint32Array;
  /** Paraphrase indices (0 = the title). */
  paras: Uint16Array;
  /** Per paraphrase: the sum of its unit weights (the similarity's denominator). */
  paraWeights: Float64Array;
}

/** `questions`: term id → paraphrases holding it (taken over); `answer`: the answer's term ids. */
export function entryTerms(questions: Map<number, number[]>, answer: Iterable<number>, paraCount: number): EntryTerms {
  const all = questions;
  const none: number[] = [];
  for (const id of answer) if (!all.has(id)) all.set(id, none);
  const ids = Int32Array.from(all.keys()).sort();
  const start = new Uint32Array(ids.length + 1);
  let total = 0;
  ids.forEach((id, i) => {
    start[i] = total;
    total += all.get(id)!.length;
  });
  start[ids.length] = total;
  const paras = new Uint16Array(total);
  ids.forEach((id, i) => paras.set(all.get(id)!, start[i]!));
  return { ids, start, paras, paraWeights: new Float64Array(paraCount) };
}

/** The position of term `id` in the entry, or -1. */
export function findTerm(e: EntryTerms, id: number): number {
  const ids = e.ids;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Whether the entry's title or questions hold the term. */
export function inQuestions(e: EntryTerms, id: number): boolean {
  const i = id < 0 ? -1 : findTerm(e, id);
  return i >= 0 && e.start[i + 1]! > e.start[i]!;
}

/** One question unit, its alternatives as term ids (-1: not in the knowledge base). */
export interface ScoredUnit {
  ids: number[];
  credits: number[];
  weight: number;
}

/** Scores entries against one question; reuses its scratch space (not reentrant). */
export function createScorer() {
  let m = new Float64Array(0);
  let best = new Float64Array(0);
  let seen = new Uint32Array(0);
  let stamp = 0;
  const touched: number[] = [];

  return function score(e: EntryTerms, units: ScoredUnit[], total: number, answerCredit: number) {
    const n = e.paraWeights.length;
    if (m.length < n) [m, best, seen, stamp] = [new Float64Array(n), new Float64Array(n), new Uint32Array(n), 0];
    if (stamp > 0xfffff000) [seen, stamp] = [new Uint32Array(seen.length), 0];
    m.fill(0, 0, n);
    let covered = 0;
    for (const u of units) {
      let c = 0;
      stamp++;
      touched.length = 0;
      for (let j = 0; j < u.ids.length; j++) {
        const id = u.ids[j]!;
        const i = id < 0 ? -1 : findTerm(e, id);
        if (i < 0) continue;
        const credit = u.credits[j]!;
        const from = e.start[i]!;
        const to = e.start[i + 1]!;
        if (from === to) {
          c = Math.max(c, credit * answerCredit);
          continue;
        }
        c = Math.max(c, credit);
        // The best credit of this unit in each paraphrase holding one of its terms.
        for (let p = from; p < to; p++) {
          const k = e.paras[p]!;
          if (seen[k] !== stamp) {
            seen[k] = stamp;
            best[k] = credit;
            touched.push(k);
          } else best[k] = Math.max(best[k]!, credit);
        }
      }
      covered += c * u.weight;
      for (const k of touched) m[k] = m[k]! + best[k]! * u.weight;
    }
    let similarity = 0;
    for (let k = 0; k < n; k++) similarity = Math.max(similarity, (2 * m[k]!) / (total + e.paraWeights[k]!));
    return { coverage: covered / total, similarity: Math.min(1, similarity) };
  };
}
