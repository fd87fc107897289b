import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import { actorOf, requireRole } from '../access/guard.js';
import { satisfies } from '../access/roles.js';
import { contentOf } from './member-bot.js';
import { noteToStaff, refreshHeader, sendToMember, staffLocale } from './staff.js';
import { replyToGroup } from './group-reply.js';
import type { Ticket } from './service.js';

const isStaffChat = (ctx: BotContext) => !!ctx.chat && ctx.deps.config.staffChatId !== undefined && BigInt(ctx.chat.id) === ctx.deps.config.staffChatId;

/** The ticket a staff-group message belongs to: its forum topic, or (plain group) the bot message it replies to. */
async function ticketOf(ctx: BotContext): Promise<Ticket | null> {
  const msg = ctx.message!;
  const { support } = ctx.deps.services;
  if (msg.is_topic_message && msg.message_thread_id) {
    const tk = await support.byTopic(msg.message_thread_id);
    if (tk) return tk;
  }
  const replied = msg.reply_to_message;
  if (replied && replied.from?.id === ctx.me.id) return support.byStaffMessage(replied.message_id);
  return null;
}

const staffName = (ctx: BotContext) => ctx.from?.first_name ?? String(ctx.from?.id);

/** Tells the member their ticket was closed and asks for a rating. */
async function askRating(ctx: BotContext, tk: Ticket) {
  const l = tk.locale;
  const kb = new InlineKeyboard();
  for (let n = 1; n <= 5; n++) kb.text('⭐'.repeat(n), `support:rate:${tk.id}:${n}`).row();
  kb.text(t(l, 'ticket-btn-member-reopen', { id: String(tk.id) }), `support:reopen:${tk.id}`).text(t(l, 'ticket-btn-new'), 'support:new');
  await ctx.api.sendMessage(Number(tk.memberId), t(l, 'ticket-closed-member', { id: String(tk.id) }), { reply_markup: kb }).catch(async (err) => {
    ctx.logger.info({ err }, 'close notice not delivered');
    if (err instanceof GrammyError && err.error_code === 403) await noteToStaff(ctx.deps, ctx.api, tk, t(staffLocale(ctx.deps), 'ticket-staff-member-blocked', { id: String(tk.id) }));
  });
}

export function staffComposer() {
  const composer = new Composer<BotContext>();

  // A staff message in a ticket's topic (or a reply to the bot in a plain group) goes to the member.
  composer.on('message', async (ctx, next) => {
    // Commands go on (a note prefix such as // is not a command: Telegram marks commands as entities).
    const isCommand = ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0);
    if (!isStaffChat(ctx) || ctx.from?.is_bot || isCommand) return next();
    const tk = await ticketOf(ctx);
    if (!tk || !satisfies(ctx.roles, ['support'])) return next();
    const { support } = ctx.deps.services;
    const l = staffLocale(ctx.deps);
    const c = contentOf(ctx.message);
    const author = BigInt(ctx.from!.id);
    if (c.kind !== 'unsupported' && c.text.trimStart().startsWith(ctx.deps.config.support.notePrefix)) {
      await support.addMessage({ ticketId: tk.id, direction: 'note', kind: c.kind, authorId: author, text: c.text, staffMessageId: ctx.message.message_id });
      return;
    }
    if (tk.state === 'closed') return noteToStaff(ctx.deps, ctx.api, tk, t(l, 'ticket-staff-closed', { id: String(tk.id) }));
    if (c.kind === 'unsupported') return noteToStaff(ctx.deps, ctx.api, tk, t(l, 'ticket-staff-unsupported'));
    const status = await sendToMember(ctx.deps, ctx.api, tk, c.kind === 'text' ? { text: c.text } : { caption: c.text, copyFrom: { chatId: ctx.chat.id, messageId: ctx.message.message_id } });
    await support.addMessage({ ticketId: tk.id, direction: 'out', kind: c.kind, authorId: author, text: c.text, staffMessageId: ctx.message.message_id, status });
    if (status === 'sent') {
      const updated = await support.staffAnswered(actorOf(ctx), tk.id, ctx.deps.now());
      if (updated && updated.state !== tk.state) await refreshHeader(ctx.deps, ctx.api, updated);
    } else {
      await noteToStaff(ctx.deps, ctx.api, tk, t(l, status === 'blocked' ? 'ticket-staff-member-blocked' : 'ticket-staff-not-delivered', { id: String(tk.id) }));
    }
  });

  composer.callbackQuery(/^ticket:(take|prio|close|reopen):(\d+)$/, requireRole('support'), async (ctx) => {
    const { support } = ctx.deps.services;
    const [, action, idText] = ctx.match;
    const id = Number(idText);
    const actor = actorOf(ctx);
    const tk = await support.get(id);
    if (!tk) return ctx.answerCallbackQuery();
    let updated: Ticket | null = null;
    if (action === 'take') updated = await support.take(actor, id, staffName(ctx));
    else if (action === 'prio') updated = await support.setPriority(actor, id, (tk.priority + 1) % 3);
    else if (action === 'close' && tk.state !== 'closed') updated = await support.close(actor, id, ctx.deps.now());
    else if (action === 'reopen' && tk.state === 'closed') updated = await support.reopen(actor, id);
    await ctx.answerCallbackQuery({ text: t(staffLocale(ctx.deps), `ticket-done-${action}`, { id: String(id), name: staffName(ctx) }) });
    if (!updated) return;
    await refreshHeader(ctx.deps, ctx.api, updated);
    if (action === 'close') {
      if (updated.topicId) await ctx.api.closeForumTopic(Number(ctx.deps.config.staffChatId), updated.topicId).catch(() => {});
      await askRating(ctx, updated);
    }
    if (action === 'reopen') {
      if (updated.topicId) await ctx.api.reopenForumTopic(Number(ctx.deps.config.staffChatId), updated.topicId).catch(() => {});
      await ctx.api.sendMessage(Number(updated.memberId), t(updated.locale, 'ticket-reopened-member', { id: String(id) })).catch(() => {});
    }
  });

  composer.command('queue', requireRole('support'), async (ctx) => {
    const { support } = ctx.deps.services;
    const list = await support.queue();
    if (!list.length) return ctx.reply(ctx.t('ticket-queue-empty'));
    const now = ctx.deps.now().getTime();
    const lines = list.map((tk) =>
      ctx.t('ticket-queue-line', {
        id: String(tk.id),
        priority: ctx.t(`ticket-priority-${['normal', 'high', 'urgent'][tk.priority] ?? 'normal'}`),
        state: ctx.t(`ticket-state-${tk.state}`),
        category: tk.category,
        age: Math.round((now - tk.createdAt.getTime()) / 60_000),
        taken: tk.takenByName ? escapeHtml(tk.takenByName) : '—',
        problem: tk.staffError ? escapeHtml(tk.staffError) : '',
      }),
    );
    await ctx.reply(`${ctx.t('ticket-queue-title', { count: list.length })}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  composer.command('reply_group', requireRole('support'), async (ctx) => {
    const m = /^\s*([A-Za-z0-9]{2,10})\s+([\s\S]+)$/.exec(ctx.match);
    if (!m) return ctx.reply(ctx.t('ticket-reply-group-usage'));
    const r = await replyToGroup(ctx.deps, ctx.api, actorOf(ctx), m[1]!, m[2]!.trim());
    if (!r.tickets) return ctx.reply(ctx.t('ticket-reply-group-none', { asset: m[1]!.toUpperCase() }));
    if (r.broadcastId !== null) return ctx.reply(ctx.t('ticket-reply-group-queued', { asset: r.asset, tickets: r.tickets, id: String(r.broadcastId) }));
    await ctx.reply(ctx.t('ticket-reply-group-done', { asset: r.asset, tickets: r.tickets, sent: r.sent, blocked: r.blocked, failed: r.failed }));
  });

  for (const [cmd, banned] of [['ticket_ban', true], ['ticket_unban', false]] as const) {
    composer.command(cmd, requireRole('support'), async (ctx) => {
      const m = /^\s*(\d{1,19})\s*(.*)$/.exec(ctx.match);
      if (!m) return ctx.reply(ctx.t('ticket-ban-usage'));
      await ctx.deps.services.support.ban(actorOf(ctx), BigInt(m[1]!), banned, m[2]?.trim() || undefined);
      await ctx.reply(ctx.t(banned ? 'ticket-ban-done' : 'ticket-unban-done', { id: m[1]! }));
    });
  }

  composer.command('ticket_category', requireRole('admin'), async (ctx) => {
    const m = /^\s*(add|remove)\s+([a-z0-9_-]{2,32})\s*(.*)$/i.exec(ctx.match);
    if (!m) return ctx.reply(ctx.t('ticket-category-usage'));
    await ctx.deps.services.support.setCategory(actorOf(ctx), m[2]!.toLowerCase(), m[1]!.toLowerCase() === 'add', m[3]?.trim() || undefined);
    await ctx.reply(ctx.t('ticket-category-done', { key: m[2]!.toLowerCase() }));
  });

  return composer;
}
