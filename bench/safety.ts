/**
 * Safety guards on the test corpus: sizes, catch rate, false alarms, and the per-message cost of
 * the group guards (secret detection + look-alike links) and of the name check, p50/p99.
 * Usage: npm run bench:safety
 */
import { performance } from 'node:perf_hooks';
import { createImpersonationMatcher } from '../src/safety/impersonation.js';
import { BRANDS, CORPUS_STAFF, guardMessage, measure } from '../test/safety/corpus/load.js';

const m = measure();
const c = m.corpus;
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
const rate = (name: string, total: number, missed: number) => console.log(`  ${name.padEnd(22)} ${total - missed}/${total} caught (${pct(total - missed, total)})`);

console.log('Corpus');
console.log(`  attacks: ${c.names.length} look-alike names, ${c.secrets.length} phrases/keys, ${c.lookalikes.length} look-alike domains/links/handles`);
console.log(`  ordinary: ${m.ordinary.length} chat lines (en ${c.ordinary.en.length}, de ${c.ordinary.de.length}, zh ${c.ordinary.zh.length}, generated mixed ${c.ordinary.generated.length}), ${c.ordinaryNames.length} names`);
console.log('Catch rate');
rate('names', c.names.length, m.missed.names.length);
rate('phrases and keys', c.secrets.length, m.missed.secrets.length);
rate('look-alikes', c.lookalikes.length, m.missed.lookalikes.length);
console.log('False alarms');
console.log(`  chat lines deleted or flagged: ${m.falseAlarms.lines.length}/${m.ordinary.length} (${pct(m.falseAlarms.lines.length, m.ordinary.length)})`);
console.log(`  names flagged: ${m.falseAlarms.names.length}/${c.ordinaryNames.length}`);

function timeEach<T>(items: T[], fn: (x: T) => unknown, rounds = 5) {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const x of items) {
      const t0 = performance.now();
      fn(x);
      samples.push(performance.now() - t0);
    }
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
  return `p50 ${(q(0.5) * 1000).toFixed(1)} µs, p99 ${(q(0.99) * 1000).toFixed(1)} µs, max ${(q(1) * 1000).toFixed(0)} µs over ${samples.length} runs`;
}

const messages = [...m.ordinary, ...c.secrets, ...c.lookalikes.map((l) => `see ${l}`)];
for (const x of messages.slice(0, 200)) guardMessage(x); // warm-up
const matcher = createImpersonationMatcher(BRANDS);
const people = [...c.names, ...c.ordinaryNames];
console.log('Latency (pure guard, no I/O)');
console.log(`  group message guard:   ${timeEach(messages, guardMessage)}`);
console.log(`  ordinary lines only:   ${timeEach(m.ordinary, guardMessage)}`);
console.log(`  name check (3 staff):  ${timeEach(people, (p) => matcher.check(p, CORPUS_STAFF))}`);
