import { InlineKeyboard, type Composer } from 'grammy';
import type { BotContext } from '../bot/context.js';
import type { CommandSpec } from '../bot/feature.js';
import { actorOf, requireRole } from '../access/guard.js';
import { escapeHtml } from '../access/bot.js';
import { UncertainError } from './uncertain.js';

const ERROR_KEYS: Record<UncertainError['code'], string> = {
  not_found: 'broadcast-not-found',
  not_allowed: 'access-denied',
  cancelled: 'broadcast-uncertain-cancelled',
  none: 'broadcast-uncertain-none',
  changed: 'broadcast-uncertain-changed',
};

async function explain(ctx: BotContext, err: unknown, id: number) {
  if (!(err instanceof UncertainError)) throw err;
  const text = ctx.t(ERROR_KEYS[err.code], { id });
  if (ctx.callbackQuery) await ctx.editMessageText(text).catch(() => ctx.reply(text));
  else await ctx.reply(text);
}

/**
 * /broadcast_uncertain ID: the messages that may or may not have arrived, and a button to send
 * them again, behind a confirmation (they may become duplicates). Admins and owners only.
 */
export function registerUncertain(composer: Composer<BotContext>): CommandSpec {
  const staff = requireRole('admin');

  composer.command('broadcast_uncertain', staff, async (ctx) => {
    const m = /^\s*#?(\d{1,9})\s*$/.exec(ctx.match);
    if (!m) return ctx.reply(ctx.t('broadcast-id-usage', { command: 'broadcast_uncertain' }));
    const id = Number(m[1]);
    try {
      const { count, rows } = await ctx.deps.services.delivery.uncertain.list(id);
      if (!count) return ctx.reply(ctx.t('broadcast-uncertain-none', { id }));
      const lines = rows.map((r) => ctx.t('broadcast-uncertain-line', { chat: r.chatId.toString(), op: r.op, error: escapeHtml((r.lastError ?? '').slice(0, 120)) }));
      const more = count > rows.length ? `\n${ctx.t('broadcast-uncertain-more', { more: count - rows.length })}` : '';
      const kb = new InlineKeyboard().text(ctx.t('broadcast-uncertain-btn-resend', { count }), `bu:ask:${id}:${count}`);
      await ctx.reply(`${ctx.t('broadcast-uncertain-title', { id, count })}\n${lines.join('\n')}${more}`, { parse_mode: 'HTML', reply_markup: kb });
    } catch (err) {
      await explain(ctx, err, id);
    }
  });

  composer.callbackQuery(/^bu:ask:(\d{1,9}):(\d{1,9})$/, staff, async (ctx) => {
    const [id, count] = [Number(ctx.match[1]), Number(ctx.match[2])];
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard().text(ctx.t('broadcast-uncertain-btn-yes', { count }), `bu:yes:${id}:${count}`).text(ctx.t('broadcast-uncertain-btn-no'), `bu:no:${id}`);
    await ctx.reply(ctx.t('broadcast-uncertain-confirm', { id, count }), { reply_markup: kb });
  });

  composer.callbackQuery(/^bu:yes:(\d{1,9}):(\d{1,9})$/, staff, async (ctx) => {
    const [id, count] = [Number(ctx.match[1]), Number(ctx.match[2])];
    await ctx.answerCallbackQuery();
    try {
      const n = await ctx.deps.services.delivery.uncertain.resend(actorOf(ctx), id, count);
      await ctx.editMessageText(ctx.t('broadcast-uncertain-requeued', { id, count: n }));
    } catch (err) {
      await explain(ctx, err, id);
    }
  });

  composer.callbackQuery(/^bu:no:(\d{1,9})$/, staff, async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('broadcast-uncertain-kept', { id: Number(ctx.match[1]) }));
  });

  return { command: 'broadcast_uncertain', descriptionKey: 'broadcast-cmd-uncertain', roles: ['admin'] };
}
