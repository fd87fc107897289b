// npm run bench:broadcast [-- --recipients 27000 --rate 25 --kills 3 --paid-recipients 27000 --quick --skip-paid --skip-default]
// The real sender (`npm run cli -- delivery run`, a child process) against the local Bot API server
// (src/demo), which enforces Telegram's limits and injects 429s, 403s, 400s, migrate_to_chat_id,
// dropped connections and latency. The outbox is an embedded database in a temporary folder that
// this process serves; the sender is killed with SIGKILL several times and started again.
// Reports: sustained rate against the configured one, requests inside 429 windows, duplicates,
// losses, rows in flight at each kill; then paid mode at 1000/s with the CPU and memory used.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { DEMO_TOKEN, startBotApiServer, type BotApiServer } from '../src/demo/bot-api-server.js';
import { openDatabase, type Database } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createConfig } from '../src/config.js';
import { createServices } from '../src/services.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    recipients: { type: 'string' },
    rate: { type: 'string', default: '25' },
    kills: { type: 'string' },
    'paid-recipients': { type: 'string' },
    'paid-rate': { type: 'string', default: '1000' },
    quick: { type: 'boolean', default: false },
    'skip-paid': { type: 'boolean', default: false },
    'skip-default': { type: 'boolean', default: false },
  },
});
const quick = values.quick!;
const N = Number(values.recipients ?? (quick ? 1500 : 27000));
const RATE = Number(values.rate);
const KILLS = Number(values.kills ?? (quick ? 2 : 3));
const PAID_N = Number(values['paid-recipients'] ?? (quick ? 5000 : 27000));
const PAID_RATE = Number(values['paid-rate']);
const AUTHOR = 9001;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function procStat(pid: number) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    return { cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / 100, rssMb: rss };
  } catch {
    return { cpuMs: 0, rssMb: 0 };
  }
}

function spawnSender(dir: string, server: BotApiServer, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/demo/exit-with-parent.ts', 'src/cli.ts', 'delivery', 'run'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', BOT_TOKEN: DEMO_TOKEN, TELEGRAM_API_ROOT: server.apiRoot, LOG_LEVEL: 'warn', DELIVERY_PROGRESS_MS: '3000', ...env },
  });
  child.stderr!.on('data', (d: Buffer) => {
    const s = d.toString();
    if (!/delivery sender/.test(s)) process.stderr.write(`  [sender] ${s}`);
  });
  return child;
}

interface PhaseOptions {
  name: string;
  n: number;
  rate: number;
  paid: boolean;
  kills: number;
  faults: Parameters<typeof startBotApiServer>[0];
}

async function phase(o: PhaseOptions) {
  console.log(`\n== ${o.name}: ${o.n} recipients at ${o.rate}/s${o.paid ? ' (paid)' : ''}, ${o.kills} kill -9`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-broadcast-'));
  const server = await startBotApiServer({ recordCalls: false, ...o.faults });
  const db: Database = await openDatabase({ dataDir: dir });
  await applyMigrations(db.adapter);
  const config = createConfig({ BOT_TOKEN: DEMO_TOKEN, LOG_LEVEL: 'silent', DATA_DIR: dir }, { requireToken: false });
  const services = createServices(db.prisma, config, pino({ level: 'silent' }));

  // Recipients in three languages; some blocked, deactivated, gone; registered groups, some migrated.
  const texts = { en: 'BTC withdrawals resumed.', de: 'BTC-Auszahlungen laufen wieder.', zh: 'BTC 提现已恢复。' };
  const langs = ['en', 'de', 'zh'] as const;
  const messages = Array.from({ length: o.n }, (_, i) => ({ chatId: BigInt(200_000 + i), text: texts[langs[i % 3]!] }));
  const faulty = { blocked: 0, deactivated: 0, notFound: 0, migrated: 0 };
  for (let i = 0; i < o.n; i++) {
    const id = 200_000 + i;
    if (i % 97 === 5) (server.block(id), faulty.blocked++);
    else if (i % 331 === 7) (server.deactivate(id), faulty.deactivated++);
    else if (i % 211 === 11) (server.forget(id), faulty.notFound++);
  }
  for (let g = 0; g < 12; g++) {
    const gid = -(5000 + g);
    server.addGroup({ id: gid, type: 'group', title: `Group ${g}` });
    if (g % 4 === 0) (server.migrate(gid), faulty.migrated++);
    await services.delivery.chats.add({ id: null, via: 'cli' }, { chatId: BigInt(gid), type: 'group', title: `Group ${g}`, pin: g === 1 });
  }
  const times: number[] = [];
  server.onMessage((m, kind) => {
    if (kind === 'sent' && m.chatId !== AUTHOR) times.push(Date.now());
  });
  const id = await services.delivery.deliver({ kind: 'bench', priority: 1, messages, chatTexts: texts, progress: { chatId: BigInt(AUTHOR), locale: 'en' } });
  const total = o.n + 12;

  const env = { DELIVERY_RATE: String(Math.min(o.rate, 30)), DELIVERY_PAID: String(o.paid), DELIVERY_PAID_RATE: String(o.rate) };
  let child = spawnSender(dir, server, env);
  const kills: { atSent: number; inFlight: number; inFlightDelivered: number; restartMs: number }[] = [];
  const cpu = { start: 0, childMs: 0 };
  const parentCpu0 = process.cpuUsage();
  const t0 = Date.now();
  let peakChildRss = 0;
  for (;;) {
    await sleep(200);
    const st = procStat(child.pid!);
    peakChildRss = Math.max(peakChildRss, st.rssMb);
    cpu.childMs = Math.max(cpu.childMs, cpu.start + st.cpuMs);
    const b = await db.prisma.deliveryBroadcast.findUnique({ where: { id } });
    if (b!.state === 'done') break;
    const delivered = server.stats().messagesSent;
    if (kills.length < o.kills && delivered >= ((kills.length + 1) / (o.kills + 1)) * o.n) {
      cpu.start = cpu.childMs;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const killedAt = Date.now();
      const inflight = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId: id, state: 'sending' }, select: { chatId: true } });
      const inFlightDelivered = inflight.filter((r) => server.sentTo(Number(r.chatId)).length > 0).length;
      child = spawnSender(dir, server, env);
      const before = times.length;
      while (times.length === before) await sleep(20);
      kills.push({ atSent: delivered, inFlight: inflight.length, inFlightDelivered, restartMs: Date.now() - killedAt });
      console.log(`  kill -9 #${kills.length} after ${delivered} sent: ${inflight.length} rows in flight (${inFlightDelivered} of them had arrived); next message ${Date.now() - killedAt} ms later`);
    }
    if (Date.now() - t0 > (o.n / o.rate) * 3000 + 120_000) throw new Error('the broadcast did not finish in time');
  }
  const wall = (Date.now() - t0) / 1000;
  const parentCpu = process.cpuUsage(parentCpu0);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const stats = server.stats();
  const rows = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId: id }, select: { chatId: true, state: true } });
  const byState: Record<string, number> = {};
  for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
  let lost = 0;
  let uncertainDelivered = 0;
  for (const r of rows) {
    const got = server.sentTo(Number(r.chatId)).length;
    if (r.state === 'sent' && !got) lost++;
    if (r.state === 'uncertain' && got) uncertainDelivered++;
    if (r.state === 'uncertain' && !got) lost++;
    if (r.state === 'queued' || r.state === 'sending') lost++;
  }
  // Sustained rate: messages over the time the sender was running (restart gaps left out).
  const gaps = kills.reduce((a, k) => a + k.restartMs, 0) / 1000;
  const span = (times.at(-1)! - times[0]!) / 1000;
  const sustained = times.length / Math.max(0.001, span - gaps);
  const perSecond = new Map<number, number>();
  for (const t of times) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
  const buckets = [...perSecond.values()].slice(1, -1).sort((a, b) => a - b);
  const median = buckets[Math.floor(buckets.length / 2)] ?? 0;
  const report = {
    delivered: times.length,
    rows: total,
    byState,
    configuredRate: o.rate,
    sustainedRate: +sustained.toFixed(1),
    sustainedPct: +((sustained / o.rate) * 100).toFixed(1),
    medianPerSecond: median,
    wallSeconds: +wall.toFixed(1),
    restartGapSeconds: +gaps.toFixed(1),
    tooManyRequests: stats.tooManyRequests,
    requestsInsideRetryWindow: stats.requestsInsideRetryWindow,
    duplicates: stats.duplicates,
    lost,
    uncertainDelivered,
    inFlightAtKills: kills.map((k) => k.inFlight),
    droppedConnections: stats.droppedConnections,
    faultsInjected: faulty,
    senderCpuPctOfOneCore: +((cpu.childMs / 1000 / wall) * 100).toFixed(0),
    benchProcessCpuPct: +(((parentCpu.user + parentCpu.system) / 1000 / 1000 / wall) * 100).toFixed(0),
    senderPeakRssMb: +peakChildRss.toFixed(0),
    benchProcessRssMb: +(process.memoryUsage().rss / 1048576).toFixed(0),
    cores: os.cpus().length,
    loadavg: os.loadavg().map((x) => +x.toFixed(1)),
  };
  console.log(JSON.stringify(report, null, 2));
  await server.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return report;
}

const results: Record<string, unknown> = {};
if (!values['skip-default']) {
  results.default = await phase({
    name: 'default pace with faults and kill -9',
    n: N,
    rate: RATE,
    paid: false,
    kills: KILLS,
    faults: { globalPerSecond: 30, latencyMs: 5, jitterMs: 15, random429: 0.0005, random429RetryAfter: 1, dropProbability: 0.0005, dropWhen: 'after' },
  });
}
if (!values['skip-paid']) {
  results.paid = await phase({
    name: 'paid broadcast',
    n: PAID_N,
    rate: PAID_RATE,
    paid: true,
    kills: 0,
    faults: { globalPerSecond: 30, paidPerSecond: 1000, latencyMs: 2, jitterMs: 3 },
  });
}
console.log('\nsummary', JSON.stringify(results));
process.exit(0);
