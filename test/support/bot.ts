import pino from 'pino';
import { createConfig, type Config, type RawEnv } from '../../src/config.js';
import { createBot } from '../../src/bot/create-bot.js';
import type { Deps } from '../../src/bot/context.js';
import type { Feature } from '../../src/bot/feature.js';
import type { Database } from '../../src/db/client.js';
import { createServices, type Services } from '../../src/services.js';
import { createFakeApi, BOT_INFO } from './fake-api.js';
import type { Update } from 'grammy/types';

export const TEST_TOKEN = '123456789:AAH-test-token-which-is-long-enough';

export function testConfig(env: RawEnv = {}): Config {
  return createConfig({ BOT_TOKEN: TEST_TOKEN, BOT_OWNERS: '9001', LOG_LEVEL: 'silent', ...env });
}

export interface TestBotOptions {
  env?: RawEnv;
  features?: (deps: Deps) => Feature[];
  services?: (services: Services, deps: Omit<Deps, 'services'>) => void;
  now?: () => Date;
}

/**
 * The production bot (createBot) on a test database, talking to a fake Bot API.
 * `send(update)` drives it exactly as Telegram would.
 */
export function createTestBot(db: Database, opts: TestBotOptions = {}) {
  const config = testConfig(opts.env);
  const logger = pino({ level: 'silent' });
  const now = opts.now ?? (() => new Date());
  const services = createServices(db.prisma, config, logger, { now });
  const deps: Deps = { config, logger, prisma: db.prisma, services, now };
  opts.services?.(services, deps);
  const api = createFakeApi();
  const { bot, features } = createBot({
    token: TEST_TOKEN,
    deps,
    botInfo: BOT_INFO,
    transformers: [api.transformer],
    features: opts.features?.(deps),
    autoRetry: false,
  });
  return {
    bot,
    api,
    deps,
    features,
    services,
    send: (u: Update) => bot.handleUpdate(u),
  };
}
