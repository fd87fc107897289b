import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer, type StoredMessage } from '../../src/demo/bot-api-server.js';
import { spawnBot, type BotProcess } from '../support/process.js';
import { i18n } from '../../src/bot/i18n.js';
import { bernd, user } from '../support/updates.js';

const STAFF_CHAT = -1009001000077;
// The agent is an owner by configuration (owners hold every role): no second process to grant a role.
const agent = user(9002, { first_name: 'Agnes', username: 'agnes' });
const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const buttonData = (m: StoredMessage): string[] => (m.replyMarkup?.inline_keyboard ?? []).flat().map((b: any) => b.callback_data);

let server: BotApiServer;
let bot: BotProcess;

beforeAll(async () => {
  server = await startBotApiServer();
  server.addGroup({ id: STAFF_CHAT, type: 'supergroup', title: 'Staff desk', is_forum: true });
  bot = spawnBot(server, { BOT_OWNERS: `9001,${agent.id}`, STAFF_CHAT_ID: String(STAFF_CHAT) });
  await bot.ready(280_000);
}, 300_000);

afterAll(async () => {
  bot?.cleanUp();
  await server?.close();
});

describe('support desk through the real bot process', () => {
  it('member opens a ticket, agent answers in the topic, member receives it, agent closes, member rates', async () => {
    const wait = { timeoutMs: 60_000 };
    server.addUser(agent);
    const { message: cmd } = server.sendFromUser(bernd, '/support');
    const menu = await server.nextMessage(bernd.id, { ...wait, after: cmd.messageId });
    expect(menu.text).toBe(t('de', 'ticket-choose-category'));
    expect(buttonData(menu)).toContain('support:cat:withdrawal');

    server.pressButton(bernd.id, menu.messageId, 'support:cat:withdrawal');
    const ask = await server.nextMessage(bernd.id, { ...wait, after: menu.messageId });
    expect(ask.text).toBe(t('de', 'ticket-write-problem'));
    server.sendFromUser(bernd, 'Meine BTC Auszahlung ist seit gestern unterwegs');
    const created = await server.nextMessage(bernd.id, { ...wait, match: (m) => m.text === t('de', 'ticket-created', { id: '1' }) });
    expect(created).toBeDefined();

    // The staff group: a topic for the ticket, the header with buttons, the member's message copied in.
    const copied = await server.nextMessage(STAFF_CHAT, { ...wait, after: 0, match: (m) => m.method === 'copyMessage' });
    expect(copied.plain).toBe('Meine BTC Auszahlung ist seit gestern unterwegs');
    const topic = server.sentTo(STAFF_CHAT).find((m) => m.method === 'createForumTopic')!;
    expect(topic.payload.name).toBe('#1 withdrawal · de · Bernd');
    expect(copied.threadId).toBe(topic.messageId);
    const header = server.sentTo(STAFF_CHAT).find((m) => buttonData(m).includes('ticket:close:1'))!;
    expect(header.threadId).toBe(topic.messageId);

    // The agent answers in the topic; the member gets it from the bot, signed "Support".
    server.sendFromUser(agent, 'Wir prüfen das, bitte einen Moment.', { chat: server.state.chats.get(STAFF_CHAT)!.chat, extra: { message_thread_id: topic.messageId, is_topic_message: true } });
    const answer = await server.nextMessage(bernd.id, { ...wait, after: created.messageId });
    expect(answer.text).toBe(t('de', 'ticket-reply', { signature: 'Support', text: 'Wir prüfen das, bitte einen Moment.' }));
    expect(answer.from).toBe('bot');

    // An internal note stays in the staff group.
    server.sendFromUser(agent, '// intern: bekannte Verzögerung', { chat: server.state.chats.get(STAFF_CHAT)!.chat, extra: { message_thread_id: topic.messageId, is_topic_message: true } });

    // The agent closes; the member is asked for a rating and gives 5 stars.
    server.pressButton(STAFF_CHAT, header.messageId, 'ticket:close:1', agent);
    const rateAsk = await server.nextMessage(bernd.id, { ...wait, after: answer.messageId });
    expect(rateAsk.text).toBe(t('de', 'ticket-closed-member', { id: '1' }));
    expect(buttonData(rateAsk)).toContain('support:rate:1:5');
    server.pressButton(bernd.id, rateAsk.messageId, 'support:rate:1:5');
    const thanks = await server.nextMessage(bernd.id, { ...wait, after: rateAsk.messageId, match: (m) => m.method === 'sendMessage' });
    expect(thanks.text).toBe(t('de', 'ticket-rate-thanks', { rating: 5 }));
    // The note never reached the member.
    expect(server.sentTo(bernd.id).some((m) => m.text?.includes('intern'))).toBe(false);
    expect(server.stats()).toMatchObject({ duplicates: 0 });
  }, 240_000);
});
