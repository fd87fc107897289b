import { run, type RunnerHandle } from '@grammyjs/runner';
import type { UserFromGetMe } from 'grammy/types';
import type { Transformer } from 'grammy';
import { LOCALES, type Config } from './config.js';
import type { Logger } from './logger.js';
import { openDatabase, type Database } from './db/client.js';
import { applyMigrations } from './db/migrations.js';
import { createServices } from './services.js';
import { createBot } from './bot/create-bot.js';
import type { Deps } from './bot/context.js';
import { i18n } from './bot/i18n.js';
import type { Feature } from './bot/feature.js';
import { capabilities, type Stoppable } from './capabilities.js';
import { createHttpServer } from './server/http.js';

export interface AppOptions {
  botInfo?: UserFromGetMe;
  transformers?: Transformer[];
  now?: () => Date;
  /** Features beyond the registered capabilities (tests). */
  features?: Feature[];
}

/**
 * The composition root: database (migrated) → services → bot → jobs → updates (polling or webhook).
 * `start()` returns once updates flow; `stop()` is the graceful shutdown.
 */
export async function createApp(config: Config, logger: Logger, opts: AppOptions = {}) {
  const startedAt = Date.now();
  const db: Database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  if (db.kind === 'embedded' && !db.owner) {
    await db.close();
    throw new Error(`another process is running the bot on ${config.dataDir}: stop it first (or use DATABASE_URL for several processes)`);
  }
  try {
    const applied = await applyMigrations(db.adapter);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  } catch (err) {
    await db.close();
    throw err;
  }
  const services = createServices(db.prisma, config, logger);
  const deps: Deps = { config, logger, prisma: db.prisma, services, now: opts.now ?? (() => new Date()) };
  const { bot, features, idle } = createBot({
    token: config.botToken!,
    deps,
    botInfo: opts.botInfo,
    transformers: opts.transformers,
    features: [...capabilities.flatMap((c) => c.features?.(deps) ?? []), ...(opts.features ?? [])],
  });

  let runner: RunnerHandle | undefined;
  let http: ReturnType<typeof createHttpServer> | undefined;
  let jobs: Stoppable[] = [];
  let stopping: Promise<void> | undefined;

  async function setCommands() {
    const specs = features.flatMap((f) => f.commands ?? []).filter((c) => !c.roles);
    for (const locale of LOCALES) {
      const commands = specs.map((c) => ({ command: c.command, description: i18n().t(locale, c.descriptionKey) }));
      await bot.api.setMyCommands(commands, locale === 'en' ? {} : { language_code: locale });
      if (locale === 'zh') await bot.api.setMyCommands(commands, { language_code: 'zh-hans' as never }).catch(() => {});
    }
  }

  return {
    bot,
    db,
    deps,
    features,
    /** Port of the HTTP server (health, webhook). */
    port: 0,
    async start() {
      await bot.init();
      if (config.setCommands) await setCommands().catch((err) => logger.warn({ err }, 'could not set the command list'));
      jobs = capabilities.flatMap((c) => c.jobs?.(deps, bot.api) ?? []);
      const health = () => ({ mode: config.botMode, uptime_s: Math.round((Date.now() - startedAt) / 1000) });
      if (config.botMode === 'webhook') {
        const path = `/telegram/${bot.botInfo.id}`;
        http = createHttpServer({ host: config.httpHost, port: config.httpPort, logger, prisma: db.prisma, health, webhook: { bot, secret: config.webhookSecret!, path } });
        this.port = await http.listen();
        await bot.api.setWebhook(new URL(path, config.webhookUrl).toString(), { secret_token: config.webhookSecret, allowed_updates: ALLOWED_UPDATES });
      } else {
        http = createHttpServer({ host: config.httpHost, port: config.httpPort, logger, prisma: db.prisma, health });
        this.port = await http.listen();
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
      }
      logger.info({ mode: config.botMode, bot: bot.botInfo.username, db: db.kind, ms_to_ready: Date.now() - startedAt, port: this.port }, 'bot started');
    },
    /** Stop taking updates, finish those in flight, stop jobs, close the database. */
    stop(): Promise<void> {
      stopping ??= (async () => {
        if (runner?.isRunning()) await runner.stop();
        await http?.close();
        await idle();
        for (const j of jobs) await j.stop();
        await db.close();
        logger.info('bot stopped');
      })();
      return stopping;
    },
  };
}

export type App = Awaited<ReturnType<typeof createApp>>;

export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'inline_query',
  'chosen_inline_result',
  'my_chat_member',
  'chat_member',
  'channel_post',
  'message_reaction',
] as const;
