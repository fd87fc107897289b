import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { escapeHtml } from '../access/bot.js';
import { t, toLocale } from '../bot/i18n.js';
import { amaRuntime, askerLabel } from './runtime.js';

const ASK_WINDOW_MS = 10 * 60_000;

function localeOf(ctx: BotContext) {
  return toLocale(ctx.member?.locale ?? ctx.from?.language_code, ctx.deps.config.defaultLocale);
}

/** Submits a question and tells the member (privately, or in the group when asked there). */
async function submit(ctx: BotContext, text: string, anonymous: boolean) {
  const { ama } = ctx.deps.services;
  const rt = amaRuntime(ctx.deps);
  const inGroup = ctx.chat?.type !== 'private';
  const session = await ama.sessions.current(inGroup ? BigInt(ctx.chat!.id) : undefined);
  const locale = localeOf(ctx);
  const res = await ama.questions.submit(session, { id: BigInt(ctx.from!.id), name: ctx.from!.first_name ?? null, locale, anonymous }, text);
  const say = (key: string, vars?: Record<string, string | number>) =>
    inGroup ? rt.tell(BigInt(ctx.from!.id), ctx.t(key, vars)) : ctx.reply(ctx.t(key, vars), { parse_mode: 'HTML' });
  switch (res.kind) {
    case 'no-session':
      return inGroup ? undefined : say('ama-no-session');
    case 'paused':
      return say('ama-intake-paused');
    case 'limit':
      return say('ama-limit', { max: ctx.deps.config.ama.maxQuestionsPerMember });
    case 'refused':
      ctx.logger.info({ reason: res.reason }, 'ama: question refused automatically');
      return inGroup ? ctx.reply(ctx.t(`ama-refused-${res.reason}`), { reply_parameters: { message_id: ctx.msg!.message_id } }) : say(`ama-refused-${res.reason}`);
    case 'merged':
      return say('ama-merged', { id: res.into.id, text: escapeHtml(res.into.text) });
    case 'pending': {
      const q = res.question;
      const staffChat = ctx.deps.config.staffChatId ?? session!.hostId;
      const L = ctx.deps.config.defaultLocale;
      const card = t(L, 'ama-mod-card', { id: q.id, lang: q.lang, title: escapeHtml(session!.title), asker: escapeHtml(q.anonymous ? `${askerLabel(q, L)} (${q.askerName ?? '?'})` : askerLabel(q, L)), text: escapeHtml(q.text) });
      const kb = new InlineKeyboard().text(t(L, 'ama-mod-approve'), `ama:m:a:${q.id}`).text(t(L, 'ama-mod-reject'), `ama:m:r:${q.id}`).text(t(L, 'ama-mod-edit'), `ama:m:e:${q.id}`);
      try {
        const m = await ctx.api.sendMessage(Number(staffChat), card, { parse_mode: 'HTML', reply_markup: kb });
        await ama.questions.setStaffMessage(q.id, staffChat, m.message_id);
      } catch (err) {
        ctx.logger.warn({ err: (err as Error).message }, 'ama: could not reach the moderators');
      }
      return say('ama-received', { id: q.id });
    }
  }
}

/** /ask, /ask_anon, #ama in groups, the plain message after /ask, and votes on the board. */
export function memberComposer() {
  const composer = new Composer<BotContext>();
  for (const cmd of ['ask', 'ask_anon'] as const) {
    composer.command(cmd, async (ctx) => {
      const text = ctx.match.trim();
      const anonymous = cmd === 'ask_anon';
      if (text) return submit(ctx, text, anonymous);
      if (ctx.chat.type !== 'private') return ctx.reply(ctx.t('ama-ask-usage-group'), { reply_parameters: { message_id: ctx.msg.message_id } });
      const rt = amaRuntime(ctx.deps);
      rt.asking.set(BigInt(ctx.from!.id), { anonymous, at: rt.scheduler.now() });
      const kb = anonymous ? undefined : new InlineKeyboard().text(ctx.t('ama-ask-anon-button'), 'ama:anon');
      await ctx.reply(ctx.t(anonymous ? 'ama-ask-prompt-anon' : 'ama-ask-prompt'), { reply_markup: kb });
    });
  }

  composer.callbackQuery('ama:anon', async (ctx) => {
    const rt = amaRuntime(ctx.deps);
    rt.asking.set(BigInt(ctx.from.id), { anonymous: true, at: rt.scheduler.now() });
    await ctx.answerCallbackQuery({ text: ctx.t('ama-ask-prompt-anon') });
    await ctx.editMessageText(ctx.t('ama-ask-prompt-anon')).catch(() => {});
  });

  composer.chatType('private').on('message:text', async (ctx, next) => {
    const rt = amaRuntime(ctx.deps);
    const id = BigInt(ctx.from.id);
    const pending = rt.asking.get(id);
    if (!pending || ctx.msg.text.startsWith('/') || rt.scheduler.now() - pending.at > ASK_WINDOW_MS) return next();
    rt.asking.delete(id);
    await submit(ctx, ctx.msg.text, pending.anonymous);
  });

  composer.chatType(['group', 'supergroup']).on('message:text').filter(
    (ctx) => /(^|\s)#ama\b/i.test(ctx.msg.text),
    (ctx) => submit(ctx, ctx.msg.text, false),
  );

  composer.callbackQuery(/^ama:v:(\d+)$/, async (ctx) => {
    const { ama } = ctx.deps.services;
    const res = await ama.questions.toggleVote(Number(ctx.match[1]), BigInt(ctx.from.id));
    if (!res) return ctx.answerCallbackQuery({ text: ctx.t('ama-vote-closed') });
    await ctx.answerCallbackQuery({ text: ctx.t(res.added ? 'ama-vote-added' : 'ama-vote-removed', { id: res.questionId, votes: res.count }) });
    const session = await ama.sessions.get(res.sessionId);
    if (session) amaRuntime(ctx.deps).refreshBoard(session);
  });

  return composer;
}
