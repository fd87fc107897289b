import type { Part } from './multipart.js';
import { fail, tgErrors } from './errors.js';
import { parseHtml } from './html.js';
import { toMessage, type ChatState, type StoredMessage } from './store.js';
import type { TelegramState } from './state.js';

export type Payload = Record<string, any>;
export type Method = (p: Payload, files: Map<string, Part>) => unknown;

const FILE_KINDS = { sendDocument: 'document', sendPhoto: 'photo', sendVoice: 'voice' } as const;

/** The Bot API methods the bot uses, over the server's state. */
export function createMethods(s: TelegramState): Record<string, Method> {
  const msgOf = (c: ChatState, m: StoredMessage) => toMessage(m, c.chat, s.bot);

  /** Text as Telegram keeps it: HTML checked (400 on bad markup), length checked. */
  function textOf(raw: unknown, parseMode: unknown, what: 'text' | 'caption'): { text?: string; plain?: string } {
    if (raw === undefined || raw === null) {
      if (what === 'text') fail(tgErrors.badRequest('message text is empty'));
      return {};
    }
    const text = String(raw);
    let plain = text;
    if (String(parseMode ?? '').toUpperCase() === 'HTML') {
      const r = parseHtml(text);
      if ('error' in r) return fail(tgErrors.badRequest(r.error));
      plain = r.text;
    }
    if (what === 'text' && !plain.trim()) fail(tgErrors.badRequest('message text is empty'));
    if (plain.length > (what === 'text' ? 4096 : 1024)) fail(tgErrors.badRequest(what === 'text' ? 'message is too long' : 'message caption is too long'));
    return { text, plain };
  }

  function message(p: Payload): { c: ChatState; m: StoredMessage } {
    const c = s.chat(p.chat_id, false);
    const m = c.byId.get(Number(p.message_id));
    if (!m || m.deleted) fail(tgErrors.badRequest('message to edit not found'));
    return { c, m: m! };
  }

  /** A message from the bot: limits, chat faults, then stored. */
  function send(method: string, p: Payload, fields: Partial<StoredMessage>) {
    const chatId = s.chatId(p.chat_id);
    s.checkLimits(chatId, p.allow_paid_broadcast === true);
    const c = s.chat(chatId);
    const threadId = p.message_thread_id !== undefined ? Number(p.message_thread_id) : undefined;
    const m = s.store(c, { from: 'bot', method, payload: p, paid: p.allow_paid_broadcast === true, ...(threadId ? { threadId } : {}), ...(p.reply_markup ? { replyMarkup: p.reply_markup } : {}), ...(p.parse_mode ? { parseMode: p.parse_mode } : {}), ...fields });
    return { c, m };
  }

  function inputFile(kind: string, v: unknown, files: Map<string, Part>) {
    if (v === undefined && files.has(kind)) v = `attach://${kind}`; // curl -F document=@file
    if (typeof v === 'string' && v.startsWith('attach://')) {
      const part = files.get(v.slice(9));
      if (!part) fail(tgErrors.badRequest(`file ${v} not found in the request`));
      return s.addFile(Buffer.from(part!.data), kind, part!.filename, part!.contentType);
    }
    if (typeof v === 'string' && /^https?:\/\//.test(v)) return s.addFile(Buffer.alloc(0), kind, v.split('/').pop());
    const known = typeof v === 'string' ? s.files.get(v) : undefined;
    if (!known) fail(tgErrors.badRequest('wrong file identifier/HTTP URL specified'));
    return known!;
  }

  const methods: Record<string, Method> = {
    getMe: () => s.bot,
    logOut: () => true,
    close: () => true,
    getWebhookInfo: () => ({ url: s.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: s.updates.pending, ...(s.webhook?.allowed_updates ? { allowed_updates: s.webhook.allowed_updates } : {}) }),
    setWebhook: (p) => {
      if (!p.url) return methods.deleteWebhook!(p, new Map());
      s.webhook = { url: String(p.url), secret_token: p.secret_token, allowed_updates: p.allowed_updates };
      if (p.allowed_updates) s.updates.allowed = new Set(p.allowed_updates);
      if (p.drop_pending_updates) s.updates.take(Number.MAX_SAFE_INTEGER, 0);
      s.onWebhook?.();
      return true;
    },
    deleteWebhook: (p) => {
      s.webhook = undefined;
      if (p.drop_pending_updates) s.updates.take(Number.MAX_SAFE_INTEGER, 0);
      return true;
    },
    setMyCommands: (p) => {
      s.commands.set(`${p.scope?.type ?? 'default'}:${p.language_code ?? ''}`, p.commands ?? []);
      return true;
    },
    getMyCommands: (p) => s.commands.get(`${p.scope?.type ?? 'default'}:${p.language_code ?? ''}`) ?? [],
    deleteMyCommands: (p) => s.commands.delete(`${p.scope?.type ?? 'default'}:${p.language_code ?? ''}`) || true,
    sendMessage: (p) => {
      const { c, m } = send('sendMessage', p, textOf(p.text, p.parse_mode, 'text'));
      return msgOf(c, m);
    },
    editMessageText: (p) => {
      if (p.inline_message_id) return true;
      const { c, m } = message(p);
      const t = textOf(p.text, p.parse_mode, 'text');
      if (t.text === m.text && JSON.stringify(p.reply_markup) === JSON.stringify(m.replyMarkup)) fail(tgErrors.badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'));
      Object.assign(m, t, { replyMarkup: p.reply_markup, parseMode: p.parse_mode, edits: m.edits + 1 });
      s.notify(m, 'edited');
      return msgOf(c, m);
    },
    editMessageReplyMarkup: (p) => {
      if (p.inline_message_id) return true;
      const { c, m } = message(p);
      if (JSON.stringify(p.reply_markup) === JSON.stringify(m.replyMarkup)) fail(tgErrors.badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message'));
      Object.assign(m, { replyMarkup: p.reply_markup, edits: m.edits + 1 });
      s.notify(m, 'edited');
      return msgOf(c, m);
    },
    deleteMessage: (p) => {
      const c = s.chat(p.chat_id, false);
      const m = c.byId.get(Number(p.message_id));
      if (!m || m.deleted) fail(tgErrors.badRequest('message to delete not found'));
      m!.deleted = true;
      s.notify(m!, 'deleted');
      return true;
    },
    answerCallbackQuery: (p) => {
      const id = String(p.callback_query_id);
      if (!s.pendingCallbacks.delete(id)) fail(tgErrors.badRequest('query is too old and response timeout expired or query ID is invalid'));
      s.callbackAnswers.set(String(p.callback_query_id), p);
      return true;
    },
    answerInlineQuery: (p) => {
      s.inlineAnswers.set(String(p.inline_query_id), p);
      return true;
    },
    copyMessage: (p) => {
      const from = s.chat(p.from_chat_id, false);
      const orig = from.byId.get(Number(p.message_id));
      if (!orig || orig.deleted) fail(tgErrors.badRequest('message to copy not found'));
      const caption = p.caption !== undefined ? textOf(p.caption, p.parse_mode, 'caption') : { text: orig!.text, plain: orig!.plain };
      const { m } = send('copyMessage', p, { ...caption, ...(orig!.file ? { file: orig!.file } : {}), ...(p.reply_markup ? {} : { replyMarkup: undefined }) });
      return { message_id: m.messageId };
    },
    forwardMessage: (p) => {
      const from = s.chat(p.from_chat_id, false);
      const orig = from.byId.get(Number(p.message_id));
      if (!orig || orig.deleted) fail(tgErrors.badRequest('message to forward not found'));
      const { c, m } = send('forwardMessage', p, { text: orig!.text, plain: orig!.plain, ...(orig!.file ? { file: orig!.file } : {}) });
      return { ...msgOf(c, m), forward_origin: { type: 'chat', chat: from.chat, date: orig!.date } };
    },
    pinChatMessage: (p) => {
      const c = s.chat(p.chat_id);
      const m = c.byId.get(Number(p.message_id));
      if (!m) fail(tgErrors.badRequest('message to pin not found'));
      m!.pinned = true;
      return true;
    },
    unpinChatMessage: (p) => {
      const c = s.chat(p.chat_id);
      for (const m of c.messages) if (p.message_id === undefined || m.messageId === Number(p.message_id)) m.pinned = false;
      return true;
    },
    createForumTopic: (p) => {
      const c = s.chat(p.chat_id);
      if (c.chat.type !== 'supergroup') fail(tgErrors.badRequest('the chat is not a forum'));
      if (!p.name) fail(tgErrors.badRequest('topic name is empty'));
      // Topic ids are message ids of the service message that opens the topic.
      const m = s.store(c, { from: 'bot', method: 'createForumTopic', payload: p, paid: false, plain: `Topic: ${p.name}` });
      c.topics++;
      return { message_thread_id: m.messageId, name: String(p.name), icon_color: Number(p.icon_color ?? 7322096) };
    },
    getChat: (p) => {
      const c = s.chat(p.chat_id, false);
      return { ...c.chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false } };
    },
    getChatMember: (p) => {
      const c = s.chat(p.chat_id, false);
      const userId = Number(p.user_id);
      if (userId === s.bot.id) {
        if (c.chat.type === 'private') return { status: 'member', user: s.bot };
        return { status: 'administrator', user: s.bot, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true, can_manage_video_chats: false, can_restrict_members: true, can_promote_members: false, can_change_info: false, can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false, can_pin_messages: true, can_manage_topics: true };
      }
      const user = s.users.get(userId);
      if (!user) fail(tgErrors.badRequest('user not found'));
      const member = c.members.get(userId);
      const status = member?.status ?? (c.chat.type === 'private' && c.chat.id === userId ? 'member' : c.chat.type === 'private' ? 'left' : 'member');
      return { status, user, ...(member?.until_date !== undefined ? { until_date: member.until_date } : {}) };
    },
    restrictChatMember: (p) => memberChange(p, 'restricted'),
    banChatMember: (p) => memberChange(p, 'kicked'),
    unbanChatMember: (p) => memberChange(p, 'left'),
    leaveChat: (p) => {
      const c = s.chat(p.chat_id, false);
      c.status = 'left';
      return true;
    },
    // Harmless methods features may call: accepted, nothing to keep.
    sendChatAction: (p) => (s.chat(p.chat_id), true),
    setMessageReaction: (p) => (s.chat(p.chat_id, false), true),
    setChatPermissions: (p) => (s.chat(p.chat_id, false), true),
    approveChatJoinRequest: () => true,
    declineChatJoinRequest: () => true,
    setMyDescription: () => true,
    setMyShortDescription: () => true,
    setChatMenuButton: () => true,
    closeForumTopic: () => true,
    reopenForumTopic: () => true,
    editForumTopic: () => true,
    deleteForumTopic: () => true,
    unpinAllChatMessages: (p) => methods.unpinChatMessage!({ chat_id: p.chat_id }, new Map()),
    getChatMemberCount: (p) => Math.max(1, s.chat(p.chat_id, false).members.size),
    getChatAdministrators: (p) => (s.chat(p.chat_id, false), [methods.getChatMember!({ chat_id: p.chat_id, user_id: s.bot.id }, new Map())]),
    deleteMessages: (p) => {
      const c = s.chat(p.chat_id, false);
      for (const id of p.message_ids ?? []) {
        const m = c.byId.get(Number(id));
        if (m && !m.deleted) {
          m.deleted = true;
          s.notify(m, 'deleted');
        }
      }
      return true;
    },
    editMessageCaption: (p) => {
      if (p.inline_message_id) return true;
      const { c, m } = message(p);
      Object.assign(m, textOf(p.caption, p.parse_mode, 'caption'), { replyMarkup: p.reply_markup, parseMode: p.parse_mode, edits: m.edits + 1 });
      s.notify(m, 'edited');
      return msgOf(c, m);
    },
    getFile: (p) => {
      const f = s.files.get(String(p.file_id));
      if (!f) fail(tgErrors.badRequest('invalid file_id'));
      return { file_id: f!.file_id, file_unique_id: f!.file_unique_id, file_size: f!.file_size, file_path: f!.file_path };
    },
  };

  for (const [method, kind] of Object.entries(FILE_KINDS)) {
    methods[method] = (p, files) => {
      const file = inputFile(kind, p[kind], files);
      const { c, m } = send(method, p, { ...textOf(p.caption, p.parse_mode, 'caption'), file: { kind, file } });
      return msgOf(c, m);
    };
  }

  function memberChange(p: Payload, status: string) {
    const c = s.chat(p.chat_id, false);
    if (c.chat.type === 'private') fail(tgErrors.badRequest('method is available only for supergroups'));
    const userId = Number(p.user_id);
    if (!Number.isSafeInteger(userId) || userId === 0) fail(tgErrors.badRequest('invalid user_id specified'));
    if (status === 'left' && p.only_if_banned && c.members.get(userId)?.status !== 'kicked') return true;
    c.members.set(userId, { status, ...(p.until_date ? { until_date: Number(p.until_date) } : {}), ...(p.permissions ? { permissions: p.permissions } : {}) });
    return true;
  }

  return methods;
}
