import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';

export type ChatStatus = 'ok' | 'blocked' | 'deactivated' | 'not-found' | 'left' | 'kicked';

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_size: number;
  file_name?: string;
  mime_type?: string;
  bytes: Buffer;
}

/** A message in a chat as the server keeps it: what the bot sent (payload as sent) or a user wrote. */
export interface StoredMessage {
  chatId: number;
  messageId: number;
  /** 'bot' for the bot's own messages, else the user who wrote it. */
  from: 'bot' | User;
  method: string;
  date: number;
  /** Text or caption as sent (HTML included when parse_mode is HTML). */
  text?: string;
  /** What a Telegram client shows: tags removed. */
  plain?: string;
  parseMode?: string;
  replyMarkup?: any;
  threadId?: number;
  file?: { kind: 'document' | 'photo' | 'voice'; file: StoredFile };
  payload: Record<string, any>;
  edits: number;
  deleted: boolean;
  pinned: boolean;
  paid: boolean;
}

export interface ChatState {
  chat: Chat;
  status: ChatStatus;
  migratedTo?: number;
  messages: StoredMessage[];
  byId: Map<number, StoredMessage>;
  nextMessageId: number;
  members: Map<number, { status: string; until_date?: number; permissions?: unknown }>;
  /** Texts the bot sent here, for the duplicate count. */
  texts: Set<string>;
  topics: number;
}

export const unix = () => Math.floor(Date.now() / 1000);

export function newChat(chat: Chat): ChatState {
  return { chat, status: 'ok', messages: [], byId: new Map(), nextMessageId: 1, members: new Map(), texts: new Set(), topics: 0 };
}

export function privateChatOf(u: User): Chat.PrivateChat {
  return { id: u.id, type: 'private', first_name: u.first_name, ...(u.last_name ? { last_name: u.last_name } : {}), ...(u.username ? { username: u.username } : {}) };
}

/** The Telegram Message object of a stored message. */
export function toMessage(m: StoredMessage, chat: Chat, bot: UserFromGetMe): Message {
  const msg: Record<string, any> = { message_id: m.messageId, date: m.date, chat, from: m.from === 'bot' ? bot : m.from };
  if (m.threadId) Object.assign(msg, { message_thread_id: m.threadId, is_topic_message: true });
  if (m.file) {
    const f = m.file.file;
    const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size };
    if (m.file.kind === 'photo') msg.photo = [{ ...base, width: 800, height: 600 }];
    else if (m.file.kind === 'voice') msg.voice = { ...base, duration: 1, mime_type: 'audio/ogg' };
    else msg.document = { ...base, ...(f.file_name ? { file_name: f.file_name } : {}), ...(f.mime_type ? { mime_type: f.mime_type } : {}) };
    if (m.plain !== undefined) msg.caption = m.plain;
  } else if (m.plain !== undefined) {
    msg.text = m.plain;
    const cmd = m.from !== 'bot' ? /^\/[A-Za-z0-9_]+(@\w+)?/.exec(m.plain) : null;
    if (cmd) msg.entities = [{ type: 'bot_command', offset: 0, length: cmd[0].length }];
  }
  if (m.replyMarkup) msg.reply_markup = m.replyMarkup;
  if (m.edits) msg.edit_date = unix();
  return msg as Message;
}

/** Update types Telegram sends when allowed_updates was never set. */
const DEFAULT_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

type Waiter = { wake: () => void };

/**
 * Pending updates, in order, confirmed (dropped) by getUpdates' offset. Long polls wait on it and
 * are woken as soon as an update arrives.
 */
export class UpdateQueue {
  private items: Update[] = [];
  private head = 0;
  private nextId = 1;
  private waiters = new Set<Waiter>();
  allowed?: Set<string>;

  push(body: Omit<Update, 'update_id'>): Update {
    const update = { update_id: this.nextId++, ...body } as Update;
    const type = Object.keys(body)[0]!;
    if (this.allowed ? !this.allowed.has(type) : DEFAULT_EXCLUDED.has(type)) return update;
    this.items.push(update);
    for (const w of this.waiters) w.wake();
    return update;
  }

  /** Drops updates below `offset` (a negative offset keeps the last -offset ones) and returns up to `limit`. */
  take(offset: number, limit: number): Update[] {
    if (offset < 0) this.head = Math.max(this.head, this.items.length + offset);
    else while (this.head < this.items.length && this.items[this.head]!.update_id < offset) this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return this.items.slice(this.head, this.head + limit);
  }

  /** Resolves when an update arrives, after `ms`, or when `cancel` is called. */
  wait(ms: number): { done: Promise<void>; cancel: () => void } {
    let cancel!: () => void;
    const done = new Promise<void>((resolve) => {
      const w: Waiter = { wake: () => cancel() };
      const timer = setTimeout(() => cancel(), ms);
      cancel = () => {
        clearTimeout(timer);
        this.waiters.delete(w);
        resolve();
      };
      this.waiters.add(w);
    });
    return { done, cancel };
  }

  get pending() {
    return this.items.length - this.head;
  }

  cancelAll() {
    for (const w of [...this.waiters]) w.wake();
  }
}
