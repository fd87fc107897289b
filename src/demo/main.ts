// `npm run demo`: the real bot (src/main.ts, a child process) against the local Bot API server, and
// a chat in the terminal. No bot token and no network needed. With stdin not a terminal it reads
// one line after another, prints the bot's replies and exits at the end (for scripts and tests).
//
// Environment: DEMO_DATA_DIR (default ./data/demo), DEMO_PORT (default: a free port),
// DEMO_LOG_LEVEL (the bot's LOG_LEVEL, default warn), DEMO_REPLY_TIMEOUT_MS (scripted mode, 20000),
// DEMO_READY_TIMEOUT_MS (how long the bot may take to start, 180000).
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_TOKEN, startBotApiServer } from './bot-api-server.js';
import { COMMUNITY, DEMO_HELP, DEMO_OWNER_ID, TerminalChat } from './terminal.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAFF_CHAT_ID = -1009001000001;
const env = process.env;
const replyTimeoutMs = Number(env.DEMO_REPLY_TIMEOUT_MS ?? 20_000);
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

const server = await startBotApiServer({ port: Number(env.DEMO_PORT ?? 0) });
server.addGroup({ id: STAFF_CHAT_ID, type: 'supergroup', title: 'Staff desk', is_forum: true });
server.addGroup(COMMUNITY);

let rl: readline.Interface | undefined;
/** Prints a line; in a terminal above the prompt, so typing is not disturbed. */
function out(line: string) {
  if (interactive && rl) {
    readline.clearLine(process.stdout, 0);
    readline.cursorTo(process.stdout, 0);
    process.stdout.write(`${line}\n`);
    rl.prompt(true);
  } else process.stdout.write(`${line}\n`);
}
const chat = new TerminalChat(server, out);

// The real bot, in this process tree: node with tsx's loader, killed when the demo ends.
const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/demo/exit-with-parent.ts', 'src/main.ts'], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  env: {
    ...env,
    BOT_TOKEN: DEMO_TOKEN,
    TELEGRAM_API_ROOT: server.apiRoot,
    BOT_MODE: 'polling',
    BOT_OWNERS: String(DEMO_OWNER_ID),
    DATA_DIR: env.DEMO_DATA_DIR ?? './data/demo',
    DATABASE_URL: '', // the demo always uses its own embedded database
    SET_COMMANDS: 'true',
    LOG_LEVEL: env.DEMO_LOG_LEVEL ?? 'warn',
    HTTP_PORT: '0',
    WEBHOOK_URL: '',
    WEBHOOK_SECRET: '',
    STAFF_CHAT_ID: String(STAFF_CHAT_ID),
  },
});
const exited = new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
process.on('exit', () => {
  if (child.exitCode === null) child.kill('SIGKILL');
});
// The bot's log lines (pino JSON) go to stderr, so stdout carries only the chat.
for (const stream of [child.stdout!, child.stderr!]) {
  readline.createInterface({ input: stream }).on('line', (line) => {
    let text = line;
    try {
      const j = JSON.parse(line) as { msg?: string; level?: number; err?: { message?: string } };
      text = `${j.msg ?? ''}${j.err?.message ? `: ${j.err.message}` : ''}`;
    } catch {
      /* not JSON: as is */
    }
    process.stderr.write(`[bot] ${text}\n`);
  });
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    rl?.close();
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), delay(15_000).then(() => false)]);
      if (!done) child.kill('SIGKILL');
    }
    await server.close();
    process.exit(code);
  }
  return new Promise<never>(() => {});
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

process.stderr.write(`Local Bot API server on ${server.apiRoot}; starting the bot (the first start creates its database in ${env.DEMO_DATA_DIR ?? './data/demo'})…\n`);
const ready = await Promise.race([
  server.waitFor(() => server.stats().byMethod.getUpdates, Number(env.DEMO_READY_TIMEOUT_MS ?? 180_000)).then(() => true, () => false),
  exited.then(() => false),
]);
if (!ready) {
  process.stderr.write(child.exitCode !== null ? `The bot stopped (exit code ${child.exitCode}) before it was ready.\n` : 'The bot did not start in time.\n');
  await shutdown(1);
}
exited.then((code) => {
  if (!stopping) {
    process.stderr.write(`The bot stopped (exit code ${code}).\n`);
    void shutdown(1);
  }
});

if (interactive) {
  out(`The bot is running. You are ${chat.current.user.first_name}, a member; try /start.\n${DEMO_HELP}`);
  rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: chat.prompt });
  rl.on('SIGINT', () => void shutdown(0));
  rl.on('close', () => void shutdown(0));
  rl.on('line', (line) => {
    if (chat.line(line) === 'quit') return void shutdown(0);
    rl!.setPrompt(chat.prompt);
    rl!.prompt();
  });
  rl.prompt();
} else {
  // Scripted: each line, then the replies until the bot has been quiet for a moment.
  const input = readline.createInterface({ input: process.stdin });
  for await (const line of input) {
    if (!line.trim()) continue;
    out(`${chat.prompt}${line}`);
    const before = chat.activity;
    const r = chat.line(line);
    if (r === 'quit') break;
    if (r === 'sent') await settle(before);
  }
  await shutdown(0);
}

/** Waits for the first reply (up to the timeout), then until nothing new came for 500 ms. */
async function settle(before: number) {
  const first = await server.waitFor(() => chat.activity > before, replyTimeoutMs).then(() => true, () => false);
  if (!first) return out(`(no reply within ${replyTimeoutMs} ms)`);
  let seen = chat.activity;
  for (;;) {
    await delay(500);
    if (chat.activity === seen) return;
    seen = chat.activity;
  }
}
