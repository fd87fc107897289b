import { Composer, InlineKeyboard } from 'grammy';
import type { InlineQueryResultArticle, Message } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import { t } from '../bot/i18n.js';
import { requireRole, actorOf } from '../access/guard.js';
import type { KbAnswer } from './answer.js';
import { entryText, titleOf } from './answer.js';
import { staffComposer } from './bot-staff.js';
import type { KbLang } from './types.js';

/** Replies per group per minute: Telegram allows about 20 messages a minute in one group. */
const GROUP_PER_MINUTE = 20;

function keyboard(a: KbAnswer & { questionId: number | null }, inGroup: boolean) {
  const kb = new InlineKeyboard();
  const q = a.questionId;
  if ((a.outcome === 'sure' || a.outcome === 'live') && q) {
    kb.text(t(a.lang, 'kb-btn-up'), `kb:fb:${q}:up`).text(t(a.lang, 'kb-btn-down'), `kb:fb:${q}:down`).row();
    if (!inGroup) for (const c of a.choices) kb.text(`↪ ${c.title}`.slice(0, 60), `kb:e:${q}:${c.id}`).row();
  } else if (a.outcome === 'unsure') {
    for (const c of a.choices) kb.text(c.title.slice(0, 60), `kb:e:${q ?? 0}:${c.id}`).row();
    if (q) kb.text(t(a.lang, 'kb-btn-support'), `support:q:${q}`);
  } else if (a.outcome === 'none' && q) kb.text(t(a.lang, 'kb-btn-support'), `support:q:${q}`);
  return kb;
}

/** The question in a group message: after /faq, after an @mention of the bot, or the text of a reply to the bot. */
function groupQuestion(ctx: BotContext, msg: Message): string | null {
  const text = msg.text ?? '';
  const me = ctx.me.username;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return text;
  if (me && text.toLowerCase().includes(`@${me.toLowerCase()}`)) return text.replace(new RegExp(`@${me}`, 'ig'), ' ').trim();
  return null;
}

export function knowledgeFeature(): Feature {
  const composer = new Composer<BotContext>();
  const paced = new Map<number, number[]>();
  const mayPost = (chatId: number, at: number) => {
    const recent = (paced.get(chatId) ?? []).filter((x) => at - x < 60_000);
    if (recent.length >= GROUP_PER_MINUTE) return false;
    recent.push(at);
    paced.set(chatId, recent);
    return true;
  };

  async function reply(ctx: BotContext, question: string, opts: { group: boolean; auto?: boolean }) {
    const kb = ctx.deps.services.knowledge;
    const chatId = ctx.chat!.id;
    const a = await kb.ask(question, {
      locale: ctx.member?.locale ?? ctx.from?.language_code,
      memberId: ctx.from ? BigInt(ctx.from.id) : undefined,
      chatId: BigInt(chatId),
      log: !opts.auto,
    });
    if (opts.auto && !(a.outcome === 'sure' && a.confidence >= ctx.deps.config.knowledge.autoAnswerMinConfidence)) return;
    if (opts.group && !mayPost(chatId, ctx.deps.now().getTime())) {
      ctx.logger.info({ chat: chatId }, 'kb group reply skipped: pacing');
      return;
    }
    const text = a.outcome === 'none' && opts.group ? t(a.lang, 'kb-none-group') : a.text;
    await ctx.reply(text, {
      parse_mode: 'HTML',
      reply_markup: keyboard(a, opts.group),
      link_preview_options: { is_disabled: true },
      ...(opts.group && ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
    });
  }

  composer.use(staffComposer());

  composer.command('faq', async (ctx) => {
    const q = ctx.match.trim();
    if (!q) return ctx.reply(ctx.t('kb-faq-usage'));
    await reply(ctx, q, { group: ctx.chat.type !== 'private' });
  });
  composer.command('kb_auto', requireRole('admin'), async (ctx) => {
    if (ctx.chat.type === 'private') return ctx.reply(ctx.t('kb-auto-usage'));
    const on = /^(on|an|开|1|true)$/i.test(ctx.match.trim());
    await ctx.deps.services.knowledge.setGroupAutoAnswer(actorOf(ctx), BigInt(ctx.chat.id), on);
    await ctx.reply(ctx.t(on ? 'kb-auto-on' : 'kb-auto-off'));
  });

  composer.chatType('private').on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/')) return next();
    await reply(ctx, ctx.message.text, { group: false });
  });
  composer.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/')) return next();
    const q = groupQuestion(ctx, ctx.message);
    if (q) return reply(ctx, q, { group: true });
    if (ctx.message.text.length >= 8 && (await ctx.deps.services.knowledge.groupAutoAnswer(BigInt(ctx.chat.id)))) {
      return reply(ctx, ctx.message.text, { group: true, auto: true });
    }
    return next();
  });

  composer.callbackQuery(/^kb:fb:(\d+):(up|down)$/, async (ctx) => {
    const id = Number(ctx.match[1]);
    const up = ctx.match[2] === 'up';
    const ok = await ctx.deps.services.knowledge.feedback(id, BigInt(ctx.from.id), up ? 1 : -1);
    await ctx.answerCallbackQuery({ text: ctx.t('kb-feedback-thanks') });
    if (!ok) return;
    if (!up && ctx.chat?.type === 'private') {
      await ctx.reply(ctx.t('kb-feedback-sorry'), { reply_markup: new InlineKeyboard().text(ctx.t('kb-btn-support'), `support:q:${id}`) });
    }
  });
  composer.callbackQuery(/^kb:e:(\d+):([a-z0-9-]+)$/, async (ctx) => {
    const kb = ctx.deps.services.knowledge;
    const engine = await kb.ready();
    const id = ctx.match[2]!;
    const qid = Number(ctx.match[1]);
    const lang = (qid ? await kb.questionLang(qid) : null) ?? (await ctx.i18n.getLocale());
    const text = entryText(engine, id, lang as KbLang);
    await ctx.answerCallbackQuery();
    if (!text) return ctx.reply(ctx.t('kb-not-found', { id }));
    await kb.chose(qid, BigInt(ctx.from.id), id);
    const kbd = new InlineKeyboard();
    if (qid) kbd.text(t(lang, 'kb-btn-up'), `kb:fb:${qid}:up`).text(t(lang, 'kb-btn-down'), `kb:fb:${qid}:down`);
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kbd, link_preview_options: { is_disabled: true } });
  });

  composer.on('inline_query', async (ctx) => {
    const q = ctx.inlineQuery.query.trim();
    const kb = ctx.deps.services.knowledge;
    const engine = await kb.ready();
    if (q.length < 3) return ctx.answerInlineQuery([], { cache_time: 30 });
    const fallback = (ctx.member?.locale ?? ctx.from.language_code ?? 'en').slice(0, 2) as KbLang;
    const r = engine.search(q, { fallbackLang: ['en', 'de', 'zh'].includes(fallback) ? fallback : 'en', now: ctx.deps.now() });
    const ids = r.outcome === 'none' ? [] : r.candidates.filter((c) => c.score >= r.confidence * 0.7).slice(0, 5).map((c) => c.entryId);
    const results: InlineQueryResultArticle[] = ids.map((id) => ({
      type: 'article',
      id,
      title: titleOf(engine, id, r.lang),
      description: (engine.entry(id)!.texts[r.lang]?.answer ?? '').replace(/<[^>]+>/g, '').slice(0, 100),
      input_message_content: { message_text: entryText(engine, id, r.lang)!, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    }));
    if (!results.length) {
      results.push({ type: 'article', id: 'none', title: t(r.lang, 'kb-inline-none'), input_message_content: { message_text: t(r.lang, 'kb-inline-none-text') } });
    }
    await ctx.answerInlineQuery(results, { cache_time: 60, is_personal: false });
  });

  return {
    name: 'knowledge',
    composer,
    commands: [
      { command: 'faq', descriptionKey: 'cmd-faq' },
      { command: 'kb', descriptionKey: 'cmd-kb', roles: ['admin'] },
      { command: 'kb_gaps', descriptionKey: 'cmd-kb-gaps', roles: ['admin', 'support'] },
    ],
  };
}
