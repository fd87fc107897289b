import { Composer } from 'grammy';
import type { BotContext } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import { actorOf, requireRole } from '../access/guard.js';
import { escapeHtml } from '../access/bot.js';
import { LOCALES } from '../config.js';
import { DeliveryError } from './service.js';
import { progressText, reportText } from './progress.js';
import { registerUncertain } from './uncertain-bot.js';

/**
 * "[en] Hello [de] Hallo [zh] 你好": one text per language. Without markers the whole text is the
 * English one, which every member then gets.
 */
export function parseTexts(body: string): Record<string, string> {
  const parts = body.split(/^\s*\[(en|de|zh)\]\s*$/im);
  if (parts.length === 1) return body.trim() ? { en: body.trim() } : {};
  const out: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) {
    const text = parts[i + 1]!.trim();
    if (text) out[parts[i]!.toLowerCase()] = text;
  }
  return out;
}

function idArg(ctx: BotContext): number | undefined {
  const m = /^\s*#?(\d{1,9})\s*$/.exec(typeof ctx.match === 'string' ? ctx.match : '');
  return m ? Number(m[1]) : undefined;
}

async function explain(ctx: BotContext, err: unknown, id: number) {
  if (!(err instanceof DeliveryError)) throw err;
  const key = {
    not_found: 'broadcast-not-found',
    not_pending: 'broadcast-not-pending',
    finished: 'broadcast-not-pending',
    own_request: 'broadcast-own',
    not_allowed: 'access-denied',
    empty: 'broadcast-empty',
  }[err.code];
  await ctx.reply(ctx.t(key, { id }));
}

/** /broadcast, /broadcast_approve, /broadcast_cancel, /broadcast_progress and the channel registry. */
export function deliveryFeature(): Feature {
  const composer = new Composer<BotContext>();
  const staff = requireRole('admin');
  const uncertainCommand = registerUncertain(composer);

  composer.chatType('private').command('broadcast', staff, async (ctx) => {
    const texts = parseTexts(ctx.match);
    if (!Object.keys(texts).length) return ctx.reply(ctx.t('broadcast-usage'));
    const { delivery } = ctx.deps.services;
    const locale = (await ctx.i18n.getLocale()) ?? 'en';
    try {
      const r = await delivery.request(actorOf(ctx), { texts, progress: { chatId: BigInt(ctx.chat.id), locale } });
      for (const l of LOCALES) {
        if (!texts[l]) continue;
        await ctx.reply(`${ctx.t('broadcast-preview-lang', { lang: l, count: r.perLocale[l] ?? 0 })}\n\n${texts[l]}`, { parse_mode: 'HTML' });
      }
      await ctx.reply(ctx.t('broadcast-preview', { id: r.id, total: r.total, chats: r.chats }));
    } catch (err) {
      await explain(ctx, err, 0);
    }
  });

  composer.command('broadcast_approve', staff, async (ctx) => {
    const id = idArg(ctx);
    if (id === undefined) return ctx.reply(ctx.t('broadcast-id-usage', { command: 'broadcast_approve' }));
    try {
      const r = await ctx.deps.services.delivery.approve(actorOf(ctx), id);
      if (r.executed) await ctx.reply(ctx.t('broadcast-approved', { id }));
      else await ctx.reply(ctx.t('broadcast-approval-recorded', { id, count: r.count, required: r.required, remaining: r.remaining }));
    } catch (err) {
      await explain(ctx, err, id);
    }
  });

  composer.command('broadcast_cancel', staff, async (ctx) => {
    const id = idArg(ctx);
    if (id === undefined) return ctx.reply(ctx.t('broadcast-id-usage', { command: 'broadcast_cancel' }));
    try {
      await ctx.deps.services.delivery.cancel(actorOf(ctx), id);
      await ctx.reply(ctx.t('broadcast-cancelled', { id }));
    } catch (err) {
      await explain(ctx, err, id);
    }
  });

  composer.command('broadcast_progress', staff, async (ctx) => {
    const id = idArg(ctx);
    if (id === undefined) return ctx.reply(ctx.t('broadcast-id-usage', { command: 'broadcast_progress' }));
    const { delivery } = ctx.deps.services;
    try {
      const b = await delivery.get(id);
      const c = await delivery.counts(id);
      const locale = (await ctx.i18n.getLocale()) ?? 'en';
      const rate = ctx.deps.config.delivery.paid ? ctx.deps.config.delivery.paidRate : ctx.deps.config.delivery.rate;
      const seconds = b.startedAt ? ((b.finishedAt ?? ctx.deps.now()).getTime() - b.startedAt.getTime()) / 1000 : 0;
      const text = ['done', 'cancelled'].includes(b.state) ? reportText(locale, b, c, b.state, seconds) : progressText(locale, b, c, c.left / rate);
      await ctx.reply(`${ctx.t('broadcast-state', { id, state: b.state })}\n${text}`);
    } catch (err) {
      await explain(ctx, err, id);
    }
  });

  composer.command('channel_add', staff, async (ctx) => {
    const args = ctx.match.trim().split(/\s+/).filter(Boolean);
    const pin = args.some((a) => a.toLowerCase() === 'pin');
    const locale = args.map((a) => a.toLowerCase()).find((a) => (LOCALES as readonly string[]).includes(a)) ?? 'en';
    const idText = args.find((a) => /^-\d{1,19}$/.test(a));
    let chat: { id: number; type: string; title?: string };
    if (ctx.chat.type === 'group' || ctx.chat.type === 'supergroup') chat = ctx.chat;
    else if (idText) {
      try {
        chat = (await ctx.api.getChat(idText)) as typeof chat;
        const me = await ctx.api.getChatMember(idText, ctx.me.id);
        if (me.status !== 'administrator' && !(me.status === 'member' && chat.type !== 'channel')) {
          return ctx.reply(ctx.t('delivery-chat-not-admin', { id: idText }));
        }
      } catch {
        return ctx.reply(ctx.t('delivery-chat-unknown', { id: idText }));
      }
    } else return ctx.reply(ctx.t('delivery-chat-add-usage'));
    const created = await ctx.deps.services.delivery.chats.add(actorOf(ctx), { chatId: BigInt(chat.id), title: chat.title, type: chat.type, pin, locale });
    await ctx.reply(ctx.t(created ? 'delivery-chat-added' : 'delivery-chat-updated', { id: String(chat.id), title: chat.title ?? String(chat.id) }));
  });

  composer.command('channel_list', staff, async (ctx) => {
    const list = await ctx.deps.services.delivery.chats.list();
    if (!list.length) return ctx.reply(ctx.t('delivery-chat-list-empty'));
    const lines = list.map((c) => ctx.t('delivery-chat-line', { id: String(c.chatId), title: escapeHtml(c.title ?? ''), type: c.type, locale: c.locale, pin: c.pin ? '📌' : '' }));
    await ctx.reply(`${ctx.t('delivery-chat-list-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  composer.command('channel_remove', staff, async (ctx) => {
    const arg = ctx.match.trim();
    const id = /^-\d{1,19}$/.test(arg) ? arg : ctx.chat.type !== 'private' && !arg ? String(ctx.chat.id) : undefined;
    if (!id) return ctx.reply(ctx.t('delivery-chat-remove-usage'));
    const removed = await ctx.deps.services.delivery.chats.remove(actorOf(ctx), BigInt(id));
    await ctx.reply(ctx.t(removed ? 'delivery-chat-removed' : 'delivery-chat-not-registered', { id }));
  });

  return {
    name: 'delivery',
    composer,
    commands: [
      { command: 'broadcast', descriptionKey: 'broadcast-cmd', roles: ['admin'] },
      { command: 'broadcast_approve', descriptionKey: 'broadcast-cmd-approve', roles: ['admin'] },
      { command: 'broadcast_cancel', descriptionKey: 'broadcast-cmd-cancel', roles: ['admin'] },
      { command: 'broadcast_progress', descriptionKey: 'broadcast-cmd-progress', roles: ['admin'] },
      uncertainCommand,
      { command: 'channel_add', descriptionKey: 'delivery-cmd-channel-add', roles: ['admin'] },
      { command: 'channel_list', descriptionKey: 'delivery-cmd-channel-list', roles: ['admin'] },
      { command: 'channel_remove', descriptionKey: 'delivery-cmd-channel-remove', roles: ['admin'] },
    ],
  };
}
