/**
 * A local Telegram Bot API server over real HTTP, for `npm run demo`, end-to-end tests and benchmarks.
 * The real bot talks to it with `TELEGRAM_API_ROOT=server.apiRoot`; grammY's own `Api` works too.
 *
 *   const server = await startBotApiServer({ globalPerSecond: 30 });      // 127.0.0.1, a free port
 *   const api = new Api(DEMO_TOKEN, { apiRoot: server.apiRoot });          // or spawn the bot with the env
 *   server.sendFromUser(alice, '/start');                                  // a real Telegram update
 *   const reply = await server.nextMessage(alice.id);                      // waits for the bot's answer
 *   server.pressButton(alice.id, reply.messageId, 'menu:language');        // a callback_query update
 *   server.sentTo(alice.id);  server.stats();  await server.close();
 *
 * Limits (429 "Too Many Requests: retry after N" with parameters.retry_after): `globalPerSecond` (30),
 * `paidPerSecond` (1000, for messages with allow_paid_broadcast: true), `privatePerSecond` (1) with
 * `privateBurst` (3), `groupPerMinute` (20); 0 turns a limit off. A request that arrives while a 429
 * window it falls under is open is answered 429 again and counted in stats().requestsInsideRetryWindow;
 * the same text delivered twice to one chat is counted in stats().duplicates.
 * Faults: block(id) / deactivate(id) → 403, forget(chatId) → 400 chat not found, migrate(groupId) →
 * 400 with migrate_to_chat_id, failNext(method, error), and `configure({ random429, latencyMs, jitterMs,
 * dropProbability, dropWhen, unknownChats })`. Unknown methods → 404. Files: sendDocument/Photo/Voice
 * store the bytes; getFile and `/file/bot<token>/<path>` serve them; a file_id can be sent again.
 * Webhook mode: after setWebhook, updates are POSTed to the URL (or to `webhookOrigin` + its path)
 * with the secret token header, in order, retried until answered 2xx.
 * Benchmarks: a message to a chat id never seen creates that user (unknownChats: 'create', the default),
 * so 27,000 recipients need no set-up; pass `recordCalls: false` to keep memory flat; stats() has
 * messagesSent, peakPerSecond, firstSendAt/lastSendAt (rate), errors by code, droppedConnections.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, Update, User, UserFromGetMe } from 'grammy/types';
import { createHandler, type Scripted } from './http-handler.js';
import { WebhookDelivery } from './webhook.js';
import type { LimitOptions } from './limits.js';
import { DEMO_BOT, TelegramState, type FaultOptions, type Stats } from './state.js';
import { privateChatOf, toMessage, unix, type StoredMessage } from './store.js';
import type { TelegramErrorBody } from './errors.js';

export { tgErrors } from './errors.js';
export { DEMO_BOT, type StoredMessage, type Stats };

/** A token of the right shape for the local server (never valid at Telegram). */
export const DEMO_TOKEN = `${DEMO_BOT.id}:AAdemo-local-bot-api-server-token`;

export interface BotApiServerOptions extends Partial<LimitOptions>, Partial<FaultOptions> {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Accept only this token (401 otherwise). Default: any token. */
  token?: string;
  botInfo?: UserFromGetMe;
  /** Webhook mode: deliver to this origin instead of the registered URL's (http://127.0.0.1:PORT). */
  webhookOrigin?: string;
  /** Clock of the rate limits (tests). */
  now?: () => number;
  /** Keep every call in `calls` (default true; benches may turn it off). */
  recordCalls?: boolean;
}

export async function startBotApiServer(opts: BotApiServerOptions = {}): Promise<BotApiServer> {
  const server = new BotApiServer(opts);
  await server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1');
  return server;
}

export class BotApiServer {
  readonly state: TelegramState;
  private readonly scripted: Scripted[] = [];
  private readonly http: http.Server;
  private readonly handler: ReturnType<typeof createHandler>;
  private callbackSeq = 0;
  /** Webhook delivery (after the bot's setWebhook); `webhook.origin` can be changed at run time. */
  readonly webhook: WebhookDelivery;
  port = 0;
  host = '127.0.0.1';

  constructor(opts: BotApiServerOptions = {}) {
    this.state = new TelegramState(opts);
    this.handler = createHandler(this.state, { token: opts.token, recordCalls: opts.recordCalls !== false }, this.scripted);
    this.http = http.createServer((req, res) => void this.handler.handle(req, res));
    this.http.keepAliveTimeout = 65_000;
    this.webhook = new WebhookDelivery(this.state);
    this.webhook.origin = opts.webhookOrigin;
    this.state.onWebhook = () => this.webhook.kick();
  }

  /** What to put in TELEGRAM_API_ROOT. */
  get apiRoot() {
    return `http://${this.host}:${this.port}`;
  }

  listen(port = 0, host = '127.0.0.1'): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, host, () => {
        this.port = (this.http.address() as AddressInfo).port;
        this.host = host;
        resolve();
      });
    });
  }

  /** Ends long polls and every connection. */
  close(): Promise<void> {
    this.webhook.stop();
    this.handler.endPolls();
    return new Promise((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
  }

  /** Changes limits and faults at run time. */
  configure(opts: Partial<LimitOptions & FaultOptions>) {
    const limitKeys = Object.keys(this.state.limiter.opts);
    const limits = Object.fromEntries(Object.entries(opts).filter(([k]) => limitKeys.includes(k)));
    if (Object.keys(limits).length) this.state.limiter.configure(limits);
    Object.assign(this.state.faults, Object.fromEntries(Object.entries(opts).filter(([k]) => k in this.state.faults)));
  }

  // ── Users and updates ────────────────────────────────────────────────────

  /** Registers a user (and the private chat with the bot). */
  addUser(user: User): User {
    return this.state.addUser(user);
  }

  addGroup(chat: Chat.GroupChat | Chat.SupergroupChat) {
    this.state.addChat(chat);
    return chat;
  }

  user(id: number): User | undefined {
    return this.state.users.get(id);
  }

  /** Pushes any update (update_id assigned): the bot receives it on its next getUpdates. */
  pushUpdate(body: Omit<Update, 'update_id'>): Update {
    return this.state.updates.push(body);
  }

  /**
   * `user` writes `text` to the bot (private chat) or in `opts.chat`: a real message update. With
   * `opts.file` the message carries a document, photo or voice (text = caption) the bot can getFile.
   */
  sendFromUser(
    user: User | number,
    text: string,
    opts: { chat?: Chat; extra?: Partial<Message>; file?: { kind: 'document' | 'photo' | 'voice'; bytes: Buffer; name?: string; mime?: string } } = {},
  ): { update: Update; message: StoredMessage } {
    const u = typeof user === 'number' ? this.known(user) : this.addUser(user);
    const c = opts.chat ? this.state.addChat(opts.chat) : this.state.chats.get(u.id)!;
    if (c.chat.type !== 'private') c.members.set(u.id, { status: c.members.get(u.id)?.status ?? 'member' });
    const f = opts.file;
    const file = f ? { file: { kind: f.kind, file: this.state.addFile(f.bytes, f.kind, f.name, f.mime) } } : {};
    const caption = f && !text ? {} : { text, plain: text };
    const stored = this.state.store(c, { from: u, method: 'user', payload: { text }, paid: false, ...caption, ...file });
    const message = { ...toMessage(stored, c.chat, this.state.bot), ...opts.extra } as Message;
    return { update: this.pushUpdate({ message } as Omit<Update, "update_id">), message: stored };
  }

  /** `from` (default: the private chat's user) presses the inline button with `data` under a bot message. */
  pressButton(chatId: number, messageId: number, data: string, from?: User | number): { update: Update; callbackQueryId: string } {
    const c = this.state.chats.get(chatId);
    const m = c?.byId.get(messageId);
    if (!c || !m || m.deleted) throw new Error(`no message ${messageId} in chat ${chatId}`);
    const found = (m.replyMarkup?.inline_keyboard ?? []).flat().some((b: any) => b.callback_data === data);
    if (!found) throw new Error(`message ${messageId} has no button with data "${data}"`);
    const user = from === undefined ? this.known(chatId) : typeof from === 'number' ? this.known(from) : this.addUser(from);
    const id = `${Date.now()}${++this.callbackSeq}`;
    this.state.pendingCallbacks.add(id);
    const update = this.pushUpdate({
      callback_query: { id, from: user, chat_instance: `ci${chatId}`, data, message: toMessage(m, c.chat, this.state.bot) as any },
    });
    return { update, callbackQueryId: id };
  }

  inlineQuery(user: User | number, query: string): { update: Update; inlineQueryId: string } {
    const u = typeof user === 'number' ? this.known(user) : this.addUser(user);
    const id = `iq${Date.now()}${++this.callbackSeq}`;
    return { update: this.pushUpdate({ inline_query: { id, from: u, query, offset: '' } }), inlineQueryId: id };
  }

  private known(id: number): User {
    const u = this.state.users.get(id);
    if (!u) throw new Error(`unknown user ${id}: add it with addUser first`);
    return u;
  }

  // ── Faults ───────────────────────────────────────────────────────────────

  /** The user blocked the bot: 403 from now on; `notify` sends the my_chat_member update Telegram sends. */
  block(userId: number, opts: { notify?: boolean } = {}) {
    this.setStatus(userId, 'blocked', opts.notify ? 'kicked' : undefined);
  }
  unblock(userId: number, opts: { notify?: boolean } = {}) {
    this.setStatus(userId, 'ok', opts.notify ? 'member' : undefined);
  }
  deactivate(userId: number) {
    this.setStatus(userId, 'deactivated');
  }
  /** Sending to this chat answers 400 "chat not found". */
  forget(chatId: number) {
    this.state.chat(chatId, false).status = 'not-found';
  }
  /** The bot was removed from a group: 403. */
  kickBot(chatId: number) {
    this.state.chat(chatId, false).status = 'kicked';
  }
  /** The group became a supergroup: sends to the old id answer 400 with migrate_to_chat_id. */
  migrate(groupId: number, toChatId = -1_000_000_000_000 + groupId): number {
    const old = this.state.chat(groupId, false);
    this.state.addChat({ id: toChatId, type: 'supergroup', title: 'title' in old.chat ? old.chat.title! : 'Group' });
    old.migratedTo = toChatId;
    return toChatId;
  }
  /** The next `times` calls of `method` (optionally to one chat) answer with `error`. */
  failNext(method: string, error: TelegramErrorBody, opts: { times?: number; chatId?: number } = {}) {
    this.scripted.push({ method, error, times: opts.times ?? 1, ...(opts.chatId !== undefined ? { chatId: opts.chatId } : {}) });
  }

  private setStatus(userId: number, status: 'ok' | 'blocked' | 'deactivated', notify?: 'kicked' | 'member') {
    const user = this.state.users.get(userId) ?? this.addUser({ id: userId, is_bot: false, first_name: `User${userId}` });
    this.state.chats.get(userId)!.status = status;
    if (!notify) return;
    const bot = this.state.bot;
    this.pushUpdate({
      my_chat_member: {
        chat: privateChatOf(user),
        from: user,
        date: unix(),
        old_chat_member: (notify === 'kicked' ? { status: 'member', user: bot } : { status: 'kicked', user: bot, until_date: 0 }) as any,
        new_chat_member: (notify === 'kicked' ? { status: 'kicked', user: bot, until_date: 0 } : { status: 'member', user: bot }) as any,
      },
    });
  }

  // ── Reading what the bot did ─────────────────────────────────────────────

  /** Messages the bot sent to a chat (deleted ones excluded unless asked), in order. */
  sentTo(chatId: number, opts: { includeDeleted?: boolean } = {}): StoredMessage[] {
    return (this.state.chats.get(chatId)?.messages ?? []).filter((m) => m.from === 'bot' && (opts.includeDeleted || !m.deleted));
  }

  /** Every message in a chat, the users' included. */
  messages(chatId: number): StoredMessage[] {
    return this.state.chats.get(chatId)?.messages ?? [];
  }

  /** Calls the bot made, optionally of one method. */
  calls(method?: string) {
    return method ? this.state.calls.filter((c) => c.method === method) : this.state.calls;
  }

  callbackAnswer(callbackQueryId: string) {
    return this.state.callbackAnswers.get(callbackQueryId);
  }

  inlineAnswer(inlineQueryId: string) {
    return this.state.inlineAnswers.get(inlineQueryId);
  }

  /** The command list set with setMyCommands (default scope, optionally for a language). */
  commands(languageCode = '') {
    return this.state.commands.get(`default:${languageCode}`);
  }

  fileBytes(fileId: string): Buffer | undefined {
    return this.state.files.get(fileId)?.bytes;
  }

  /** Calls `listener` for every message the bot sends, edits or deletes; returns the unsubscribe. */
  onMessage(listener: (m: StoredMessage, kind: 'sent' | 'edited' | 'deleted') => void): () => void {
    this.state.listeners.add(listener);
    return () => this.state.listeners.delete(listener);
  }

  /**
   * The first bot message in `chatId` after message id `after` (default: the chat's last message now)
   * that matches; waits for it up to `timeoutMs`.
   */
  nextMessage(chatId: number, opts: { after?: number; timeoutMs?: number; match?: (m: StoredMessage) => boolean } = {}): Promise<StoredMessage> {
    const after = opts.after ?? this.state.chats.get(chatId)?.messages.at(-1)?.messageId ?? 0;
    const ok = (m: StoredMessage) => m.from === 'bot' && m.chatId === chatId && m.messageId > after && (!opts.match || opts.match(m));
    const existing = this.sentTo(chatId).find(ok);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no message from the bot in chat ${chatId} within ${opts.timeoutMs ?? 10_000} ms`));
      }, opts.timeoutMs ?? 10_000);
      const off = this.onMessage((m, kind) => {
        if (kind !== 'sent' || !ok(m)) return;
        clearTimeout(timer);
        off();
        resolve(m);
      });
    });
  }

  /** Waits until `cond()` returns something truthy (checked on every bot message and every 25 ms). */
  async waitFor<T>(cond: () => T | undefined | null | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = cond();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const off = this.onMessage(() => done());
        const timer = setTimeout(() => done(), 25);
        function done() {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    }
  }

  stats(): Stats {
    const l = this.state.limiter;
    return { ...this.state.stats, tooManyRequests: l.tooMany, requestsInsideRetryWindow: l.insideWindow, errors: { ...this.state.stats.errors } };
  }

  /** Zeroes the stats, closes 429 windows and forgets the texts seen (duplicate count). */
  resetStats() {
    this.state.resetStats();
    this.state.calls.length = 0;
  }
}
