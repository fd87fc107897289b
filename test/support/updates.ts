import type { Update, User, Chat, Message } from 'grammy/types';

let updateId = 1;
let messageId = 1;
const now = () => Math.floor(Date.now() / 1000);

export function user(id: number, opts: Partial<User> = {}): User {
  return { id, is_bot: false, first_name: opts.first_name ?? `Member${id}`, language_code: 'en', ...opts };
}

export const alice = user(1001, { first_name: 'Alice', username: 'alice' });
export const bernd = user(1002, { first_name: 'Bernd', username: 'bernd', language_code: 'de' });
export const li = user(1003, { first_name: '李', username: 'li', language_code: 'zh-hans' });
export const owner = user(9001, { first_name: 'Owner', username: 'the_owner' });

export function privateChat(u: User): Chat.PrivateChat {
  return { id: u.id, type: 'private', first_name: u.first_name, ...(u.username ? { username: u.username } : {}) };
}

export const community: Chat.SupergroupChat = { id: -1001234567890, type: 'supergroup', title: 'Exchange Community' };

function entitiesFor(text: string): Message['entities'] {
  const m = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return m ? [{ type: 'bot_command', offset: 0, length: m[0].length }] : undefined;
}

/** A text message from `from` in their private chat with the bot. */
export function privateText(text: string, from: User = alice, extra: Partial<Message> = {}): Update {
  const entities = entitiesFor(text);
  return {
    update_id: updateId++,
    message: { message_id: messageId++, date: now(), chat: privateChat(from), from, text, ...(entities ? { entities } : {}), ...extra } as any,
  };
}

/** A text message in a group. */
export function groupText(text: string, from: User = alice, chat: Chat.SupergroupChat | Chat.GroupChat = community, extra: Partial<Message> = {}): Update {
  const entities = entitiesFor(text);
  return {
    update_id: updateId++,
    message: { message_id: messageId++, date: now(), chat, from, text, ...(entities ? { entities } : {}), ...extra } as any,
  };
}

/** A press of an inline button with `data`, under a message the bot sent to `from`. */
export function callback(data: string, from: User = alice, message?: Partial<Message>): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId * 7),
      from,
      chat_instance: `ci${from.id}`,
      data,
      message: { message_id: messageId++, date: now(), chat: privateChat(from), text: '…', ...message } as any,
    },
  };
}

/** The member blocked (kicked) or unblocked (member) the bot. */
export function myChatMember(from: User, status: 'kicked' | 'member'): Update {
  const bot = { id: 7000000001, is_bot: true, first_name: 'Bot' };
  return {
    update_id: updateId++,
    my_chat_member: {
      chat: privateChat(from),
      from,
      date: now(),
      old_chat_member: { status: status === 'kicked' ? 'member' : 'kicked', user: bot, ...(status === 'member' ? { until_date: 0 } : {}) } as any,
      new_chat_member: { status, user: bot, ...(status === 'kicked' ? { until_date: 0 } : {}) } as any,
    },
  };
}

export function nextUpdateId() {
  return updateId++;
}
