import { Composer } from 'grammy';
import type { BotContext } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';

/** Last in the chain: an unknown command in a private chat gets a pointer to /help; stale buttons are answered. */
export function unhandledFeature(_features: Feature[]): Feature {
  const composer = new Composer<BotContext>();
  composer.chatType('private').on('message:text', async (ctx) => {
    if (ctx.message.text.startsWith('/')) await ctx.reply(ctx.t('unknown-command'));
  });
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return { name: 'unhandled', composer };
}
