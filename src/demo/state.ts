import type { Chat, User, UserFromGetMe } from 'grammy/types';
import { fail, tgErrors } from './errors.js';
import { DEFAULT_LIMITS, Limiter, type LimitOptions } from './limits.js';
import { newChat, privateChatOf, unix, UpdateQueue, type ChatState, type StoredFile, type StoredMessage } from './store.js';

/** Scripted faults of the local Bot API server; all can be changed at run time with `configure`. */
export interface FaultOptions {
  /** Probability (0..1) that a message gets an injected 429. */
  random429: number;
  random429RetryAfter: number;
  /** An injected 429 opens a window for the whole bot or only for the chat. */
  random429Scope: 'global' | 'chat';
  /** Delay before every answer: fixed plus a random 0..jitter. */
  latencyMs: number;
  jitterMs: number;
  /** Probability (0..1) that the connection is dropped without an answer… */
  dropProbability: number;
  /** …before the request is handled, or after (the message was sent, the answer lost). */
  dropWhen: 'before' | 'after';
  /** Sending to a chat id never seen: treat it as a user who started the bot, or 400 chat not found. */
  unknownChats: 'create' | 'not-found';
}

export const DEFAULT_FAULTS: FaultOptions = {
  random429: 0,
  random429RetryAfter: 3,
  random429Scope: 'global',
  latencyMs: 0,
  jitterMs: 0,
  dropProbability: 0,
  dropWhen: 'before',
  unknownChats: 'create',
};

export const DEMO_BOT: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Exchange Community Bot',
  username: 'exchange_community_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

export function newStats() {
  return {
    requests: 0,
    byMethod: {} as Record<string, number>,
    /** Messages the bot delivered (send*, copy, forward). */
    messagesSent: 0,
    paidMessages: 0,
    /** Error answers by code ("429", "403", "400", …). */
    errors: {} as Record<string, number>,
    tooManyRequests: 0,
    /** Requests that arrived while a 429 window they fall under was open (a sender that ignored retry_after). */
    requestsInsideRetryWindow: 0,
    /** The same text delivered twice to the same chat. */
    duplicates: 0,
    duplicateSamples: [] as { chatId: number; text: string }[],
    droppedConnections: 0,
    /** Most messages delivered within one wall-clock second. */
    peakPerSecond: 0,
    firstSendAt: 0,
    lastSendAt: 0,
  };
}
export type Stats = ReturnType<typeof newStats>;

/** Everything the server knows: users, chats, messages, files, updates, limits, faults, stats. */
export class TelegramState {
  bot: UserFromGetMe;
  users = new Map<number, User>();
  chats = new Map<number, ChatState>();
  files = new Map<string, StoredFile>();
  filesByPath = new Map<string, StoredFile>();
  updates = new UpdateQueue();
  limiter: Limiter;
  faults: FaultOptions;
  stats = newStats();
  webhook?: { url: string; secret_token?: string; allowed_updates?: string[] };
  /** Called when setWebhook is set (the server starts delivering). */
  onWebhook?: () => void;
  commands = new Map<string, unknown[]>();
  /** Callback query ids issued by pressButton and not answered yet. */
  pendingCallbacks = new Set<string>();
  callbackAnswers = new Map<string, Record<string, any>>();
  inlineAnswers = new Map<string, Record<string, any>>();
  calls: { method: string; payload: Record<string, any> }[] = [];
  listeners = new Set<(m: StoredMessage, kind: 'sent' | 'edited' | 'deleted') => void>();
  private fileSeq = 0;
  private second = 0;
  private inSecond = 0;

  constructor(opts: Partial<LimitOptions & FaultOptions> & { botInfo?: UserFromGetMe; now?: () => number }, readonly now: () => number = opts.now ?? Date.now) {
    this.bot = opts.botInfo ?? DEMO_BOT;
    this.limiter = new Limiter({ ...DEFAULT_LIMITS, ...pick(opts, Object.keys(DEFAULT_LIMITS)) }, this.now);
    this.faults = { ...DEFAULT_FAULTS, ...pick(opts, Object.keys(DEFAULT_FAULTS)) };
  }

  addUser(u: User): User {
    this.users.set(u.id, u);
    if (!this.chats.has(u.id)) this.chats.set(u.id, newChat(privateChatOf(u)));
    return u;
  }

  addChat(chat: Chat): ChatState {
    let c = this.chats.get(chat.id);
    if (!c) this.chats.set(chat.id, (c = newChat(chat)));
    return c;
  }

  /** A chat id (number or @username) → its state; Telegram's 400/403 for chats the bot cannot write to. */
  chat(raw: unknown, forSending = true): ChatState {
    const id = this.chatId(raw);
    let c = this.chats.get(id);
    if (!c) {
      if (this.faults.unknownChats === 'not-found' || !Number.isSafeInteger(id)) fail(tgErrors.chatNotFound());
      c = id > 0 ? this.chats.get(this.addUser({ id, is_bot: false, first_name: `User${id}` }).id)! : this.addChat({ id, type: 'supergroup', title: `Group ${id}` });
    }
    if (c.migratedTo !== undefined) fail(tgErrors.migrated(c.migratedTo));
    if (c.status === 'not-found') fail(tgErrors.chatNotFound());
    if (forSending) {
      if (c.status === 'blocked') fail(tgErrors.blocked());
      if (c.status === 'deactivated') fail(tgErrors.deactivated());
      if (c.status === 'kicked') fail(tgErrors.kicked());
      if (c.status === 'left') fail(tgErrors.notMember());
    }
    return c;
  }

  chatId(raw: unknown): number {
    if (typeof raw === 'string' && raw.startsWith('@')) {
      for (const c of this.chats.values()) if ('username' in c.chat && `@${c.chat.username}` === raw) return c.chat.id;
      fail(tgErrors.chatNotFound());
    }
    const id = Number(raw);
    if (raw === undefined || raw === '' || !Number.isFinite(id)) fail(tgErrors.badRequest('chat_id is empty'));
    return id;
  }

  /** Flood limits and injected 429s for one message to `chatId`: throws Telegram's 429. */
  checkLimits(chatId: number, paid: boolean) {
    const inside = this.limiter.inWindow(chatId);
    if (inside) fail(inside);
    const err = this.limiter.take(chatId, chatId < 0, paid);
    if (err) fail(err);
    if (this.faults.random429 > 0 && Math.random() < this.faults.random429) {
      fail(this.limiter.open(this.faults.random429Scope === 'global' ? 'global' : `chat:${chatId}`, this.faults.random429RetryAfter));
    }
  }

  /** Stores a message the bot sent and counts it (rate, duplicates). */
  store(c: ChatState, m: Omit<StoredMessage, 'messageId' | 'chatId' | 'date' | 'edits' | 'deleted' | 'pinned'>): StoredMessage {
    const msg: StoredMessage = { ...m, chatId: c.chat.id, messageId: c.nextMessageId++, date: unix(), edits: 0, deleted: false, pinned: false };
    c.messages.push(msg);
    c.byId.set(msg.messageId, msg);
    if (m.from === 'bot') this.countSent(c, msg);
    for (const l of this.listeners) l(msg, 'sent');
    return msg;
  }

  private countSent(c: ChatState, msg: StoredMessage) {
    const s = this.stats;
    const now = this.now();
    s.messagesSent++;
    if (msg.paid) s.paidMessages++;
    s.firstSendAt ||= now;
    s.lastSendAt = now;
    const sec = Math.floor(now / 1000);
    if (sec !== this.second) [this.second, this.inSecond] = [sec, 0];
    s.peakPerSecond = Math.max(s.peakPerSecond, ++this.inSecond);
    if (msg.text !== undefined) {
      if (c.texts.has(msg.text)) {
        s.duplicates++;
        if (s.duplicateSamples.length < 100) s.duplicateSamples.push({ chatId: c.chat.id, text: msg.text.slice(0, 200) });
      } else c.texts.add(msg.text);
    }
  }

  notify(m: StoredMessage, kind: 'edited' | 'deleted') {
    for (const l of this.listeners) l(m, kind);
  }

  addFile(bytes: Buffer, kind: string, name?: string, mime?: string): StoredFile {
    const n = ++this.fileSeq;
    const ext = name?.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
    const f: StoredFile = {
      file_id: `F${kind[0]}${n.toString(36)}_${Math.random().toString(36).slice(2, 10)}`,
      file_unique_id: `U${n.toString(36)}`,
      file_path: `${kind}s/file_${n}${ext}`,
      file_size: bytes.length,
      bytes,
      ...(name ? { file_name: name } : {}),
      ...(mime ? { mime_type: mime } : {}),
    };
    this.files.set(f.file_id, f);
    this.filesByPath.set(f.file_path, f);
    return f;
  }

  resetStats() {
    this.stats = newStats();
    this.limiter.reset();
    for (const c of this.chats.values()) c.texts.clear();
  }
}

function pick<T extends object>(o: T, keys: string[]): any {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => keys.includes(k) && v !== undefined));
}
