// npm run bench:status [-- --members 27000 --runs 5]
// The status side of an announcement to every member: who follows (recipients with their language),
// the preview counts, and the whole approved change (state + timeline + one text per follower handed
// to delivery, stubbed here). Reports medians and p99 of the runs in milliseconds.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createConfig } from '../src/config.js';
import { createServices } from '../src/services.js';

const { values } = parseArgs({ options: { members: { type: 'string', default: '27000' }, runs: { type: 'string', default: '5' } } });
const M = Number(values.members);
const RUNS = Number(values.runs);

const db = await openDatabase({ url: process.env.BENCH_DATABASE_URL, memory: !process.env.BENCH_DATABASE_URL });
await applyMigrations(db.adapter);
const config = createConfig({ LOG_LEVEL: 'silent', BOT_OWNERS: '9001' }, { requireToken: false });
const services = createServices(db.prisma, config, pino({ level: 'silent' }));
let handed = 0;
services.seams.deliver = async (input) => {
  handed += input.messages.length;
  return 1;
};
const langs = ['en', 'de', 'zh-hans', 'fr'];
for (let i = 0; i < M; i += 5000) {
  const n = Math.min(5000, M - i);
  await db.prisma.member.createMany({ data: Array.from({ length: n }, (_, k) => ({ id: BigInt(100_000 + i + k), languageCode: langs[(i + k) % 4]!, startedAt: new Date() })) });
}
// A tenth opted out, a tenth of those follow BTC alone; 2,000 imported ids never seen.
await db.prisma.statusFollower.createMany({ data: Array.from({ length: Math.floor(M / 10) }, (_, k) => ({ memberId: BigInt(100_000 + k * 10), all: false })) });
await db.prisma.statusFollow.createMany({ data: Array.from({ length: Math.floor(M / 100) }, (_, k) => ({ memberId: BigInt(100_000 + k * 100), symbol: 'BTC' })) });
await services.status.followers.importIds(Array.from({ length: 2000 }, (_, k) => String(9_000_000 + k)).join('\n'));
await services.access.grant({ id: null, via: 'cli' }, 2001n, 'admin');
await services.access.grant({ id: null, via: 'cli' }, 2002n, 'admin');
await services.status.addAsset({ id: null, via: 'cli' }, 'BTC', 'Bitcoin');

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, p99 ${s[Math.min(s.length - 1, Math.ceil(0.99 * s.length) - 1)]!.toFixed(0)} ms`;
};
async function time(fn: () => Promise<unknown>) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const rec: number[] = [];
const pre: number[] = [];
const exe: number[] = [];
let count = 0;
const states = ['paused', 'resumed'] as const;
for (let r = 0; r < RUNS; r++) {
  rec.push(await time(async () => (count = (await services.status.followers.recipients('BTC')).length)));
  const payload = await services.status.validate({ symbol: 'BTC', direction: 'withdrawals', state: states[r % 2]!, texts: { en: 'Maintenance.', de: 'Wartung.' } });
  pre.push(await time(() => services.status.preview(payload)));
  const req = await services.status.requestChange({ id: 2001n, via: 'cli' }, payload);
  exe.push(await time(() => services.approvals.approve({ id: 2002n, via: 'cli' }, req.id)));
}
console.log(`members ${M}, recipients of BTC ${count} (${db.kind === 'embedded' ? 'PGlite' : 'PostgreSQL'})`);
console.log(`recipients():          ${stats(rec)}`);
console.log(`preview():             ${stats(pre)}`);
console.log(`approve → handed over: ${stats(exe)}  (${handed} texts handed to delivery in ${RUNS} runs)`);
await db.close();
