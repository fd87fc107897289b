import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotApiServer, DEMO_TOKEN, type BotApiServer } from '../../src/demo/bot-api-server.js';
import { i18n } from '../../src/bot/i18n.js';
import { alice } from '../support/updates.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const buttonData = (markup: any): string[] => (markup?.inline_keyboard ?? []).flat().map((b: any) => b.callback_data);

/** The real bot process (what `npm start` runs) against the local server, on an embedded database. */
function spawnBot(server: BotApiServer, dataDir: string) {
  // node with tsx's loader = `tsx src/main.ts` without the tsx wrapper process, so the signal and
  // the exit code are the bot's own.
  // exit-with-parent: should this test's worker die, the bot stops instead of polling forever.
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
      SET_COMMANDS: 'true',
      LOG_LEVEL: 'warn',
      HTTP_PORT: '0',
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => output };
}

let server: BotApiServer;
let dataDir: string;
let bot: ReturnType<typeof spawnBot>;

beforeAll(async () => {
  server = await startBotApiServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'bot-e2e-'));
  bot = spawnBot(server, dataDir);
  // Ready when it long-polls; a bot that dies first fails here with its output.
  const ready = await Promise.race([
    server.waitFor(() => server.stats().byMethod.getUpdates, 270_000).then(() => 'ready'),
    bot.exited.then((e) => `exited with ${e.code ?? e.signal}`),
  ]);
  if (ready !== 'ready') throw new Error(`bot process ${ready}:\n${bot.output()}`);
}, 300_000);

afterAll(async () => {
  if (bot?.child.exitCode === null) bot.child.kill('SIGKILL');
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the real bot process over HTTP', () => {
  it('sets the command lists in every language', () => {
    expect(server.commands('')?.map((c: any) => c.command)).toEqual(expect.arrayContaining(['start', 'help', 'language']));
    expect(server.commands('de')).toEqual(expect.arrayContaining([{ command: 'help', description: t('de', 'cmd-help') }]));
  });

  it('answers /start with the welcome and the menu, and changes the language by button', async () => {
    const { message } = server.sendFromUser(alice, '/start');
    const welcome = await server.nextMessage(alice.id, { after: message.messageId, timeoutMs: 60_000 });
    expect(welcome.text).toBe(t('en', 'start-welcome', { name: 'Alice' }));
    expect(buttonData(welcome.replyMarkup)).toEqual(expect.arrayContaining(['menu:language', 'menu:privacy', 'menu:help']));

    const press = server.pressButton(alice.id, welcome.messageId, 'menu:language');
    const choose = await server.nextMessage(alice.id, { after: welcome.messageId, timeoutMs: 30_000 });
    expect(choose.text).toBe(t('en', 'language-choose'));
    expect(buttonData(choose.replyMarkup)).toEqual(['lang:en', 'lang:de', 'lang:zh']);
    await server.waitFor(() => server.callbackAnswer(press.callbackQueryId), 30_000);

    server.pressButton(alice.id, choose.messageId, 'lang:de');
    const done = await server.nextMessage(alice.id, { after: choose.messageId, timeoutMs: 30_000 });
    expect(done.text).toBe(t('de', 'language-set'));
    expect(server.stats()).toMatchObject({ requestsInsideRetryWindow: 0, duplicates: 0 });
  });

  it('shuts down on SIGTERM with exit code 0 within 10 s', async () => {
    bot.child.kill('SIGTERM');
    const result = await Promise.race([bot.exited, new Promise((r) => setTimeout(() => r('still running after 10 s'), 10_000))]);
    expect(result, bot.output()).toEqual({ code: 0, signal: null });
  }, 20_000);
});
