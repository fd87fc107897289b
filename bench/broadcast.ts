// npm run bench:broadcast [-- --recipients 27000 --rate 25 --kills 3 --paid-recipients 27000 --quick --skip-paid --skip-default --cpu-prof DIR]
// The real sender (`npm run cli -- delivery run`, a child process) against the local Bot API server
// (src/demo, in a child process of its own: bench/broadcast-server.ts), which enforces Telegram's
// limits and injects 429s, 403s, 400s, migrate_to_chat_id, dropped connections (the answer lost
// after the message was delivered: the ambiguous kind) and latency. The outbox is an embedded
// database in a temporary folder that this process serves; the sender is killed with SIGKILL
// several times and started again. Reports: sustained rate against the configured one, requests
// inside 429 windows, duplicates against the rows in flight at each kill, losses (a recipient
// without the message while the outbox says sent, or a row left unfinished), uncertain rows
// (arrived or not), the faults met; then paid mode at 1000/s; CPU and memory of every process.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { DEMO_TOKEN, type BotApiServerOptions } from '../src/demo/bot-api-server.js';
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
    /** A folder: the sender writes a V8 CPU profile there (node --cpu-prof) when it stops. */
    'cpu-prof': { type: 'string' },
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

/** The local Bot API server in its own process, called over IPC. */
async function startServer() {
  const child = fork(path.join(ROOT, 'bench/broadcast-server.ts'), [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error) w?.reject(new Error(m.error));
    else w?.resolve(m.result);
  });
  const call = <T = any>(op: string, args?: unknown): Promise<T> =>
    new Promise((resolve, reject) => {
      waiting.set(++seq, { resolve, reject });
      child.send({ id: seq, op, args });
    });
  return { pid: child.pid!, call, apiRoot: '' };
}
type Server = Awaited<ReturnType<typeof startServer>>;

function spawnSender(dir: string, server: Server, env: Record<string, string>): ChildProcess {
  const prof = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(values['cpu-prof'])] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', '--import', './src/demo/exit-with-parent.ts', 'src/cli.ts', 'delivery', 'run'], {
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
  faults: BotApiServerOptions;
}

async function phase(o: PhaseOptions) {
  console.log(`\n== ${o.name}: ${o.n} recipients at ${o.rate}/s${o.paid ? ' (paid)' : ''}, ${o.kills} kill -9`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-broadcast-'));
  const db: Database = await openDatabase({ dataDir: dir });
  await applyMigrations(db.adapter);
  const config = createConfig({ BOT_TOKEN: DEMO_TOKEN, LOG_LEVEL: 'silent', DATA_DIR: dir }, { requireToken: false });
  const services = createServices(db.prisma, config, pino({ level: 'silent' }));

  // Recipients in three languages; some blocked, deactivated, gone; registered groups, some migrated.
  const texts = { en: 'BTC withdrawals resumed.', de: 'BTC-Auszahlungen laufen wieder.', zh: 'BTC 提现已恢复。' };
  const langs = ['en', 'de', 'zh'] as const;
  const messages = Array.from({ length: o.n }, (_, i) => ({ chatId: BigInt(200_000 + i), text: texts[langs[i % 3]!] }));
  const faulty = { blocked: 0, deactivated: 0, notFound: 0, migrated: 0 };
  const setup = { blocked: [] as number[], deactivated: [] as number[], forgotten: [] as number[], groups: [] as { id: number; migrate: boolean }[] };
  for (let i = 0; i < o.n; i++) {
    const id = 200_000 + i;
    if (i % 97 === 5) (setup.blocked.push(id), faulty.blocked++);
    else if (i % 331 === 7) (setup.deactivated.push(id), faulty.deactivated++);
    else if (i % 211 === 11) (setup.forgotten.push(id), faulty.notFound++);
  }
  for (let g = 0; g < 12; g++) {
    const gid = -(5000 + g);
    setup.groups.push({ id: gid, migrate: g % 4 === 0 });
    if (g % 4 === 0) faulty.migrated++;
    await services.delivery.chats.add({ id: null, via: 'cli' }, { chatId: BigInt(gid), type: 'group', title: `Group ${g}`, pin: g === 1 });
  }
  const server = await startServer();
  server.apiRoot = (await server.call<{ apiRoot: string }>('start', { faults: o.faults, author: AUTHOR, ...setup })).apiRoot;
  const env = { DELIVERY_RATE: String(Math.min(o.rate, 30)), DELIVERY_PAID: String(o.paid), DELIVERY_PAID_RATE: String(o.rate) };
  // As in production, the sender is already running when the broadcast is approved: its start-up
  // (modules, database connection) is not part of the sending. Kills below do include cold starts.
  let child = spawnSender(dir, server, env);
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => /delivery sender .* running/.test(d.toString()) && resolve());
    child.once('exit', () => reject(new Error('the sender did not start')));
  });
  const id = await services.delivery.deliver({ kind: 'bench', priority: 1, messages, chatTexts: texts, progress: { chatId: BigInt(AUTHOR), locale: 'en' } });
  const total = o.n + 12;
  const kills: { atSent: number; inFlight: number; inFlightDelivered: number; restartMs: number }[] = [];
  const cpu = { start: 0, childMs: 0, server0: procStat(server.pid).cpuMs };
  const parentCpu0 = process.cpuUsage();
  const t0 = Date.now();
  let peakChildRss = 0;
  let steady: { at: number; sender: number; server: number; bench: NodeJS.CpuUsage } | undefined;
  for (;;) {
    await sleep(200);
    const st = procStat(child.pid!);
    peakChildRss = Math.max(peakChildRss, st.rssMb);
    cpu.childMs = Math.max(cpu.childMs, cpu.start + st.cpuMs);
    const b = await db.prisma.deliveryBroadcast.findUnique({ where: { id } });
    if (b!.state === 'done') break;
    const delivered = await server.call<number>('delivered');
    // CPU while sending (start-up of the processes left out): from the first message on.
    if (delivered && !steady) steady = { at: Date.now(), sender: cpu.childMs, server: procStat(server.pid).cpuMs, bench: process.cpuUsage() };
    if (kills.length < o.kills && delivered >= ((kills.length + 1) / (o.kills + 1)) * o.n) {
      cpu.start = cpu.childMs;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const killedAt = Date.now();
      const inflight = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId: id, state: 'sending' }, select: { chatId: true } });
      const inFlightDelivered = (await server.call<number[]>('sentCounts', inflight.map((r) => Number(r.chatId)))).filter((n) => n > 0).length;
      child = spawnSender(dir, server, env);
      const before = await server.call<number>('delivered');
      while ((await server.call<number>('delivered')) === before) await sleep(20);
      kills.push({ atSent: delivered, inFlight: inflight.length, inFlightDelivered, restartMs: Date.now() - killedAt });
      console.log(`  kill -9 #${kills.length} after ${delivered} sent: ${inflight.length} rows in flight (${inFlightDelivered} of them had arrived); next message ${Date.now() - killedAt} ms later`);
    }
    if (Date.now() - t0 > (o.n / o.rate) * 3000 + 120_000) throw new Error('the broadcast did not finish in time');
  }
  const wall = (Date.now() - t0) / 1000;
  const parentCpu = process.cpuUsage(parentCpu0);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const serverCpuMs = procStat(server.pid).cpuMs - cpu.server0;
  const steadySeconds = steady ? (Date.now() - steady.at) / 1000 : 0;
  const benchSteady = steady ? process.cpuUsage(steady.bench) : { user: 0, system: 0 };
  const whileSending = steady
    ? {
        seconds: +steadySeconds.toFixed(1),
        senderCpuPct: +(((cpu.childMs - steady.sender) / 1000 / steadySeconds) * 100).toFixed(0),
        serverCpuPct: +(((procStat(server.pid).cpuMs - steady.server) / 1000 / steadySeconds) * 100).toFixed(0),
        benchAndDatabaseCpuPct: +(((benchSteady.user + benchSteady.system) / 1e6 / steadySeconds) * 100).toFixed(0),
      }
    : undefined;
  const serverRssMb = procStat(server.pid).rssMb;
  const stats = await server.call('stats');
  const times = await server.call<number[]>('times');
  const rows = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId: id }, select: { chatId: true, state: true, resent: true } });
  const got = await server.call<number[]>('sentCounts', rows.map((r) => Number(r.chatId)));
  const byState: Record<string, number> = {};
  for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
  // Lost: the outbox says sent but the recipient has nothing, or the row never finished. An
  // uncertain row (the answer was lost after the request went out) is reported apart: arrived or not.
  let lost = 0;
  const uncertain = { total: 0, arrived: 0, notArrived: 0 };
  for (const [i, r] of rows.entries()) {
    if (r.state === 'sent' && !got[i]) lost++;
    if (['queued', 'claimed', 'sending'].includes(r.state)) lost++;
    if (r.state === 'uncertain') (uncertain.total++, got[i] ? uncertain.arrived++ : uncertain.notArrived++);
  }
  const resent = rows.reduce((a, r) => a + r.resent, 0);
  // Sustained rate: messages over the time the sender was running (restart gaps left out).
  const gaps = kills.reduce((a, k) => a + k.restartMs, 0) / 1000;
  const span = (times.at(-1)! - times[0]!) / 1000;
  const sustained = times.length / Math.max(0.001, span - gaps);
  const perSecond = new Map<number, number>();
  for (const t of times) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
  const buckets = [...perSecond.values()].slice(1, -1).sort((a, b) => a - b);
  const median = buckets[Math.floor(buckets.length / 2)] ?? 0;
  // What the server saw in order, and the most that arrived within any one second (sliding).
  const timeline = [...perSecond.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
  let maxInAnySecond = 0;
  for (let a = 0, b = 0; b < times.length; b++) {
    while (times[b]! - times[a]! >= 1000) a++;
    maxInAnySecond = Math.max(maxInAnySecond, b - a + 1);
  }
  const report = {
    delivered: times.length,
    rows: total,
    byState,
    configuredRate: o.rate,
    sustainedRate: +sustained.toFixed(1),
    sustainedPct: +((sustained / o.rate) * 100).toFixed(1),
    medianPerSecond: median,
    maxInAnySecond,
    perSecondTimeline: timeline,
    wallSeconds: +wall.toFixed(1),
    restartGapSeconds: +gaps.toFixed(1),
    tooManyRequests: stats.tooManyRequests,
    requestsInsideRetryWindow: stats.requestsInsideRetryWindow,
    duplicates: stats.duplicates,
    inFlightAtKills: kills.map((k) => k.inFlight),
    inFlightArrivedAtKills: kills.map((k) => k.inFlightDelivered),
    duplicatesWithinInFlight: stats.duplicates <= kills.reduce((a, k) => a + k.inFlight, 0),
    resentAfterKills: resent,
    lost,
    uncertain,
    droppedConnections: stats.droppedConnections,
    outcomes: { blocked: byState.blocked ?? 0, notFound: byState.not_found ?? 0, left: byState.left ?? 0, failed: byState.failed ?? 0, migrated: rows.filter((r) => r.chatId < -1_000_000_000_000n).length },
    faultsInjected: faulty,
    senderCpuPctOfOneCore: +((cpu.childMs / 1000 / wall) * 100).toFixed(0),
    serverCpuPctOfOneCore: +((serverCpuMs / 1000 / wall) * 100).toFixed(0),
    benchAndDatabaseCpuPctOfOneCore: +(((parentCpu.user + parentCpu.system) / 1000 / 1000 / wall) * 100).toFixed(0),
    cpuWhileSendingPctOfOneCore: whileSending,
    senderPeakRssMb: +peakChildRss.toFixed(0),
    serverRssMb: +serverRssMb.toFixed(0),
    benchAndDatabaseRssMb: +(process.memoryUsage().rss / 1048576).toFixed(0),
    cores: os.cpus().length,
    loadavg: os.loadavg().map((x) => +x.toFixed(1)),
  };
  console.log(JSON.stringify(report, null, 2));
  const inFlight = kills.reduce((a, k) => a + k.inFlight, 0);
  const c = report.cpuWhileSendingPctOfOneCore;
  console.log(
    [
      `  sustained ${report.sustainedRate}/s = ${report.sustainedPct} % of ${o.rate}/s (median ${median}/s)${o.paid ? (report.sustainedRate >= 900 ? ' ✓ ≥ 900/s' : ' ✗ < 900/s') : report.sustainedPct >= 95 ? ' ✓ ≥ 95 %' : ' ✗ < 95 %'}`,
      `  per second: ${timeline.length <= 90 ? timeline.join(' ') : `${timeline.slice(0, 10).join(' ')} … (${timeline.length} s)`} · most in any one second: ${maxInAnySecond}`,
      `  requests inside a 429 window: ${report.requestsInsideRetryWindow} (429s: ${report.tooManyRequests})`,
      `  duplicates: ${report.duplicates} (rows in flight at the kills: ${report.inFlightAtKills.join(', ') || '-'} = ${inFlight}; of them had arrived: ${report.inFlightArrivedAtKills.join(', ') || '-'})${report.duplicatesWithinInFlight ? ' ✓' : ' ✗'}`,
      `  lost: ${lost}${lost ? ' ✗' : ' ✓'} · uncertain: ${uncertain.total}, of which arrived ${uncertain.arrived} (dropped connections: ${report.droppedConnections})`,
      `  blocked ${report.outcomes.blocked} · not found ${report.outcomes.notFound} · migrated ${report.outcomes.migrated} · sent again after kills ${resent}`,
      `  CPU while sending (% of one core): sender ${c?.senderCpuPct}, Bot API server ${c?.serverCpuPct}, bench + database ${c?.benchAndDatabaseCpuPct}; RSS MB: sender ${report.senderPeakRssMb}, server ${report.serverRssMb}, bench ${report.benchAndDatabaseRssMb}; load ${report.loadavg.join(' ')}`,
    ].join('\n'),
  );
  await server.call('close');
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
