// npm run bench:startup [-- --runs 3]
// The real bot process (node + tsx loader + src/main.ts, what `npm start` runs) against the local
// Bot API server: time from spawn to the first update handled (the reply to a /start that is
// waiting when the bot starts), on a new embedded database and on an existing one; then the
// resident memory of the idle bot.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBotApiServer, DEMO_TOKEN } from '../src/demo/bot-api-server.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, idle: { type: 'string', default: '10' } } });
const RUNS = Number(values.runs);
const ROOT = path.resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function rssMiB(pid: number) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function once(dataDir: string, measureIdle: boolean) {
  const server = await startBotApiServer();
  const user = { id: 5550001, is_bot: false, first_name: 'Bench', language_code: 'en' };
  server.addUser(user);
  server.sendFromUser(user, '/start');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, BOT_TOKEN: DEMO_TOKEN, TELEGRAM_API_ROOT: server.apiRoot, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', HTTP_PORT: '0', BOT_MODE: 'polling' },
  });
  await server.nextMessage(user.id, { timeoutMs: 180_000 });
  const ms = performance.now() - t0;
  let rss = NaN;
  if (measureIdle) {
    await new Promise((r) => setTimeout(r, Number(values.idle) * 1000));
    rss = rssMiB(child.pid!);
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await server.close();
  return { ms, rss };
}

const fresh: number[] = [];
const existing: number[] = [];
const rss: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'));
  const a = await once(dir, false);
  const b = await once(dir, true);
  fresh.push(a.ms);
  existing.push(b.ms);
  rss.push(b.rss);
  rmSync(dir, { recursive: true, force: true });
  console.log(`run ${i + 1}: new database ${a.ms.toFixed(0)} ms, existing ${b.ms.toFixed(0)} ms, idle RSS ${b.rss.toFixed(0)} MiB`);
}
console.log(`\nstart → first update handled (median of ${RUNS}): new embedded database ${median(fresh).toFixed(0)} ms, existing ${median(existing).toFixed(0)} ms`);
console.log(`resident memory of the idle bot after ${values.idle} s: ${median(rss).toFixed(0)} MiB (median)`);
