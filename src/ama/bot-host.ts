import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { requireRole, actorOf } from '../access/guard.js';
import { satisfies } from '../access/roles.js';
import { escapeHtml } from '../access/bot.js';
import { t } from '../bot/i18n.js';
import type { AmaQuestion } from '../generated/prisma/client.js';
import { amaRuntime, askerLabel } from './runtime.js';
import { HOST_ROLES } from './bot-sessions.js';

export const MOD_ROLES = ['moderator', 'ama_host', 'admin'] as const;

async function boardChanged(ctx: BotContext, q: AmaQuestion) {
  const s = await ctx.deps.services.ama.sessions.get(q.sessionId);
  if (s) amaRuntime(ctx.deps).refreshBoard(s);
  return s;
}

/** Moderation buttons, edits and merges; the host's console (/next, replies, skip, defer). */
export function hostComposer() {
  const composer = new Composer<BotContext>();
  const mod = requireRole(...MOD_ROLES);
  const host = requireRole(...HOST_ROLES);

  composer.callbackQuery(/^ama:m:([are]):(\d+)$/, mod, async (ctx) => {
    const { ama } = ctx.deps.services;
    const rt = amaRuntime(ctx.deps);
    const [, action, idText] = ctx.match;
    const id = Number(idText);
    if (action === 'e') {
      await ctx.answerCallbackQuery();
      const m = await ctx.reply(ctx.t('ama-edit-prompt', { id }), { reply_markup: { force_reply: true, selective: true } });
      rt.editPrompts.set(`${m.chat.id}:${m.message_id}`, id);
      return;
    }
    const res = await ama.questions.moderate(actorOf(ctx), id, action === 'a' ? 'approve' : 'reject');
    if (!res) return ctx.answerCallbackQuery({ text: ctx.t('ama-mod-already') });
    const q = res.question;
    const L = q.askerLocale;
    const outcome = res.mergedInto ? ctx.t('ama-mod-merged', { into: res.mergedInto.id }) : ctx.t(action === 'a' ? 'ama-mod-approved' : 'ama-mod-rejected');
    await ctx.answerCallbackQuery({ text: outcome });
    await ctx.editMessageText(`${escapeHtml(q.text)}\n\n#${q.id}: ${outcome} (${escapeHtml(ctx.from.first_name)})`, { parse_mode: 'HTML' }).catch(() => {});
    if (q.askerId !== null) {
      const key = res.mergedInto ? 'ama-merged' : action === 'a' ? 'ama-approved' : 'ama-rejected';
      await rt.tell(q.askerId, t(L, key, { id: res.mergedInto?.id ?? q.id, text: escapeHtml(res.mergedInto?.text ?? q.text) }));
    }
    if (action === 'a') await boardChanged(ctx, res.mergedInto ?? q);
  });

  composer.command('ama_edit', mod, async (ctx) => {
    const m = /^#?(\d+)\s+([\s\S]+)$/.exec(ctx.match.trim());
    if (!m) return ctx.reply(ctx.t('ama-edit-usage'));
    await applyEdit(ctx, Number(m[1]), m[2]!);
  });

  composer.command('ama_merge', mod, async (ctx) => {
    const m = /^#?(\d+)\s+#?(\d+)$/.exec(ctx.match.trim());
    if (!m) return ctx.reply(ctx.t('ama-merge-usage'));
    const { ama } = ctx.deps.services;
    const from = await ama.questions.get(Number(m[1]));
    const into = await ama.questions.merge(actorOf(ctx), Number(m[1]), Number(m[2]));
    if (!into || !from) return ctx.reply(ctx.t('ama-merge-failed'));
    if (from.askerId !== null) await amaRuntime(ctx.deps).tell(from.askerId, t(from.askerLocale, 'ama-merged', { id: into.id, text: escapeHtml(into.text) }));
    await boardChanged(ctx, into);
    await ctx.reply(ctx.t('ama-merge-done', { from: from.id, into: into.id, votes: into.voteCount }));
  });

  composer.command('next', host, async (ctx) => {
    const { ama } = ctx.deps.services;
    const session = await ama.sessions.resolve(/^\d+$/.test(ctx.match.trim()) ? Number(ctx.match.trim()) : undefined);
    if (!session) return ctx.reply(ctx.t('ama-session-unknown'));
    const top = await ama.questions.top(session.id, 5);
    if (!top.length) return ctx.reply(ctx.t('ama-next-empty'));
    const [first, ...rest] = top as [AmaQuestion, ...AmaQuestion[]];
    const kb = new InlineKeyboard().text(ctx.t('ama-next-skip'), `ama:h:s:${first.id}`).text(ctx.t('ama-next-defer'), `ama:h:d:${first.id}`);
    const text = ctx.t('ama-next-card', { id: first.id, votes: first.voteCount, asker: escapeHtml(askerLabel(first, ctx.deps.config.defaultLocale)), text: escapeHtml(first.text) });
    const m = await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb });
    await ama.questions.setConsoleMessage(first.id, BigInt(m.chat.id), m.message_id);
    if (rest.length) {
      await ctx.reply(`${ctx.t('ama-next-then')}\n${rest.map((q) => ctx.t('ama-next-line', { id: q.id, votes: q.voteCount, text: escapeHtml(q.text) })).join('\n')}`, { parse_mode: 'HTML' });
    }
    const updated = await ama.sessions.setNowAnswering(session.id, first.id);
    amaRuntime(ctx.deps).refreshBoard(updated);
  });

  composer.callbackQuery(/^ama:h:([sd]):(\d+)$/, host, async (ctx) => {
    const { ama } = ctx.deps.services;
    const id = Number(ctx.match[2]);
    const q = ctx.match[1] === 's' ? await ama.questions.skip(actorOf(ctx), id) : await ama.questions.defer(actorOf(ctx), id, ctx.deps.now());
    if (!q) return ctx.answerCallbackQuery({ text: ctx.t('ama-mod-already') });
    const s = await ama.sessions.get(q.sessionId);
    if (s?.nowAnsweringId === id) await ama.sessions.setNowAnswering(s.id, null);
    await ctx.answerCallbackQuery({ text: ctx.t(ctx.match[1] === 's' ? 'ama-next-skipped' : 'ama-next-deferred', { id }) });
    await ctx.editMessageReplyMarkup().catch(() => {});
    await boardChanged(ctx, q);
  });

  // Replies: to an edit prompt (moderators) or to a console question (the host answers).
  composer.on('message', async (ctx, next) => {
    const reply = ctx.msg.reply_to_message;
    if (!reply || reply.from?.id !== ctx.me.id) return next();
    const rt = amaRuntime(ctx.deps);
    const editOf = rt.editPrompts.get(`${ctx.chat.id}:${reply.message_id}`);
    if (editOf !== undefined && ctx.msg.text) {
      if (!satisfies(ctx.roles, MOD_ROLES)) return next();
      rt.editPrompts.delete(`${ctx.chat.id}:${reply.message_id}`);
      return applyEdit(ctx, editOf, ctx.msg.text);
    }
    const { ama } = ctx.deps.services;
    const q = await ama.questions.byConsoleMessage(BigInt(ctx.chat.id), reply.message_id);
    if (!q) return next();
    if (!satisfies(ctx.roles, HOST_ROLES)) return ctx.reply(ctx.t('access-denied'));
    const text = ctx.msg.text?.trim();
    const voiceId = ctx.msg.voice?.file_id;
    if (!text && !voiceId) return ctx.reply(ctx.t('ama-answer-usage'));
    const res = await ama.questions.answer(actorOf(ctx), q.id, { text: text || ctx.msg.caption || undefined, voiceId }, ctx.deps.now());
    if (!res) return ctx.reply(ctx.t('ama-mod-already'));
    const session = (await ama.sessions.get(q.sessionId))!;
    if (session.nowAnsweringId === q.id) await ama.sessions.setNowAnswering(session.id, null);
    await rt.postAnswer(session, res.question);
    for (const p of res.tell) await rt.tell(p.memberId, t(p.locale, 'ama-answered', { id: q.id, text: escapeHtml(q.text), title: escapeHtml(session.title) }));
    rt.refreshBoard(session);
    await ctx.reply(ctx.t('ama-answer-posted', { id: q.id, groups: session.groupIds.length }));
  });

  return composer;
}

async function applyEdit(ctx: BotContext, id: number, text: string) {
  const res = await ctx.deps.services.ama.questions.edit(actorOf(ctx), id, text);
  if (res === null) return ctx.reply(ctx.t('ama-mod-already'));
  if (typeof res === 'string') return ctx.reply(ctx.t(`ama-refused-${res}`));
  await ctx.reply(ctx.t('ama-edit-done', { id, text: escapeHtml(res.text) }), { parse_mode: 'HTML' });
  if (res.status === 'approved') await boardChanged(ctx, res);
}
