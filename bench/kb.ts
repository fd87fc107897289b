// npm run bench:kb [-- --rounds 5 --passes 4]
// The local answer engine: index build time, answer latency (p50, p99) and memory, with the shipped
// knowledge base and with a generated one of 2,000 entries (the shipped entries cloned with extra
// invented vocabulary, so the index and the candidate lists grow as with real content).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeLocal } from '../src/knowledge/answer.js';
import { createEngine } from '../src/knowledge/engine.js';
import { parseEvalFile } from '../src/knowledge/eval.js';
import { parseKb } from '../src/knowledge/format.js';
import { KB_LANGS, type KbEntry } from '../src/knowledge/types.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const parsed = parseKb(readFileSync(path.join(ROOT, 'prisma/knowledge/base.yaml'), 'utf8'));
if (!parsed.ok) throw new Error('prisma/knowledge/base.yaml is invalid: run kb validate');
const questions = ['test/knowledge/eval-holdout.jsonl', '../shared/eval/faq-dev.jsonl', '../../shared/eval/faq-dev.jsonl']
  .map((f) => path.join(ROOT, f))
  .flatMap((f) => {
    try {
      return parseEvalFile(readFileSync(f, 'utf8'));
    } catch {
      return [];
    }
  });

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pool = Array.from({ length: 6000 }, () => Array.from({ length: 5 + Math.floor(rand() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join(''));
const hanPool = Array.from({ length: 3000 }, () => String.fromCodePoint(0x4e00 + Math.floor(rand() * 20000)) + String.fromCodePoint(0x4e00 + Math.floor(rand() * 20000)));

function generated(n: number): KbEntry[] {
  const base = parsed.ok ? parsed.entries : [];
  return Array.from({ length: n }, (_, i) => {
    const b = base[i % base.length]!;
    const extra = (lang: string) => Array.from({ length: 3 }, () => (lang === 'zh' ? hanPool : pool)[Math.floor(rand() * 3000)]).join(' ');
    const texts = Object.fromEntries(
      KB_LANGS.map((l) => {
        const x = b.texts[l]!;
        return [l, { title: `${x.title} ${extra(l)}`, questions: x.questions.map((q) => `${q} ${extra(l)}`), answer: `${x.answer} ${extra(l)}` }];
      }),
    );
    return { ...b, id: `${b.id}-g${i}`, related: [], texts };
  });
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const median = (xs: number[]) => pct(xs, 50);
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
/** Rounds of measurement: each round's p50/p99 is computed alone and the median round reported, so one burst of load from other processes on a shared machine does not decide the figure. */
const ROUNDS = arg('rounds', 5);
/** Passes over all questions per round. */
const PASSES = arg('passes', 4);

function run(name: string, entries: KbEntry[], builds_ = 3) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  const t0 = performance.now();
  let engine = createEngine(entries);
  builds.push(performance.now() - t0);
  for (let i = 0; i < builds_; i++) {
    const t0 = performance.now();
    engine = createEngine(entries);
    builds.push(performance.now() - t0);
  }
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - heap0;
  for (const q of questions) composeLocal(engine, engine.search(q.q, { fallbackLang: q.lang })); // warm-up: every question once
  const rounds: { p50: number; p99: number; cpu50: number; cpu99: number }[] = [];
  let answers = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const lat: number[] = [];
    const cpu: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      for (const q of questions) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        composeLocal(engine, engine.search(q.q, { fallbackLang: q.lang }));
        const c = process.cpuUsage(c0);
        lat.push(performance.now() - t0);
        cpu.push((c.user + c.system) / 1000);
      }
    }
    answers += lat.length;
    rounds.push({ p50: pct(lat, 50), p99: pct(lat, 99), cpu50: pct(cpu, 50), cpu99: pct(cpu, 99) });
  }
  const r = (k: keyof (typeof rounds)[number]) => median(rounds.map((x) => x[k]));
  const spread = `${Math.min(...rounds.map((x) => x.p99)).toFixed(2)}–${Math.max(...rounds.map((x) => x.p99)).toFixed(2)}`;
  console.log(
    `${name.padEnd(22)} entries ${String(entries.length).padStart(5)}  build median ${median(builds).toFixed(0)} ms  ` +
      `answer wall p50 ${r('p50').toFixed(3)} ms  p99 ${r('p99').toFixed(3)} ms (rounds ${spread})  cpu p50 ${r('cpu50').toFixed(3)} ms  p99 ${r('cpu99').toFixed(3)} ms  ` +
      `(${answers} answers, median of ${ROUNDS} rounds)  heap ≈ ${mib(heap)}`,
  );
  return r('p99');
}

console.log(`questions: ${questions.length} (hold-out and dev sets), node ${process.version}, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
run('shipped knowledge base', parsed.entries);
const p99 = run('generated', generated(2000), 0);
console.log(`rss ${mib(process.memoryUsage().rss)}`);
if (p99 >= 5) {
  console.log(`FAIL: p99 ${p99.toFixed(2)} ms at 2,000 entries (budget 5 ms)`);
  process.exitCode = 1;
}
