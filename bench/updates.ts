// npm run bench:updates [-- --updates 20000 --members 2000 --concurrency 64 --runs 5]
// Drives the production middleware stack (createBot: sequentialize, rate limit, member tracking,
// roles, i18n, features) and the embedded database with member updates through the fake Bot API.
// Reports updates handled a second (median of runs) and per-update latency.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createConfig } from '../src/config.js';
import { createServices } from '../src/services.js';
import { createBot } from '../src/bot/create-bot.js';
import { capabilities } from '../src/capabilities.js';
import type { Deps } from '../src/bot/context.js';
import { createFakeApi, BOT_INFO } from '../test/support/fake-api.js';
import { privateText, user } from '../test/support/updates.js';

const { values } = parseArgs({
  options: {
    updates: { type: 'string', default: '20000' },
    members: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '64' },
    runs: { type: 'string', default: '5' },
    texts: { type: 'string', default: '/help,/privacy,/start,/language,hello' },
  },
});
const N = Number(values.updates);
const M = Number(values.members);
const C = Number(values.concurrency);
const RUNS = Number(values.runs);

const db = await openDatabase({ url: process.env.BENCH_DATABASE_URL, memory: !process.env.BENCH_DATABASE_URL });
await applyMigrations(db.adapter);
const config = createConfig({ BOT_TOKEN: '123456789:AAH-bench-token-which-is-long-enough', LOG_LEVEL: 'silent', MEMBER_RATE_LIMIT: '10000', BOT_OWNERS: '9001' });
const logger = pino({ level: 'silent' });
const services = createServices(db.prisma, config, logger);
const deps: Deps = { config, logger, prisma: db.prisma, services, now: () => new Date() };
const api = createFakeApi();
const { bot } = createBot({
  token: config.botToken!,
  deps,
  botInfo: BOT_INFO,
  transformers: [api.transformer],
  features: capabilities.flatMap((c) => c.features?.(deps) ?? []),
  autoRetry: false,
});
const langs = ['en', 'de', 'zh-hans', 'fr'];
const members = Array.from({ length: M }, (_, i) => user(100_000 + i, { language_code: langs[i % langs.length] }));
const texts = values.texts!.split(',');

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runOnce(n: number) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  async function worker() {
    while (next < n) {
      const i = next++;
      const u = privateText(texts[i % texts.length]!, members[i % M]!);
      const s = performance.now();
      await bot.handleUpdate(u);
      latencies.push(performance.now() - s);
    }
  }
  await Promise.all(Array.from({ length: C }, worker));
  const secs = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { rate: n / secs, p50: pct(latencies, 50), p99: pct(latencies, 99) };
}

// Warm-up: first sight of every member (inserts), JIT.
const warm = await runOnce(Math.max(M, 2000));
console.log(`warm-up (first sight of ${M} members, inserts): ${warm.rate.toFixed(0)} updates/s`);
const results = [];
for (let r = 0; r < RUNS; r++) {
  api.reset();
  const res = await runOnce(N);
  results.push(res);
  console.log(`run ${r + 1}: ${res.rate.toFixed(0)} updates/s, latency p50 ${res.p50.toFixed(2)} ms, p99 ${res.p99.toFixed(2)} ms (sent ${api.sent('sendMessage').length} replies)`);
}
const rates = results.map((r) => r.rate).sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(`\nupdates handled a second (median of ${RUNS} runs of ${N} updates, ${M} members, concurrency ${C}): ${median.toFixed(0)}`);
console.log(`memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MiB`);
console.log(`database: ${db.kind}`);
await db.close();
