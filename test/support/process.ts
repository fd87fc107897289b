import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_TOKEN, type BotApiServer } from '../../src/demo/bot-api-server.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The real bot process (what `npm start` runs) against the local Bot API server, on an embedded
 * database in a fresh directory. `env` adds to or overrides the defaults below.
 */
export function spawnBot(server: BotApiServer, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bot-e2e-'));
  // node with tsx's loader = `tsx src/main.ts` without the tsx wrapper process, so the signal and
  // the exit code are the bot's own.
  // exit-with-parent: should the test's worker die, the bot stops instead of polling forever.
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/demo/exit-with-parent.ts', 'src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      BOT_TOKEN: DEMO_TOKEN,
      TELEGRAM_API_ROOT: server.apiRoot,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      BOT_OWNERS: '9001',
      BOT_MODE: 'polling',
      SET_COMMANDS: 'false',
      LOG_LEVEL: 'warn',
      HTTP_PORT: '0',
      OPENAI_API_KEY: '',
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    output: () => output,
    /** Resolves when the bot long-polls the server; fails with the bot's output if it exits first. */
    async ready(timeoutMs = 270_000) {
      const r = await Promise.race([
        server.waitFor(() => server.stats().byMethod.getUpdates, timeoutMs).then(() => 'ready'),
        exited.then((e) => `exited with ${e.code ?? e.signal}`),
      ]);
      if (r !== 'ready') throw new Error(`bot process ${r}:\n${output}`);
    },
    /** Kills the process if it still runs and removes its data directory. */
    cleanUp() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type BotProcess = ReturnType<typeof spawnBot>;
