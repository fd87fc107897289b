import { Bot, Composer, GrammyError, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import type { BotContext, Deps } from './context.js';
import type { Feature } from './feature.js';
import { i18n } from './i18n.js';
import { coreFeature } from '../core/bot.js';
import { accessFeature } from '../access/bot.js';
import { unhandledFeature } from '../core/unhandled.js';

export interface CreateBotOptions {
  token: string;
  deps: Deps;
  /** Known bot identity: no getMe call at start (tests, benchmarks, fast restarts). */
  botInfo?: UserFromGetMe;
  /** A Bot API server other than Telegram's (local Bot API server, the demo, tests). */
  apiRoot?: string;
  /** API transformers installed before auto-retry (tests install the fake Bot API here). */
  transformers?: Transformer[];
  /** Capabilities beyond the foundation's own. */
  features?: Feature[];
  /** Retries of 429s and server errors for ordinary replies (mass messages use the delivery pipe). */
  autoRetry?: boolean;
}

/** Update → chat key: updates of one chat are handled in order, chats in parallel. */
export function chatKey(ctx: { chat?: { id: number }; from?: { id: number } }): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

/**
 * Builds the bot, not started, so tests and benchmarks drive exactly what production runs.
 */
export function createBot(opts: CreateBotOptions): { bot: Bot<BotContext>; features: Feature[]; idle(): Promise<void> } {
  const { deps } = opts;
  const bot = new Bot<BotContext>(opts.token, {
    botInfo: opts.botInfo,
    client: { apiRoot: opts.apiRoot ?? deps.config.apiRoot },
  });
  for (const t of opts.transformers ?? []) bot.api.config.use(t);
  // The bot's 429 gate, next to the network: after a 429 every request waits (delivery/pace.ts).
  if (deps.services.delivery) bot.api.config.use(deps.services.delivery.gate.transformer);
  if (opts.autoRetry !== false) {
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  }
  bot.api.config.use(markBlockedOn403(deps));

  const core = coreFeature();
  const features: Feature[] = [core, accessFeature(), ...(opts.features ?? [])];
  core.bind(features);

  // Updates being handled, so that shutdown can wait for them (the runner's stop does not).
  const inFlight = new Set<Promise<unknown>>();
  bot.use(async (_ctx, next) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  bot.use(sequentialize(chatKey));
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.logger = deps.logger.child({ update_id: ctx.update.update_id });
    ctx.roles = new Set();
    await next();
  });
  bot.on('my_chat_member', async (ctx, next) => {
    if (ctx.chat.type === 'private') {
      const status = ctx.myChatMember.new_chat_member.status;
      await deps.services.members.setBlocked(BigInt(ctx.chat.id), status === 'kicked');
    }
    await next();
  });
  bot.use(
    limit({
      timeFrame: deps.config.memberRateWindowMs,
      limit: deps.config.memberRateLimit,
      keyGenerator: (ctx) => (ctx.chat?.type === 'private' || ctx.callbackQuery ? ctx.from?.id.toString() : undefined),
      onLimitExceeded: async (ctx) => {
        ctx.logger?.info({ from: ctx.from?.id }, 'rate limit exceeded');
        if (ctx.chat?.type === 'private') await ctx.reply(i18n().t(ctx.from?.language_code ?? 'en', 'rate-limited')).catch(() => {});
      },
    }),
  );
  bot.use(async (ctx, next) => {
    if (ctx.from && !ctx.from.is_bot) {
      // A message in the private chat proves the bot is not blocked; a my_chat_member update decides it itself.
      const privateChat = ctx.chat?.type === 'private' && !ctx.myChatMember;
      ctx.member = await deps.services.members.seen(ctx.from, { privateChat });
      ctx.roles = await deps.services.access.rolesOf(BigInt(ctx.from.id));
    }
    await next();
  });
  bot.use(i18n());
  bot.errorBoundary(async (err) => {
    const ctx = err.ctx;
    ctx.logger.error({ err: err.error, update_id: ctx.update.update_id }, 'handler failed');
    if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('error-generic')).catch(() => {});
    else if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('error-generic') }).catch(() => {});
  }).use(...features.map((f) => f.composer), unhandledFeature(features).composer);

  bot.catch((err) => {
    deps.logger.error({ err: err.error, update_id: err.ctx.update.update_id }, 'update failed outside the error boundary');
  });
  return {
    bot,
    features,
    /** Resolves when every update being handled now has finished. */
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}

/** A 403 from a private chat means the member blocked the bot or was deactivated: remember it. */
function markBlockedOn403(deps: Deps): Transformer {
  return async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (!res.ok && res.error_code === 403) {
      const chatId = (payload as { chat_id?: number | string }).chat_id;
      if (typeof chatId === 'number' && chatId > 0) {
        await deps.services.members.setBlocked(BigInt(chatId), true).catch((e) => deps.logger.warn({ err: e }, 'could not mark member blocked'));
      }
    }
    return res;
  };
}

export { Composer, GrammyError };
