import { GrammyError, InlineKeyboard, type Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import type { Ticket } from './service.js';

/**
 * The staff side of the desk, outside any update: topics, header messages, relaying, owner alerts.
 * Every failure towards the staff group leaves the ticket in the database and alerts the owners.
 */
const PRIORITY = ['normal', 'high', 'urgent'] as const;

export function staffLocale(deps: Deps) {
  return deps.config.defaultLocale;
}

export function ticketTitle(tk: Ticket) {
  const name = tk.memberName ?? String(tk.memberId);
  return `#${tk.id} ${tk.category} · ${tk.locale} · ${name}`.slice(0, 128);
}

export function headerText(deps: Deps, tk: Ticket) {
  const l = staffLocale(deps);
  return t(l, 'ticket-staff-header', {
    id: String(tk.id),
    category: tk.category,
    locale: tk.locale,
    name: escapeHtml(tk.memberName ?? '—'),
    member: tk.memberId.toString(),
    state: t(l, `ticket-state-${tk.state}`),
    priority: t(l, `ticket-priority-${PRIORITY[tk.priority] ?? 'normal'}`),
    taken: tk.takenByName ? escapeHtml(tk.takenByName) : '—',
    tags: tk.tags.length ? escapeHtml(tk.tags.join(' ')) : '—',
  });
}

export function headerKeyboard(deps: Deps, tk: Ticket) {
  const l = staffLocale(deps);
  const kb = new InlineKeyboard();
  if (tk.state === 'closed') return kb.text(t(l, 'ticket-btn-reopen'), `ticket:reopen:${tk.id}`);
  return kb
    .text(t(l, 'ticket-btn-take'), `ticket:take:${tk.id}`)
    .text(t(l, 'ticket-btn-priority'), `ticket:prio:${tk.id}`)
    .text(t(l, 'ticket-btn-close'), `ticket:close:${tk.id}`);
}

export function describeError(method: string, err: unknown) {
  if (err instanceof GrammyError) return `${method}: ${err.error_code} ${err.description}`;
  return `${method}: ${(err as Error).message ?? String(err)}`;
}

const lastAlert = new Map<string, number>();
/** Tells the owners (at most once per problem every 30 minutes) that tickets cannot reach the staff group. */
export async function alertOwners(deps: Deps, api: Api, problem: string, ticketId?: number) {
  const key = problem.replace(/\d+/g, '#');
  const now = deps.now().getTime();
  if ((lastAlert.get(key) ?? -Infinity) > now - 30 * 60_000) return;
  lastAlert.set(key, now);
  deps.logger.warn({ problem, ticketId }, 'support desk cannot reach the staff group');
  const text = t(staffLocale(deps), 'ticket-alert-staff', { problem: escapeHtml(problem), id: String(ticketId ?? '—') });
  for (const owner of deps.config.owners) {
    await api.sendMessage(Number(owner), text, { parse_mode: 'HTML' }).catch((err) => deps.logger.warn({ err }, 'owner alert failed'));
  }
}

/** For tests: forget which alerts were sent. */
export function resetAlerts() {
  lastAlert.clear();
}

function notForum(err: unknown) {
  return err instanceof GrammyError && err.error_code === 400 && /not a forum|TOPICS?_|forum/i.test(err.description) && !/rights/i.test(err.description);
}

/**
 * Makes sure the ticket has its place in the staff group: a forum topic with a header message, or
 * (plain group) a header message staff reply to. Returns the ticket, updated; on failure the error is
 * stored on the ticket and the owners alerted.
 */
export async function ensureStaffPlace(deps: Deps, api: Api, tk: Ticket): Promise<Ticket> {
  const { support } = deps.services;
  if (tk.headerMessageId) return tk;
  const chat = deps.config.staffChatId;
  if (!chat) {
    const problem = 'STAFF_CHAT_ID is not set';
    await alertOwners(deps, api, problem, tk.id);
    return support.setStaffPlace(tk.id, { staffError: problem });
  }
  let topicId: number | null = tk.topicId;
  if (!topicId) {
    try {
      topicId = (await api.createForumTopic(Number(chat), ticketTitle(tk))).message_thread_id;
      tk = await support.setStaffPlace(tk.id, { topicId });
    } catch (err) {
      if (!notForum(err)) {
        const problem = describeError('createForumTopic', err);
        await alertOwners(deps, api, problem, tk.id);
        return support.setStaffPlace(tk.id, { staffError: problem });
      }
      topicId = null; // a plain group: the desk works by reply-to
    }
  }
  try {
    const msg = await api.sendMessage(Number(chat), headerText(deps, tk), {
      parse_mode: 'HTML',
      reply_markup: headerKeyboard(deps, tk),
      ...(topicId ? { message_thread_id: topicId } : {}),
    });
    return support.setStaffPlace(tk.id, { headerMessageId: msg.message_id, staffError: null });
  } catch (err) {
    const problem = describeError('sendMessage', err);
    await alertOwners(deps, api, problem, tk.id);
    return support.setStaffPlace(tk.id, { staffError: problem });
  }
}

/** Where a message about the ticket goes in the staff group: its topic, or a reply to its header. */
function place(tk: Ticket) {
  if (tk.topicId) return { message_thread_id: tk.topicId };
  return tk.headerMessageId ? { reply_parameters: { message_id: tk.headerMessageId, allow_sending_without_reply: true } } : {};
}

/** Copies a member's message into the ticket's place. Returns the staff message id, or null (kept in the database). */
export async function copyToStaff(deps: Deps, api: Api, tk: Ticket, fromChatId: number, messageId: number, retry = true): Promise<number | null> {
  tk = await ensureStaffPlace(deps, api, tk);
  if (!tk.headerMessageId) return null;
  try {
    const res = await api.copyMessage(Number(deps.config.staffChatId), fromChatId, messageId, place(tk));
    return res.message_id;
  } catch (err) {
    // Staff deleted the topic: open a new one for the ticket rather than lose the message.
    if (retry && err instanceof GrammyError && /thread not found|TOPIC_DELETED|TOPIC_ID_INVALID/i.test(err.description)) {
      tk = await deps.services.support.setStaffPlace(tk.id, { topicId: null, headerMessageId: null });
      return copyToStaff(deps, api, tk, fromChatId, messageId, false);
    }
    await alertOwners(deps, api, describeError('copyMessage', err), tk.id);
    return null;
  }
}

/** A line from the bot in the ticket's place (notes such as "the member blocked the bot"). */
export async function noteToStaff(deps: Deps, api: Api, tk: Ticket, text: string): Promise<number | null> {
  tk = await ensureStaffPlace(deps, api, tk);
  if (!tk.headerMessageId) return null;
  try {
    return (await api.sendMessage(Number(deps.config.staffChatId), text, { parse_mode: 'HTML', ...place(tk) })).message_id;
  } catch (err) {
    await alertOwners(deps, api, describeError('sendMessage', err), tk.id);
    return null;
  }
}

/** Refreshes the header (state, priority, who took it) after a change. */
export async function refreshHeader(deps: Deps, api: Api, tk: Ticket) {
  if (!tk.headerMessageId || !deps.config.staffChatId) return;
  await api
    .editMessageText(Number(deps.config.staffChatId), tk.headerMessageId, headerText(deps, tk), { parse_mode: 'HTML', reply_markup: headerKeyboard(deps, tk) })
    .catch((err) => deps.logger.debug({ err }, 'header not edited'));
}

export type SendResult = 'sent' | 'blocked' | 'failed';

/** A staff answer to the member, signed by the desk (the bot sends it: never the agent's account). */
export async function sendToMember(
  deps: Deps,
  api: Api,
  tk: Ticket,
  msg: { text?: string; caption?: string; copyFrom?: { chatId: number; messageId: number } },
): Promise<SendResult> {
  const signature = escapeHtml(deps.config.support.signature);
  try {
    if (msg.copyFrom) {
      const caption = t(tk.locale, 'ticket-reply', { signature, text: escapeHtml(msg.caption ?? '') });
      await api.copyMessage(Number(tk.memberId), msg.copyFrom.chatId, msg.copyFrom.messageId, { caption, parse_mode: 'HTML' });
    } else {
      await api.sendMessage(Number(tk.memberId), t(tk.locale, 'ticket-reply', { signature, text: escapeHtml(msg.text ?? '') }), { parse_mode: 'HTML' });
    }
    return 'sent';
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 403) return 'blocked';
    deps.logger.warn({ err, ticket: tk.id }, 'staff reply not delivered');
    return 'failed';
  }
}
