import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Composer, type Transformer } from 'grammy';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createConfig } from '../src/config.js';
import { createLogger, registerSecret } from '../src/logger.js';
import { openDatabase } from '../src/db/client.js';
import { BOT_INFO, createFakeApi } from './support/fake-api.js';
import { privateText, alice } from './support/updates.js';
import { i18n } from '../src/bot/i18n.js';

const TOKEN = '123456789:AAH-test-token-which-is-long-enough';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'app-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** getUpdates as Telegram long polling does it: queued updates at once, otherwise wait until aborted. */
function polling(updates: unknown[]): Transformer {
  let offset = 0;
  return async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    const batch = updates.slice(offset);
    if (batch.length) {
      offset = updates.length;
      return { ok: true, result: batch } as any;
    }
    await new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      signal?.addEventListener('abort', () => resolve());
      setTimeout(resolve, 2000);
    });
    return { ok: true, result: [] } as any;
  };
}

describe('the app (composition root)', { timeout: 120_000 }, () => {
  it('shutdown waits for the update in flight, then closes the database; the reply is sent', async () => {
    const api = createFakeApi();
    const entered = deferred();
    const release = deferred();
    const slow = new Composer<any>();
    slow.command('slow', async (ctx) => {
      entered.resolve();
      await release.promise;
      await ctx.reply('finished');
    });
    const dataDir = path.join(tmp, 'shutdown');
    const config = createConfig({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir, HTTP_PORT: '0', LOG_LEVEL: 'silent', SET_COMMANDS: 'false' });
    const app = await createApp(config, pino({ level: 'silent' }), {
      botInfo: BOT_INFO,
      transformers: [api.transformer, polling([privateText('/slow', alice)])],
      features: [{ name: 'slow', composer: slow }],
    });
    await app.start();
    await entered.promise;
    let stopped = false;
    const stopping = app.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    expect(api.texts(alice.id)).toContain('finished');
    expect(existsSync(path.join(dataDir, '.server.json'))).toBe(false);
    // The database was closed cleanly and holds the member: it reopens.
    const db = await openDatabase({ dataDir });
    expect(await db.prisma.member.count()).toBe(1);
    await db.close();
  });

  it('webhook mode: checks the secret, handles an update once, serves health', async () => {
    const api = createFakeApi();
    const config = createConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.com',
      WEBHOOK_SECRET: 'a-very-secret-token-123',
      DATA_DIR: path.join(tmp, 'webhook'),
      HTTP_PORT: '0',
      LOG_LEVEL: 'silent',
      SET_COMMANDS: 'false',
    });
    const app = await createApp(config, pino({ level: 'silent' }), { botInfo: BOT_INFO, transformers: [api.transformer] });
    await app.start();
    try {
      expect(api.last('setWebhook')!.payload).toMatchObject({ url: `https://bot.example.com/telegram/${BOT_INFO.id}`, secret_token: 'a-very-secret-token-123' });
      const url = `http://127.0.0.1:${app.port}/telegram/${BOT_INFO.id}`;
      const update = privateText('/help', alice);
      const post = (secret: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(update) });
      expect((await post('wrong-secret-wrong-secret')).status).toBe(401);
      expect(api.texts(alice.id)).toHaveLength(0);
      expect((await post('a-very-secret-token-123')).status).toBe(200);
      expect((await post('a-very-secret-token-123')).status).toBe(200); // Telegram retried it
      expect(api.texts(alice.id)).toHaveLength(1);
      expect(api.texts(alice.id)[0]).toContain(`/start — ${i18n().t('en', 'cmd-start')}`);
      const bad = await fetch(url, { method: 'POST', headers: { 'x-telegram-bot-api-secret-token': 'a-very-secret-token-123' }, body: '{not json' });
      expect(bad.status).toBe(400);
      const health = await fetch(`http://127.0.0.1:${app.port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, db: 'ok', mode: 'webhook' });
    } finally {
      await app.stop();
    }
  });

  it('a second bot process on the same embedded database is refused with a clear error', async () => {
    const dataDir = path.join(tmp, 'twice');
    const config = createConfig({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir, HTTP_PORT: '0', LOG_LEVEL: 'silent', SET_COMMANDS: 'false' });
    const db = await openDatabase({ dataDir });
    // Pretend the server file belongs to another live process (ours is the only one we can vouch for).
    const { writeFileSync, readFileSync } = await import('node:fs');
    const info = JSON.parse(readFileSync(path.join(dataDir, '.server.json'), 'utf8'));
    writeFileSync(path.join(dataDir, '.server.json'), JSON.stringify({ ...info, pid: process.ppid }));
    await expect(createApp(config, pino({ level: 'silent' }), { botInfo: BOT_INFO })).rejects.toThrow(/another process is running the bot/);
    await db.close();
  });
});

describe('command lists', () => {
  it('are published per language, member commands only, in each language', async () => {
    const api = createFakeApi();
    const config = createConfig({ BOT_TOKEN: TOKEN, DATA_DIR: path.join(tmp, 'commands'), HTTP_PORT: '0', LOG_LEVEL: 'silent' });
    const app = await createApp(config, pino({ level: 'silent' }), { botInfo: BOT_INFO, transformers: [api.transformer, polling([])] });
    await app.start();
    await app.stop();
    const calls = api.sent('setMyCommands');
    const byLang = new Map(calls.map((c) => [c.payload.language_code ?? 'default', c.payload.commands as { command: string; description: string }[]]));
    expect([...byLang.keys()]).toEqual(expect.arrayContaining(['default', 'de', 'zh']));
    expect(byLang.get('de')!.find((c) => c.command === 'language')!.description).toBe(i18n().t('de', 'cmd-language'));
    expect(byLang.get('zh')!.find((c) => c.command === 'help')!.description).toBe(i18n().t('zh', 'cmd-help'));
    expect(byLang.get('default')!.map((c) => c.command)).not.toContain('grant');
  });
});

describe('logging', () => {
  it('never writes the bot token, even inside an error message', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) } as any);
    registerSecret(TOKEN);
    logger.error({ err: new Error(`request to https://api.telegram.org/bot${TOKEN}/sendMessage failed`) }, `failed for ${TOKEN}`);
    logger.info({ token: 'abc', url: `https://x/bot987654321:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ/getMe` }, 'x');
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('987654321:ZZZZ');
    expect(all).toContain('[secret]');
    expect(all).toContain('[bot-token]');
  });
});
