import { InlineKeyboard, type Middleware } from 'grammy';
import type { Conversation, ConversationFlavor } from '@grammyjs/conversations';
import type { BotContext, Deps } from '../bot/context.js';
import { i18n } from '../bot/i18n.js';
import { LOCALES } from '../config.js';
import { notifyApprovers } from '../access/approvals-bot.js';
import { DIRECTIONS, STATES, type ChangePayload, type Direction, type State, type Texts, normalizeSymbol } from './model.js';
import { StatusError } from './service.js';

type Outer = ConversationFlavor<BotContext>;
type Conv = Conversation<Outer, BotContext>;

/** Inside a conversation each update gets a fresh context: give it deps, roles, member and i18n again. */
export function flowPlugins(deps: Deps): Middleware<BotContext>[] {
  return [
    async (ctx, next) => {
      ctx.deps = deps;
      ctx.logger = deps.logger;
      ctx.roles = new Set();
      if (ctx.from) ctx.member = (await deps.services.members.get(BigInt(ctx.from.id))) ?? undefined;
      await next();
    },
    i18n(),
  ];
}

const CANCEL = 'ss:x';
const REMINDER_CHOICES = [60, 180, 360];
class Cancelled extends Error {}

/**
 * /setstatus: asset → withdrawals/deposits → state (or an update only) → text per language →
 * preview of exactly what members get and how many → submit for approval. Database work runs in
 * `conversation.external` so replays of the conversation never repeat it.
 */
export function setStatusFlow(deps: Deps) {
  const { status } = deps.services;

  return async function setstatus(conversation: Conv, ctx: BotContext, symbolArg?: string) {
    // Bot API calls go through the outer context's api inside `external`: it carries the bot's
    // transformers (auto-retry, blocked-member marking, a test's fake API), and a replay never
    // sends a message twice.
    const chatId = ctx.chat!.id;
    const say = (text: string, other: Parameters<BotContext['reply']>[1] = {}) =>
      conversation.external((outer) => outer.api.sendMessage(chatId, text, other).then(() => undefined));
    const ack = (c: BotContext) => {
      const id = c.callbackQuery?.id;
      return id ? conversation.external((outer) => outer.api.answerCallbackQuery(id).then(() => undefined)) : Promise.resolve();
    };
    const cancelKb = () => new InlineKeyboard().text(ctx.t('status-flow-cancel'), CANCEL);

    /** Waits for a button matching `re` (or a text when `text` is set); /cancel and Cancel end the flow. */
    async function next(re: RegExp | null, opts: { text?: boolean } = {}): Promise<{ data?: string; text?: string }> {
      for (;;) {
        const c = await conversation.wait();
        const data = c.callbackQuery?.data;
        const text = c.message?.text;
        if (data === CANCEL || text === '/cancel') {
          await ack(c);
          throw new Cancelled();
        }
        if (data && re?.test(data)) {
          await ack(c);
          return { data };
        }
        if (opts.text && text && !text.startsWith('/')) return { text };
        await ack(c);
        await say(c.t('status-flow-text-expected'));
      }
    }

    try {
      const actor = { id: BigInt(ctx.from!.id), via: 'telegram' as const };
      let symbol = symbolArg ? normalizeSymbol(symbolArg) : undefined;
      if (symbolArg && !symbol) return say(ctx.t('status-error-symbol', { value: symbolArg }));
      if (!symbol) {
        const known = await conversation.external(() => status.knownAssets());
        if (!known.length) return say(ctx.t('status-flow-no-assets'));
        const kb = new InlineKeyboard();
        known.forEach((s, i) => (kb.text(s, `ss:a:${s}`), i % 4 === 3 && kb.row()));
        await say(ctx.t('status-flow-pick-asset'), { reply_markup: kb.row().text(ctx.t('status-flow-cancel'), CANCEL) });
        symbol = (await next(/^ss:a:/)).data!.slice(5);
      } else if (!(await conversation.external(async () => !!(await status.asset(symbol!))))) {
        // A state set on an unknown asset asks to add it.
        await say(ctx.t('status-flow-ask-name', { symbol }), { reply_markup: cancelKb() });
        const name = (await next(null, { text: true })).text!;
        await conversation.external(() => status.addAsset(actor, symbol!, name).then(() => true));
        await say(ctx.t('status-asset-added', { symbol, name }));
      }

      const dkb = new InlineKeyboard();
      for (const d of DIRECTIONS) dkb.text(ctx.t(`status-direction-${d}`), `ss:d:${d}`);
      await say(ctx.t('status-flow-pick-direction', { symbol }), { reply_markup: dkb.row().text(ctx.t('status-flow-cancel'), CANCEL) });
      const direction = (await next(/^ss:d:/)).data!.slice(5) as Direction;

      const current = await conversation.external(async () => (await status.asset(symbol!))![direction]);
      const skb = new InlineKeyboard();
      STATES.forEach((s, i) => (skb.text(ctx.t(`status-state-${s}`), `ss:s:${s}`), i % 2 === 1 && skb.row()));
      skb.text(ctx.t('status-flow-update-only'), 'ss:s:none').row().text(ctx.t('status-flow-cancel'), CANCEL);
      await say(ctx.t('status-flow-pick-state', { symbol, direction: ctx.t(`status-direction-${direction}`), current: ctx.t(`status-state-${current}`) }), { reply_markup: skb });
      const picked = (await next(/^ss:s:/)).data!.slice(5);
      const state = picked === 'none' ? null : (picked as State);

      await say(ctx.t('status-flow-ask-en'), { reply_markup: cancelKb() });
      const texts: Texts = { en: (await next(null, { text: true })).text! };
      for (const l of LOCALES.filter((x) => x !== 'en')) {
        await say(ctx.t(`status-flow-ask-${l}`), { reply_markup: new InlineKeyboard().text(ctx.t('status-flow-skip'), 'ss:skip').text(ctx.t('status-flow-cancel'), CANCEL) });
        const got = await next(/^ss:skip$/, { text: true });
        if (got.text) texts[l] = got.text.trim();
      }

      // While paused, members hear "still paused since …" at a cadence staff choose here.
      let reminderMinutes: number | null | undefined;
      if (state === 'paused') {
        const rkb = new InlineKeyboard();
        for (const m of REMINDER_CHOICES) rkb.text(ctx.t('status-flow-remind-every', { hours: m / 60 }), `ss:r:${m}`);
        rkb.row().text(ctx.t('status-flow-remind-none'), 'ss:r:0').text(ctx.t('status-flow-cancel'), CANCEL);
        await say(ctx.t('status-flow-ask-reminder', { min: deps.config.status.reminderMinIntervalMinutes }), { reply_markup: rkb });
        const m = Number((await next(/^ss:r:\d+$/)).data!.slice(5));
        reminderMinutes = m === 0 ? null : m;
      }

      const payload = await conversation.external(async () => {
        try {
          return { ok: await status.validate({ symbol: symbol!, direction, state, texts, reminderMinutes }) };
        } catch (err) {
          if (err instanceof StatusError) return { error: { key: err.key, vars: err.vars } };
          throw err;
        }
      });
      if (!payload.ok) return say(ctx.t(payload.error!.key, payload.error!.vars));
      const preview = await conversation.external(() => status.preview(payload.ok as ChangePayload));
      const parts = [ctx.t('status-flow-preview-title', { total: preview.total })];
      for (const l of LOCALES) parts.push(`${ctx.t('status-flow-preview-lang', { lang: l, count: preview.counts[l] })}\n${preview.texts[l]}`);
      await say(parts.join('\n\n'), {
        parse_mode: 'HTML',
        reply_markup: new InlineKeyboard().text(ctx.t('status-flow-submit'), 'ss:go').text(ctx.t('status-flow-cancel'), CANCEL),
      });
      await next(/^ss:go$/);

      const id = await conversation.external(async (outer) => {
        const req = await status.requestChange(actor, payload.ok as ChangePayload);
        await notifyApprovers(outer.api, deps, req);
        return req.id;
      });
      await say(ctx.t('status-flow-submitted', { id }));
    } catch (err) {
      if (err instanceof Cancelled) {
        await say(ctx.t('status-flow-cancelled'));
        return;
      }
      throw err;
    }
  };
}
