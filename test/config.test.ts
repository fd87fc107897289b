import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, createConfig } from '../src/config.js';

const TOKEN = '123456789:AAH-test-token-which-is-long-enough';

function problems(env: Record<string, string>, opts?: { requireToken?: boolean }) {
  try {
    createConfig(env, opts);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('has safe defaults: polling, embedded database in ./data, English', () => {
    const c = createConfig({ BOT_TOKEN: TOKEN });
    expect(c).toMatchObject({ botMode: 'polling', dataDir: './data', defaultLocale: 'en', apiRoot: 'https://api.telegram.org', owners: [], databaseUrl: undefined });
  });

  it('reads owners as BigInt Telegram ids', () => {
    expect(createConfig({ BOT_TOKEN: TOKEN, BOT_OWNERS: '9001, 5000000000000' }).owners).toEqual([9001n, 5000000000000n]);
  });

  it('a missing token is one clear line', () => {
    expect(problems({})).toEqual([expect.stringMatching(/^BOT_TOKEN is missing/)]);
  });

  it('the CLI does not need a token', () => {
    expect(problems({}, { requireToken: false })).toEqual([]);
  });

  it('reports every bad variable, one line each, naming it', () => {
    const p = problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'push', BOT_OWNERS: '12,abc', DATABASE_URL: 'mysql://x', HTTP_PORT: '99999', DEFAULT_LOCALE: 'fr' });
    expect(p).toHaveLength(5);
    expect(p.join('\n')).toMatch(/^BOT_MODE must be polling or webhook$/m);
    expect(p.join('\n')).toMatch(/^BOT_OWNERS .*numeric Telegram id$/m);
    expect(p.join('\n')).toMatch(/^DATABASE_URL must start with postgresql:\/\/$/m);
    expect(p.join('\n')).toMatch(/^HTTP_PORT must be at most 65535$/m);
    expect(p.join('\n')).toMatch(/^DEFAULT_LOCALE must be one of en, de, zh$/m);
  });

  it('never echoes the value of a bad token', () => {
    const p = problems({ BOT_TOKEN: 'secret-garbage-value' });
    expect(p).toEqual(['BOT_TOKEN does not look like a bot token from @BotFather']);
    expect(p.join('')).not.toContain('secret-garbage-value');
  });

  it('webhook mode needs a URL and a secret', () => {
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' })).toEqual([
      'WEBHOOK_URL is required when BOT_MODE=webhook',
      'WEBHOOK_SECRET is required when BOT_MODE=webhook',
    ]);
    expect(problems({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'http://x.example', WEBHOOK_SECRET: 'short' })).toHaveLength(2);
  });

  it('`npm start` without a token prints one line about BOT_TOKEN and exits 2, no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DOTENV_CONFIG_PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BOT_TOKEN is missing');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
