import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, Bot, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback } from 'grammy';
import { startBotApiServer, DEMO_TOKEN, type BotApiServer, type BotApiServerOptions } from '../../src/demo/bot-api-server.js';
import { autoRetry } from '@grammyjs/auto-retry';
import { errors } from '../support/fake-api.js';
import { parseMultipart } from '../../src/demo/multipart.js';
import { alice, bernd, user } from '../support/updates.js';

let server: BotApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server whose rate-limit clock only moves when the test says so. */
async function setup(opts: BotApiServerOptions = {}) {
  const clock = { t: 1_000_000 };
  server = await startBotApiServer({ now: () => clock.t, ...opts });
  const api = new Api(DEMO_TOKEN, { apiRoot: server.apiRoot });
  return { server, api, clock };
}

async function apiError(p: Promise<unknown>): Promise<GrammyError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}

const shape = (e: GrammyError) => ({ ok: false, error_code: e.error_code, description: e.description, ...(e.parameters && Object.keys(e.parameters).length ? { parameters: e.parameters } : {}) });

describe('local Bot API server: methods over HTTP', () => {
  it('answers getMe, and 404 in Telegram shape for an unknown method', async () => {
    const { api, server } = await setup();
    expect((await api.getMe()).username).toBe('exchange_community_bot');
    const res = await fetch(`${server.apiRoot}/bot${DEMO_TOKEN}/noSuchMethod`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found: method not found' });
  });

  it('rejects other tokens with 401 when a token is set', async () => {
    const { server } = await setup({ token: DEMO_TOKEN });
    const api = new Api('1:wrong-token', { apiRoot: server.apiRoot });
    expect((await apiError(api.getMe())).error_code).toBe(401);
  });

  it('stores messages with their buttons, checks HTML, edits and deletes', async () => {
    const { api, server } = await setup();
    const sent = await api.sendMessage(alice.id, '<b>Hi</b> &amp; welcome', { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text('Go', 'go') });
    expect(sent.text).toBe('Hi & welcome');
    const [stored] = server.sentTo(alice.id);
    expect(stored).toMatchObject({ text: '<b>Hi</b> &amp; welcome', plain: 'Hi & welcome', messageId: sent.message_id });
    expect(stored!.replyMarkup.inline_keyboard[0][0].callback_data).toBe('go');
    expect((await apiError(api.sendMessage(alice.id, 'a <script> b', { parse_mode: 'HTML' }))).description).toMatch(/^Bad Request: can't parse entities/);
    expect((await apiError(api.sendMessage(alice.id, '<b>open', { parse_mode: 'HTML' }))).description).toMatch(/can't parse entities/);
    await api.editMessageText(alice.id, sent.message_id, 'Edited');
    expect(server.sentTo(alice.id)[0]!.plain).toBe('Edited');
    expect((await apiError(api.editMessageText(alice.id, sent.message_id, 'Edited'))).description).toMatch(/message is not modified/);
    await api.deleteMessage(alice.id, sent.message_id);
    expect(server.sentTo(alice.id)).toHaveLength(0);
    expect((await apiError(api.deleteMessage(alice.id, sent.message_id))).description).toBe('Bad Request: message to delete not found');
  });

  it('uploads multipart files, serves them through getFile and the file path, and reuses file_id', async () => {
    const { api, server } = await setup();
    const bytes = Buffer.from('withdrawal,BTC\r\n--not-a-boundary\r\n\u00ff', 'utf8');
    const doc = await api.sendDocument(alice.id, new InputFile(bytes, 'report.csv'), { caption: 'Report' });
    expect(doc.document!.file_name).toBe('report.csv');
    expect(doc.caption).toBe('Report');
    const file = await api.getFile(doc.document!.file_id);
    const res = await fetch(`${server.apiRoot}/file/bot${DEMO_TOKEN}/${file.file_path}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const again = await api.sendDocument(bernd.id, doc.document!.file_id);
    expect(again.document!.file_id).toBe(doc.document!.file_id);
    expect(server.fileBytes(doc.document!.file_id)!.equals(bytes)).toBe(true);
    const photo = await api.sendPhoto(alice.id, new InputFile(Buffer.from([1, 2, 3])));
    expect(photo.photo![0]!.file_size).toBe(3);
    expect((await apiError(api.sendDocument(alice.id, 'no-such-file'))).description).toBe('Bad Request: wrong file identifier/HTTP URL specified');
  });

  it('delivers a file a user sends, which the bot can download', async () => {
    const { api, server } = await setup();
    server.sendFromUser(alice, 'my screenshot', { file: { kind: 'photo', bytes: Buffer.from('PNG…') } });
    const [u] = await api.getUpdates({ timeout: 0 });
    expect(u!.message!.caption).toBe('my screenshot');
    const file = await api.getFile(u!.message!.photo![0]!.file_id);
    const res = await fetch(`${server.apiRoot}/file/bot${DEMO_TOKEN}/${file.file_path}`);
    expect(await res.text()).toBe('PNG…');
  });

  it('accepts chat actions and answers 404 for methods it does not know', async () => {
    const { api } = await setup();
    expect(await api.sendChatAction(alice.id, 'typing')).toBe(true);
    expect((await apiError(api.raw.sendPaidMedia({ chat_id: alice.id, star_count: 1, media: [] }))).error_code).toBe(404);
  });
});

describe('local Bot API server: flood limits', () => {
  it('answers 429 with retry_after above the global rate and counts requests inside the window', async () => {
    const { api, server, clock } = await setup({ globalPerSecond: 5, privatePerSecond: 0 });
    for (let i = 0; i < 5; i++) await api.sendMessage(2000 + i, 'news');
    const e = await apiError(api.sendMessage(2100, 'news'));
    expect(shape(e)).toEqual(errors.tooManyRequests(1));
    // A sender that ignores retry_after: each request inside the window is counted.
    await apiError(api.sendMessage(2101, 'news'));
    await apiError(api.sendMessage(2102, 'news'));
    expect(server.stats()).toMatchObject({ requestsInsideRetryWindow: 2, tooManyRequests: 3, messagesSent: 5 });
    clock.t += 1000;
    await api.sendMessage(2100, 'news');
    expect(server.stats().requestsInsideRetryWindow).toBe(2);
  });

  it('limits one private chat to about one a second after a small burst, other chats unaffected', async () => {
    const { api, server, clock } = await setup({ privatePerSecond: 1, privateBurst: 3 });
    for (let i = 0; i < 3; i++) await api.sendMessage(alice.id, `m${i}`);
    const e = await apiError(api.sendMessage(alice.id, 'm3'));
    expect(e.error_code).toBe(429);
    expect(e.parameters.retry_after).toBe(1);
    await api.sendMessage(bernd.id, 'hello'); // another chat is not in the window
    await apiError(api.sendMessage(alice.id, 'm3'));
    expect(server.stats().requestsInsideRetryWindow).toBe(1);
    clock.t += 1000;
    await api.sendMessage(alice.id, 'm3');
    expect(server.sentTo(alice.id).map((m) => m.text)).toEqual(['m0', 'm1', 'm2', 'm3']);
  });

  it('limits a group to 20 messages a minute', async () => {
    const { api, clock } = await setup({ groupPerMinute: 20 });
    const group = -100777;
    for (let i = 0; i < 20; i++) await api.sendMessage(group, `g${i}`);
    clock.t += 30_000;
    const e = await apiError(api.sendMessage(group, 'g20'));
    expect(e.parameters.retry_after).toBe(30);
    clock.t += 30_000;
    await api.sendMessage(group, 'g20');
  });

  it('allows 1000 a second with allow_paid_broadcast', async () => {
    const { api, server } = await setup({ globalPerSecond: 30 });
    await Promise.all(Array.from({ length: 200 }, (_, i) => api.sendMessage(5000 + i, 'paid', { allow_paid_broadcast: true })));
    expect(server.stats()).toMatchObject({ messagesSent: 200, paidMessages: 200, tooManyRequests: 0 });
    expect((await apiError(Promise.all(Array.from({ length: 31 }, (_, i) => api.sendMessage(6000 + i, 'free'))))).error_code).toBe(429);
  });

  it('a sender that honours retry_after (grammY auto-retry) never lands inside the window', async () => {
    server = await startBotApiServer({ privatePerSecond: 1, privateBurst: 1 });
    const api = new Api(DEMO_TOKEN, { apiRoot: server.apiRoot });
    api.config.use(autoRetry({ maxRetryAttempts: 2 }));
    await api.sendMessage(alice.id, 'first');
    await api.sendMessage(alice.id, 'second'); // 429, waits retry_after (1 s), then delivered
    expect(server.stats()).toMatchObject({ tooManyRequests: 1, requestsInsideRetryWindow: 0, messagesSent: 2 });
  });

  it('injects random 429s and counts duplicates', async () => {
    const { api, server } = await setup({ random429: 1, random429RetryAfter: 7 });
    expect(shape(await apiError(api.sendMessage(alice.id, 'x')))).toEqual(errors.tooManyRequests(7));
    server.configure({ random429: 0 });
    server.resetStats();
    await api.sendMessage(alice.id, 'same');
    await api.sendMessage(alice.id, 'same');
    await api.sendMessage(bernd.id, 'same');
    expect(server.stats()).toMatchObject({ duplicates: 1, duplicateSamples: [{ chatId: alice.id, text: 'same' }] });
  });
});

describe('local Bot API server: scripted faults', () => {
  it('answers 403 for blocked and deactivated users, 400 for unknown and migrated chats, in Telegram shapes', async () => {
    const { api, server } = await setup({ unknownChats: 'not-found' });
    server.addUser(alice);
    server.addUser(bernd);
    const carl = server.addUser(user(1010));
    server.block(alice.id);
    server.deactivate(bernd.id);
    server.forget(carl.id);
    expect(shape(await apiError(api.sendMessage(alice.id, 'x')))).toEqual(errors.blocked());
    expect(shape(await apiError(api.sendMessage(bernd.id, 'x')))).toEqual(errors.deactivated());
    expect(shape(await apiError(api.sendMessage(carl.id, 'x')))).toEqual(errors.chatNotFound());
    expect(shape(await apiError(api.sendMessage(424242, 'x')))).toEqual(errors.chatNotFound());
    server.addGroup({ id: -4242, type: 'group', title: 'Old group' });
    const to = server.migrate(-4242);
    expect(shape(await apiError(api.sendMessage(-4242, 'x')))).toEqual(errors.migrated(to));
    await api.sendMessage(to, 'in the supergroup');
    server.failNext('sendMessage', errors.notEnoughRights(), { chatId: to });
    expect((await apiError(api.sendMessage(to, 'y'))).description).toBe(errors.notEnoughRights().description);
  });

  it('drops the connection when asked, the message delivered but the answer lost', async () => {
    const { api, server } = await setup({ dropProbability: 1, dropWhen: 'after' });
    const err = await api.sendMessage(alice.id, 'lost answer').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(server.sentTo(alice.id).map((m) => m.text)).toEqual(['lost answer']);
    expect(server.stats().droppedConnections).toBe(1);
  });
});

describe('local Bot API server: updates', () => {
  it('long polling resolves as soon as an update arrives, and offset confirms', async () => {
    const { api, server } = await setup();
    const poll = api.getUpdates({ timeout: 30 });
    await server.waitFor(() => server.stats().byMethod.getUpdates === 1);
    const { update } = server.sendFromUser(alice, '/start');
    const updates = await poll;
    expect(updates).toHaveLength(1);
    expect(updates[0]!.message).toMatchObject({ text: '/start', from: { id: alice.id }, chat: { id: alice.id, type: 'private' }, entities: [{ type: 'bot_command', offset: 0, length: 6 }] });
    expect(await api.getUpdates({ offset: update.update_id, timeout: 0 })).toHaveLength(1);
    expect(await api.getUpdates({ offset: update.update_id + 1, timeout: 0 })).toHaveLength(0);
  });

  it('honours allowed_updates', async () => {
    const { api, server } = await setup();
    await api.getUpdates({ timeout: 0, allowed_updates: ['callback_query'] });
    server.sendFromUser(alice, 'ignored');
    expect(await api.getUpdates({ timeout: 0 })).toEqual([]);
  });

  it('a real grammY bot receives messages, replies with buttons, and gets button presses', async () => {
    const { server } = await setup();
    const bot = new Bot(DEMO_TOKEN, { client: { apiRoot: server.apiRoot } });
    bot.command('start', (ctx) => ctx.reply(`Hello ${ctx.from!.first_name}`, { reply_markup: new InlineKeyboard().text('Press', 'pressed') }));
    bot.callbackQuery('pressed', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'ok' });
      await ctx.editMessageText('Pressed');
    });
    const started = new Promise<void>((resolve) => void bot.start({ onStart: () => resolve(), timeout: 30 }));
    await started;
    try {
      const { message } = server.sendFromUser(alice, '/start');
      const reply = await server.nextMessage(alice.id, { after: message.messageId });
      expect(reply.text).toBe('Hello Alice');
      const { callbackQueryId } = server.pressButton(alice.id, reply.messageId, 'pressed');
      await server.waitFor(() => server.sentTo(alice.id)[0]!.plain === 'Pressed');
      expect(server.callbackAnswer(callbackQueryId)).toMatchObject({ text: 'ok' });
      expect(() => server.pressButton(alice.id, reply.messageId, 'nope')).toThrow(/no button/);
    } finally {
      await bot.stop();
    }
  });
});

describe('multipart parser', () => {
  it('reads quoted and unquoted names, files with their type, and bytes that look like boundaries', () => {
    const body = Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n42\r\n' +
        '--XyZ\r\ncontent-disposition:form-data;name="doc";filename=a.bin\r\ncontent-type:application/octet-stream\r\n\r\n--Xy\r\nZ\r\n' +
        '--XyZ--\r\n',
    );
    const parts = parseMultipart(body, 'multipart/form-data; boundary=XyZ');
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString()])).toEqual([
      ['chat_id', undefined, undefined, '42'],
      ['doc', 'a.bin', 'application/octet-stream', '--Xy\r\nZ'],
    ]);
  });
});

describe('local Bot API server: webhook mode', () => {
  it('POSTs updates with the secret token to the bot, in order, after setWebhook', async () => {
    const { server } = await setup();
    const bot = new Bot(DEMO_TOKEN, { client: { apiRoot: server.apiRoot } });
    bot.on('message:text', (ctx) => ctx.reply(`got ${ctx.message.text}`));
    await bot.init();
    const secrets: (string | undefined)[] = [];
    const handle = webhookCallback(bot, 'http', { secretToken: 'local-webhook-secret-1234' });
    const receiver = http.createServer((req, res) => {
      secrets.push(req.headers['x-telegram-bot-api-secret-token'] as string | undefined);
      void handle(req, res);
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    try {
      server.webhook.origin = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
      await bot.api.setWebhook('https://bot.example/hook', { secret_token: 'local-webhook-secret-1234' });
      server.sendFromUser(alice, 'one');
      server.sendFromUser(alice, 'two');
      await server.waitFor(() => server.sentTo(alice.id).length === 2);
      expect(server.sentTo(alice.id).map((m) => m.text)).toEqual(['got one', 'got two']);
      expect(secrets).toEqual(['local-webhook-secret-1234', 'local-webhook-secret-1234']);
      expect((await apiError(bot.api.getUpdates())).error_code).toBe(409);
    } finally {
      server.webhook.stop();
      receiver.closeAllConnections();
      await new Promise((r) => receiver.close(r));
    }
  });
});
