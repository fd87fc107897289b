import { Composer, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import { t, toLocale } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import { copyToStaff, ensureStaffPlace, noteToStaff, refreshHeader, staffLocale } from './staff.js';
import { triageTags } from './triage.js';
import type { Ticket } from './service.js';
import { suggestForAgent } from './assist.js';

type Content = { kind: 'text' | 'photo' | 'document'; text: string; size?: number } | { kind: 'unsupported' };

/** What a member's message carries, for the size limits and triage. */
export function contentOf(msg: Message): Content {
  if (msg.text !== undefined) return { kind: 'text', text: msg.text };
  if (msg.photo?.length) return { kind: 'photo', text: msg.caption ?? '', size: msg.photo[msg.photo.length - 1]!.file_size };
  if (msg.document) return { kind: 'document', text: msg.caption ?? '', size: msg.document.file_size };
  return { kind: 'unsupported' };
}

const memberId = (ctx: BotContext) => BigInt(ctx.from!.id);
const localeOf = (ctx: BotContext) => toLocale(ctx.member?.locale ?? ctx.from?.language_code, ctx.deps.config.defaultLocale);

/** A reason to refuse the message (too long, too big, not supported), or null. */
function refusal(ctx: BotContext, c: Content): string | null {
  const cfg = ctx.deps.config.support;
  if (c.kind === 'unsupported') return ctx.t('ticket-unsupported');
  if (c.text.length > cfg.maxMessageChars) return ctx.t('ticket-too-long', { max: cfg.maxMessageChars });
  if ((c.size ?? 0) > cfg.maxFileBytes) return ctx.t('ticket-file-too-big', { max: Math.round(cfg.maxFileBytes / 1048576) });
  return null;
}

/** Banned or over the hourly limit: the polite refusal, or null. */
async function mayOpen(ctx: BotContext): Promise<string | null> {
  const { support } = ctx.deps.services;
  if (await support.isBanned(memberId(ctx))) return ctx.t('ticket-banned');
  const since = new Date(ctx.deps.now().getTime() - 3_600_000);
  const max = ctx.deps.config.support.ticketsPerHour;
  if ((await support.openedSince(memberId(ctx), since)) >= max) return ctx.t('ticket-limit', { max });
  return null;
}

async function showCategories(ctx: BotContext, question?: string) {
  const refused = await mayOpen(ctx);
  if (refused) return ctx.reply(refused);
  const { support } = ctx.deps.services;
  await support.setPending(memberId(ctx), { kind: 'category', question: question ?? null }, ctx.deps.now());
  const kb = new InlineKeyboard();
  (await support.categories()).forEach((c, i) => {
    kb.text(c.label ?? ctx.t(`ticket-cat-${c.key}`), `support:cat:${c.key}`);
    if (i % 2 === 1) kb.row();
  });
  await ctx.reply(ctx.t(question ? 'ticket-choose-category-question' : 'ticket-choose-category'), { reply_markup: kb });
}

/** Relays one member message into a ticket (staff group) and records it. */
async function relay(ctx: BotContext, tk: Ticket, messageId: number, c: Content & { text: string }) {
  const { support, seams } = ctx.deps.services;
  const staffMessageId = await copyToStaff(ctx.deps, ctx.api, tk, ctx.chat!.id, messageId);
  await support.addMessage({ ticketId: tk.id, direction: 'in', kind: c.kind, authorId: memberId(ctx), text: c.text, memberMessageId: messageId, staffMessageId: staffMessageId ?? undefined, status: staffMessageId ? 'sent' : 'pending' });
  await support.addTags(tk.id, triageTags(c.text, await seams.knownAssets().catch(() => [])));
}

async function openTicket(ctx: BotContext, category: string, first?: { messageId: number; content: Content & { text: string } }, question?: string) {
  const { support, seams } = ctx.deps.services;
  const refused = await mayOpen(ctx);
  if (refused) return ctx.reply(refused);
  const subject = (question ?? first?.content.text ?? '').slice(0, 500);
  const known = await seams.knownAssets().catch(() => []);
  let tk = await support.create({
    memberId: memberId(ctx),
    memberName: ctx.from!.first_name,
    category,
    locale: localeOf(ctx),
    subject,
    tags: triageTags(`${question ?? ''}\n${first?.content.text ?? ''}`, known),
    now: ctx.deps.now(),
  });
  await support.clearPending(memberId(ctx));
  await ctx.reply(ctx.t('ticket-created', { id: String(tk.id) }));
  tk = await ensureStaffPlace(ctx.deps, ctx.api, tk);
  if (question) {
    await support.addMessage({ ticketId: tk.id, direction: 'in', authorId: memberId(ctx), text: question });
    await noteToStaff(ctx.deps, ctx.api, tk, t(staffLocale(ctx.deps), 'ticket-staff-question', { text: escapeHtml(question) }));
  }
  if (first) await relay(ctx, tk, first.messageId, first.content);
  await suggestForAgent(ctx.deps, ctx.api, tk, `${question ?? ''}\n${first?.content.text ?? ''}`);
}

export function memberComposer() {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('support', (ctx) => showCategories(ctx));
  composer.callbackQuery('support:new', async (ctx) => {
    await ctx.answerCallbackQuery();
    await showCategories(ctx);
  });
  // The knowledge base's "no answer" button carries the question; only its own member may use it.
  composer.callbackQuery(/^support:q:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const q = await ctx.deps.services.seams.questionText(Number(ctx.match[1])).catch(() => null);
    await showCategories(ctx, q && q.memberId === memberId(ctx) ? q.text : undefined);
  });
  composer.callbackQuery(/^support:cat:([\w-]+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { support } = ctx.deps.services;
    const key = ctx.match[1]!;
    if (!(await support.categories()).some((c) => c.key === key)) return ctx.reply(ctx.t('ticket-category-unknown'));
    const pending = await support.pending(memberId(ctx), ctx.deps.now());
    if (pending?.question) return openTicket(ctx, key, undefined, pending.question);
    const refused = await mayOpen(ctx);
    if (refused) return ctx.reply(refused);
    await support.setPending(memberId(ctx), { kind: 'write', category: key }, ctx.deps.now());
    await ctx.reply(ctx.t('ticket-write-problem'));
  });

  pm.command('tickets', async (ctx) => {
    const list = await ctx.deps.services.support.ofMember(memberId(ctx));
    if (!list.length) return ctx.reply(ctx.t('ticket-list-empty'));
    const labels = new Map((await ctx.deps.services.support.categories()).map((c) => [c.key, c.label]));
    const lines = list.map((tk) => ctx.t('ticket-list-line', { id: String(tk.id), category: labels.get(tk.category) ?? ctx.t(`ticket-cat-${tk.category}`), state: ctx.t(`ticket-state-${tk.state}`), date: tk.createdAt.toISOString().slice(0, 10) }));
    const kb = new InlineKeyboard();
    for (const tk of list.filter((x) => x.state === 'closed').slice(0, 3)) kb.text(ctx.t('ticket-btn-member-reopen', { id: String(tk.id) }), `support:reopen:${tk.id}`).row();
    kb.text(ctx.t('ticket-btn-new'), 'support:new');
    await ctx.reply(`${ctx.t('ticket-list-title')}\n${lines.join('\n')}`, { reply_markup: kb });
  });

  composer.callbackQuery(/^support:to:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { support } = ctx.deps.services;
    const pending = await support.pending(memberId(ctx), ctx.deps.now());
    const tk = await support.get(Number(ctx.match[1]));
    if (!pending?.messageId || !tk || tk.memberId !== memberId(ctx) || tk.state === 'closed') return ctx.reply(ctx.t('ticket-choose-stale'));
    await support.clearPending(memberId(ctx));
    await relay(ctx, tk, pending.messageId, { kind: 'text', text: pending.question ?? '' });
    await support.memberWrote(tk.id);
    await ctx.reply(ctx.t('ticket-relayed', { id: String(tk.id) }));
  });

  composer.callbackQuery(/^support:rate:(\d+):([1-5])$/, async (ctx) => {
    const { support } = ctx.deps.services;
    const id = Number(ctx.match[1]);
    const ok = await support.rate(memberId(ctx), id, Number(ctx.match[2]));
    await ctx.answerCallbackQuery();
    if (!ok) return ctx.reply(ctx.t('ticket-rate-stale'));
    await support.setPending(memberId(ctx), { kind: 'comment', ticketId: id }, ctx.deps.now());
    await ctx.editMessageReplyMarkup().catch(() => {});
    await ctx.reply(ctx.t('ticket-rate-thanks', { rating: Number(ctx.match[2]) }));
  });

  composer.callbackQuery(/^support:reopen:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { support } = ctx.deps.services;
    const tk = await support.get(Number(ctx.match[1]));
    if (!tk || tk.memberId !== memberId(ctx) || tk.state !== 'closed') return ctx.reply(ctx.t('ticket-rate-stale'));
    const reopened = (await support.reopen({ id: memberId(ctx), via: 'telegram' }, tk.id))!;
    await ctx.reply(ctx.t('ticket-reopened-member', { id: String(tk.id) }));
    await noteToStaff(ctx.deps, ctx.api, reopened, t(staffLocale(ctx.deps), 'ticket-staff-member-reopened', { id: String(tk.id) }));
    await refreshHeader(ctx.deps, ctx.api, reopened);
  });

  // A member's message: the ticket being written, a rating comment, or the open ticket. Anything
  // else (no ticket open) goes on to the knowledge base.
  pm.on(['message:text', 'message:photo', 'message:document', 'message:voice', 'message:video', 'message:sticker', 'message:audio'], async (ctx, next) => {
    if (ctx.message.text?.startsWith('/')) return next();
    const { support } = ctx.deps.services;
    const id = memberId(ctx);
    const pending = await support.pending(id, ctx.deps.now());
    const content = contentOf(ctx.message);
    if (pending?.kind === 'comment' && content.kind === 'text') {
      await support.comment(id, pending.ticketId!, content.text.slice(0, 1000));
      await support.clearPending(id);
      return ctx.reply(ctx.t('ticket-comment-thanks'));
    }
    const active = pending?.kind === 'write' ? [] : await support.active(id);
    if (pending?.kind !== 'write' && !active.length) return next();
    const refused = refusal(ctx, content);
    if (refused || content.kind === 'unsupported') return ctx.reply(refused!);
    if (pending?.kind === 'write') return openTicket(ctx, pending.category!, { messageId: ctx.message.message_id, content });
    if (active.length > 1) {
      await support.setPending(id, { kind: 'choose', messageId: ctx.message.message_id, question: content.text }, ctx.deps.now());
      const kb = new InlineKeyboard();
      for (const tk of active) kb.text(`#${tk.id} ${ctx.t(`ticket-cat-${tk.category}`)}`, `support:to:${tk.id}`).row();
      return ctx.reply(ctx.t('ticket-choose-ticket'), { reply_markup: kb });
    }
    const tk = active[0]!;
    await relay(ctx, tk, ctx.message.message_id, content);
    await support.memberWrote(tk.id);
  });

  return composer;
}
