import type { Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { DEMO_BOT } from '../../src/demo/state.js';

/** The same bot identity as the local Bot API server's, so fake and local runs agree. */
export const BOT_INFO: UserFromGetMe = { ...DEMO_BOT, has_topics_enabled: false, allows_users_to_create_topics: false } as UserFromGetMe;

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

export type TelegramError = { ok: false; error_code: number; description: string; parameters?: { retry_after?: number; migrate_to_chat_id?: number } };

/** Telegram's own error shapes (descriptions as tdlib/telegram-bot-api words them). */
export const errors = {
  tooManyRequests: (retryAfter: number): TelegramError => ({
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  }),
  blocked: (): TelegramError => ({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }),
  deactivated: (): TelegramError => ({ ok: false, error_code: 403, description: 'Forbidden: user is deactivated' }),
  chatNotFound: (): TelegramError => ({ ok: false, error_code: 400, description: 'Bad Request: chat not found' }),
  migrated: (to: number): TelegramError => ({
    ok: false,
    error_code: 400,
    description: 'Bad Request: group chat was upgraded to a supergroup chat',
    parameters: { migrate_to_chat_id: to },
  }),
  notModified: (): TelegramError => ({
    ok: false,
    error_code: 400,
    description: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  }),
  notEnoughRights: (): TelegramError => ({ ok: false, error_code: 400, description: 'Bad Request: not enough rights to send text messages to the chat' }),
};

type Scripted = { match: (c: ApiCall) => boolean; response: TelegramError | ((c: ApiCall) => unknown); times: number };

/**
 * A fake Bot API as a grammY API transformer: records every call with its payload and answers
 * the way Telegram does (message objects with ids, `true` for most methods), or with a scripted
 * error. Nothing leaves the process.
 */
export function createFakeApi(botInfo: UserFromGetMe = BOT_INFO) {
  const calls: ApiCall[] = [];
  const scripted: Scripted[] = [];
  let messageId = 1000;
  const now = () => Math.floor(Date.now() / 1000);

  function chatOf(chatId: unknown) {
    const id = Number(chatId);
    return id > 0 ? { id, type: 'private', first_name: 'Member' } : { id, type: 'supergroup', title: 'Community' };
  }

  function defaultResult(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case 'getMe':
        return botInfo;
      case 'sendMessage':
        return { message_id: ++messageId, date: now(), chat: chatOf(p.chat_id), from: botInfo, text: p.text, ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}) };
      case 'sendDocument':
      case 'sendPhoto':
      case 'sendVoice':
      case 'copyMessage':
      case 'forwardMessage':
        return method === 'copyMessage' ? { message_id: ++messageId } : { message_id: ++messageId, date: now(), chat: chatOf(p.chat_id), from: botInfo };
      case 'editMessageText':
        return { message_id: p.message_id, date: now(), edit_date: now(), chat: chatOf(p.chat_id), from: botInfo, text: p.text };
      case 'createForumTopic':
        return { message_thread_id: ++messageId, name: p.name, icon_color: 7322096 };
      case 'getChat':
        return chatOf(p.chat_id);
      case 'getChatMember':
        return { status: 'administrator', user: botInfo, can_delete_messages: true, can_restrict_members: true, can_manage_topics: true };
      case 'getFile':
        return { file_id: p.file_id, file_unique_id: `u${p.file_id}`, file_size: 10, file_path: `documents/${p.file_id}` };
      default:
        return true;
    }
  }

  const transformer: Transformer = async (_prev, method, payload) => {
    const call: ApiCall = { method, payload: { ...(payload as Record<string, any>) } };
    calls.push(call);
    const s = scripted.find((x) => x.times > 0 && x.match(call));
    if (s) {
      s.times--;
      if (typeof s.response === 'function') return { ok: true, result: s.response(call) } as any;
      return s.response as any;
    }
    return { ok: true, result: defaultResult(method, call.payload) } as any;
  };

  return {
    transformer,
    calls,
    /** Answer the next `times` matching calls with a Telegram error. */
    fail(method: string, error: TelegramError, opts: { times?: number; chatId?: number } = {}) {
      scripted.push({
        match: (c) => c.method === method && (opts.chatId === undefined || Number(c.payload.chat_id) === opts.chatId),
        response: error,
        times: opts.times ?? 1,
      });
    },
    /** Answer matching calls with a custom result. */
    respond(method: string, result: (c: ApiCall) => unknown, times = Infinity) {
      scripted.push({ match: (c) => c.method === method, response: result, times });
    },
    /** Calls of one method (default: all), in order. */
    sent(method?: string) {
      return method ? calls.filter((c) => c.method === method) : calls;
    },
    /** Texts sent with sendMessage, in order. */
    texts(chatId?: number) {
      return calls.filter((c) => c.method === 'sendMessage' && (chatId === undefined || Number(c.payload.chat_id) === chatId)).map((c) => c.payload.text as string);
    },
    last(method?: string) {
      const list = method ? calls.filter((c) => c.method === method) : calls;
      return list[list.length - 1];
    },
    reset() {
      calls.length = 0;
      scripted.length = 0;
    },
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;

/** Button texts and callback data of an inline keyboard in a payload. */
export function buttons(payload: Record<string, any> | undefined): { text: string; data?: string; url?: string }[] {
  const rows = payload?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().map((b: any) => ({ text: b.text, data: b.callback_data, url: b.url }));
}
