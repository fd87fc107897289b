import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { buttons, errors } from '../support/fake-api.js';
import { alice, bernd, callback, owner, privateText } from '../support/updates.js';
import { resetAlerts } from '../../src/support/staff.js';
import type { Database } from '../../src/db/client.js';
import { STAFF_CHAT, agent, desk, privateDocument, privatePhoto, staffMessage, t } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(async () => {
  db = useDb();
  resetAlerts();
});

type Desk = Awaited<ReturnType<typeof desk>>;
async function open(d: Desk, who = alice, text = 'My BTC withdrawal is stuck since yesterday', category = 'withdrawal') {
  await d.send(privateText('/support', who));
  await d.send(callback(`support:cat:${category}`, who));
  await d.send(privateText(text, who));
  return (await db.prisma.supportTicket.findFirst({ where: { memberId: BigInt(who.id) }, orderBy: { id: 'desc' } }))!;
}

describe('member → staff', () => {
  it('/support offers the seeded categories, asks for the problem, opens a ticket with a topic and relays the message', async () => {
    const d = await desk(db);
    await d.send(privateText('/support', bernd));
    const menu = d.api.last('sendMessage')!;
    expect(menu.payload.text).toBe(t('de', 'ticket-choose-category'));
    expect(buttons(menu.payload).map((b) => b.data)).toEqual(
      ['withdrawal', 'deposit', 'account', 'rewards', 'feedback', 'report_scam', 'other'].map((k) => `support:cat:${k}`),
    );
    await d.send(callback('support:cat:withdrawal', bernd));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('de', 'ticket-write-problem'));
    await d.send(privateText('Meine BTC Auszahlung hängt, tx 0x' + 'ab'.repeat(32), bernd));

    const tk = (await db.prisma.supportTicket.findFirst())!;
    expect(tk).toMatchObject({ memberId: BigInt(bernd.id), category: 'withdrawal', locale: 'de', state: 'new', memberName: 'Bernd' });
    expect(tk.tags).toEqual(['asset:BTC', `tx:0x${'ab'.repeat(32)}`]);
    expect(d.api.texts(bernd.id)).toContain(t('de', 'ticket-created', { id: String(tk.id) }));
    const topic = d.api.last('createForumTopic')!;
    expect(topic.payload).toMatchObject({ chat_id: STAFF_CHAT, name: `#${tk.id} withdrawal · de · Bernd` });
    expect(topic.payload.name).not.toContain('bernd'); // no username
    const header = d.api.sent('sendMessage').find((c) => c.payload.chat_id === STAFF_CHAT)!;
    expect(header.payload.message_thread_id).toBe(tk.topicId);
    expect(buttons(header.payload).map((b) => b.data)).toEqual([`ticket:take:${tk.id}`, `ticket:prio:${tk.id}`, `ticket:close:${tk.id}`]);
    const copy = d.api.last('copyMessage')!;
    expect(copy.payload).toMatchObject({ chat_id: STAFF_CHAT, from_chat_id: bernd.id, message_thread_id: tk.topicId });
    const msgs = await db.prisma.supportMessage.findMany();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({ direction: 'in', status: 'sent', kind: 'text' });
  });

  it('the main menu has the support button, and it starts a ticket', async () => {
    const d = await desk(db);
    await d.send(privateText('/start', alice));
    expect(buttons(d.api.last('sendMessage')!.payload).map((b) => b.data)).toContain('support:new');
    await d.send(callback('support:new', alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-choose-category'));
  });

  it('photos and documents are relayed, follow-up messages go to the open ticket, and a waiting ticket is open again', async () => {
    const d = await desk(db);
    const tk = await open(d);
    await db.prisma.supportTicket.update({ where: { id: tk.id }, data: { state: 'waiting' } });
    await d.send(privatePhoto(alice, 'screenshot ETH'));
    await d.send(privateDocument(alice, 2048));
    const copies = d.api.sent('copyMessage');
    expect(copies).toHaveLength(3);
    expect(copies.every((c) => c.payload.message_thread_id === tk.topicId)).toBe(true);
    const kinds = (await db.prisma.supportMessage.findMany({ orderBy: { id: 'asc' } })).map((m) => m.kind);
    expect(kinds).toEqual(['text', 'photo', 'document']);
    const after = (await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!;
    expect(after.state).toBe('open');
    expect(after.tags).toContain('asset:ETH');
  });

  it('the knowledge-base button carries the question into the ticket, only for its own member', async () => {
    const d = await desk(db, { seams: { questionText: async (id) => (id === 42 ? { text: 'Why is my reward missing?', lang: 'en', memberId: BigInt(alice.id) } : null) } });
    await d.send(callback('support:q:42', alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-choose-category-question'));
    await d.send(callback('support:cat:rewards', alice));
    const tk = (await db.prisma.supportTicket.findFirst())!;
    expect(tk).toMatchObject({ category: 'rewards', subject: 'Why is my reward missing?' });
    expect(d.api.texts(STAFF_CHAT).some((x) => x.includes('Why is my reward missing?'))).toBe(true);

    // Someone else pressing a copy of the button gets a normal ticket start, not alice's question.
    await d.send(callback('support:q:42', bernd));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('de', 'ticket-choose-category'));
    await d.send(callback('support:cat:account', bernd));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('de', 'ticket-write-problem'));
  });

  it('with several open tickets the member is asked which one, and the message goes there', async () => {
    const d = await desk(db);
    await open(d, alice, 'first problem');
    const second = await open(d, alice, 'second problem', 'deposit');
    d.api.reset();
    await d.send(privateText('more details', alice));
    const ask = d.api.last('sendMessage')!;
    expect(ask.payload.text).toBe(t('en', 'ticket-choose-ticket'));
    expect(buttons(ask.payload).map((b) => b.data)).toContain(`support:to:${second.id}`);
    expect(d.api.sent('copyMessage')).toHaveLength(0);
    await d.send(callback(`support:to:${second.id}`, alice));
    expect(d.api.last('copyMessage')!.payload).toMatchObject({ message_thread_id: second.topicId, from_chat_id: alice.id });
  });

  it('without an open ticket a message is not captured (the knowledge base answers it)', async () => {
    const d = await desk(db);
    await d.send(privateText('hello?', alice));
    expect(d.api.sent('copyMessage')).toHaveLength(0);
    expect(await db.prisma.supportTicket.count()).toBe(0);
  });

  it('/tickets lists the member’s tickets with their states', async () => {
    const d = await desk(db);
    const tk = await open(d, bernd, 'Problem');
    await d.send(privateText('/tickets', bernd));
    const text = d.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain(t('de', 'ticket-list-line', { id: String(tk.id), category: t('de', 'ticket-cat-withdrawal'), state: t('de', 'ticket-state-new'), date: tk.createdAt.toISOString().slice(0, 10) }));
  });
});

describe('staff → member', () => {
  it('an agent’s message in the topic reaches the member signed "Support", never as the agent; state waits for the member', async () => {
    const d = await desk(db);
    const tk = await open(d, bernd);
    await d.send(staffMessage(agent, { text: 'We are checking <your> withdrawal' }, { threadId: tk.topicId! }));
    const reply = d.api.sent('sendMessage').filter((c) => c.payload.chat_id === bernd.id).pop()!;
    expect(reply.payload.text).toBe(t('de', 'ticket-reply', { signature: 'Support', text: 'We are checking &lt;your&gt; withdrawal' }));
    expect(reply.payload.text).not.toContain('Agnes');
    expect(d.api.sent('forwardMessage')).toHaveLength(0);
    const after = (await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!;
    expect(after.state).toBe('waiting');
    expect(after.firstResponseAt).toBeInstanceOf(Date);
    expect(await db.prisma.auditEntry.count({ where: { action: 'ticket.reply', actorId: BigInt(agent.id) } })).toBe(1);
  });

  it('the signature is configurable', async () => {
    const d = await desk(db, { env: { SUPPORT_SIGNATURE: 'Exchange Care' } });
    const tk = await open(d);
    await d.send(staffMessage(agent, { text: 'Hi' }, { threadId: tk.topicId! }));
    expect(d.api.texts(alice.id).pop()).toBe(t('en', 'ticket-reply', { signature: 'Exchange Care', text: 'Hi' }));
  });

  it('an internal note (prefix //) stays in the topic', async () => {
    const d = await desk(db);
    const tk = await open(d);
    const before = d.api.texts(alice.id).length;
    await d.send(staffMessage(agent, { text: '// looks like the known BTC delay' }, { threadId: tk.topicId! }));
    expect(d.api.texts(alice.id)).toHaveLength(before);
    expect(d.api.sent('copyMessage').filter((c) => c.payload.chat_id === alice.id)).toHaveLength(0);
    expect(await db.prisma.supportMessage.count({ where: { direction: 'note' } })).toBe(1);
    expect((await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!.firstResponseAt).toBeNull();
  });

  it('a photo from staff is copied to the member with a signed caption', async () => {
    const d = await desk(db);
    const tk = await open(d);
    await d.send(staffMessage(agent, { photo: [{ file_id: 'x', file_unique_id: 'x', width: 1, height: 1 }], caption: 'Here is how' } as any, { threadId: tk.topicId! }));
    const copy = d.api.sent('copyMessage').find((c) => c.payload.chat_id === alice.id)!;
    expect(copy.payload).toMatchObject({ from_chat_id: STAFF_CHAT, caption: t('en', 'ticket-reply', { signature: 'Support', text: 'Here is how' }), parse_mode: 'HTML' });
  });

  it('a message from someone without the support role in the topic is not relayed', async () => {
    const d = await desk(db);
    const tk = await open(d);
    const before = d.api.texts(alice.id).length;
    await d.send(staffMessage(bernd, { text: 'I am not staff' }, { threadId: tk.topicId! }));
    expect(d.api.texts(alice.id)).toHaveLength(before);
  });

  it('a closed ticket: staff messages are not sent, the agent is told', async () => {
    const d = await desk(db);
    const tk = await open(d);
    await d.send(callback(`ticket:close:${tk.id}`, agent, { chat: { id: STAFF_CHAT, type: 'supergroup', title: 'Staff' } as any }));
    const before = d.api.texts(alice.id).length;
    await d.send(staffMessage(agent, { text: 'late answer' }, { threadId: tk.topicId! }));
    expect(d.api.texts(alice.id)).toHaveLength(before);
    expect(d.api.texts(STAFF_CHAT).pop()).toBe(t('en', 'ticket-staff-closed', { id: String(tk.id) }));
    // and a member message after closing is not captured by the closed ticket
    await d.send(privateText('thanks!', alice));
    expect(await db.prisma.supportMessage.count({ where: { ticketId: tk.id, direction: 'in' } })).toBe(1);
  });

  it('a member who blocked the bot: staff are told in the topic, the message is recorded as blocked', async () => {
    const d = await desk(db);
    const tk = await open(d);
    d.api.fail('sendMessage', errors.blocked(), { chatId: alice.id });
    await d.send(staffMessage(agent, { text: 'Answer' }, { threadId: tk.topicId! }));
    expect(d.api.texts(STAFF_CHAT).pop()).toBe(t('en', 'ticket-staff-member-blocked', { id: String(tk.id) }));
    expect((await db.prisma.supportMessage.findFirst({ where: { direction: 'out' } }))!.status).toBe('blocked');
    expect((await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!.firstResponseAt).toBeNull();
  });

  it('plain group without topics: the desk works by replying to the bot’s header or relayed messages', async () => {
    const d = await desk(db);
    d.api.fail('createForumTopic', { ok: false, error_code: 400, description: 'Bad Request: the chat is not a forum' }, { times: 5 });
    const tk = await open(d);
    expect(tk.topicId).toBeNull();
    expect(tk.headerMessageId).not.toBeNull();
    const copy = d.api.last('copyMessage')!;
    expect(copy.payload.reply_parameters).toMatchObject({ message_id: tk.headerMessageId });
    const relayed = (await db.prisma.supportMessage.findFirst())!;
    await d.send(staffMessage(agent, { text: 'Reply by reply-to' }, { replyTo: relayed.staffMessageId! }));
    expect(d.api.texts(alice.id).pop()).toBe(t('en', 'ticket-reply', { signature: 'Support', text: 'Reply by reply-to' }));
    await d.send(staffMessage(agent, { text: 'To the header' }, { replyTo: tk.headerMessageId! }));
    expect(d.api.texts(alice.id).pop()).toBe(t('en', 'ticket-reply', { signature: 'Support', text: 'To the header' }));
    // an ordinary chat message in the group (no reply) is nobody's ticket
    await d.send(staffMessage(agent, { text: 'coffee?' }));
    expect(d.api.texts(alice.id).pop()).toBe(t('en', 'ticket-reply', { signature: 'Support', text: 'To the header' }));
  });
});

describe('staff group faults', () => {
  it('missing rights: the ticket stays in the database, /queue shows it, owners are alerted once naming the problem', async () => {
    const d = await desk(db);
    d.api.fail('createForumTopic', { ok: false, error_code: 400, description: 'Bad Request: not enough rights to create a topic' }, { times: 10 });
    await open(d, alice, 'first');
    await open(d, bernd, 'second');
    expect(await db.prisma.supportTicket.count()).toBe(2);
    const tk = (await db.prisma.supportTicket.findFirst({ orderBy: { id: 'asc' } }))!;
    expect(tk.staffError).toBe('createForumTopic: 400 Bad Request: not enough rights to create a topic');
    const alerts = d.api.texts(owner.id);
    expect(alerts).toHaveLength(1); // rate-limited
    expect(alerts[0]).toContain('not enough rights to create a topic');
    await d.send(privateText('/queue', owner));
    expect(d.api.texts(owner.id).pop()).toContain(`#${tk.id}`);
    expect((await db.prisma.supportMessage.findFirst())!.status).toBe('pending');
  });

  it('staff group not found (400) and bot removed (403) are named in the alert', async () => {
    const d = await desk(db);
    d.api.fail('createForumTopic', errors.chatNotFound());
    await open(d);
    expect(d.api.texts(owner.id)[0]).toContain('chat not found');
    resetAlerts();
    d.api.fail('createForumTopic', { ok: false, error_code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    await open(d, bernd);
    expect(d.api.texts(owner.id)[1]).toContain('bot was kicked');
  });

  it('no STAFF_CHAT_ID: tickets are kept and owners alerted', async () => {
    const d = await desk(db, { env: { STAFF_CHAT_ID: '' } });
    await open(d);
    expect(await db.prisma.supportTicket.count()).toBe(1);
    expect(d.api.texts(owner.id)[0]).toContain('STAFF_CHAT_ID is not set');
    expect(d.api.texts(alice.id)).toContain(t('en', 'ticket-created', { id: '1' }));
  });
});

describe('abuse', () => {
  it('a member over the hourly limit of new tickets is refused politely', async () => {
    const d = await desk(db, { env: { SUPPORT_TICKETS_PER_HOUR: '2' } });
    await open(d, alice, 'a');
    await open(d, alice, 'b');
    await d.send(privateText('/support', alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-limit', { max: 2 }));
    expect(await db.prisma.supportTicket.count()).toBe(2);
  });

  it('too long messages and too big files are refused, nothing relayed', async () => {
    const d = await desk(db, { env: { SUPPORT_MAX_MESSAGE_CHARS: '100', SUPPORT_MAX_FILE_MB: '1' } });
    await d.send(privateText('/support', alice));
    await d.send(callback('support:cat:other', alice));
    await d.send(privateText('x'.repeat(101), alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-too-long', { max: 100 }));
    expect(await db.prisma.supportTicket.count()).toBe(0);
    await d.send(privateText('short', alice));
    await d.send(privateDocument(alice, 2 * 1024 * 1024));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-file-too-big', { max: 1 }));
    expect(d.api.sent('copyMessage')).toHaveLength(1);
  });

  it('/ticket_ban refuses a member’s tickets politely; /ticket_unban lets them back; both audited', async () => {
    const d = await desk(db);
    await d.send(privateText(`/ticket_ban ${alice.id} spam`, agent));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-ban-done', { id: String(alice.id) }));
    await d.send(privateText('/support', alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-banned'));
    await d.send(privateText(`/ticket_unban ${alice.id}`, agent));
    await d.send(privateText('/support', alice));
    expect(d.api.last('sendMessage')!.payload.text).toBe(t('en', 'ticket-choose-category'));
    expect((await db.prisma.auditEntry.findMany({ where: { action: { startsWith: 'ticket.' } } })).map((a) => a.action)).toEqual(['ticket.ban', 'ticket.unban']);
  });

  for (const cmd of ['/queue', `/ticket_ban ${bernd.id}`, `/ticket_unban ${bernd.id}`, '/reply_group BTC hi', '/ticket_category add vip VIP']) {
    it(`${cmd.split(' ')[0]} is refused for a plain member and changes nothing`, async () => {
      const d = await desk(db);
      await d.send(privateText(cmd, bernd));
      expect(d.api.last('sendMessage')!.payload.text).toBe(t('de', 'access-denied'));
      expect(await db.prisma.supportBan.count()).toBe(0);
      expect(await db.prisma.auditEntry.count({ where: { action: { startsWith: 'ticket.' } } })).toBe(0);
    });
  }

  it('ticket buttons are refused for a plain member', async () => {
    const d = await desk(db);
    const tk = await open(d);
    await d.send(callback(`ticket:close:${tk.id}`, bernd));
    expect(d.api.last('answerCallbackQuery')!.payload).toMatchObject({ text: t('de', 'access-denied'), show_alert: true });
    expect((await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!.state).toBe('new');
  });
});

describe('robustness', () => {
  it('a topic deleted by staff is opened again for the next member message', async () => {
    const d = await desk(db);
    const tk = await open(d);
    d.api.fail('copyMessage', { ok: false, error_code: 400, description: 'Bad Request: message thread not found' });
    await d.send(privateText('are you there?', alice));
    const after = (await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!;
    expect(after.topicId).not.toBe(tk.topicId);
    expect(d.api.sent('createForumTopic')).toHaveLength(2);
    expect(d.api.last('copyMessage')!.payload.message_thread_id).toBe(after.topicId);
  });

  it('a rating comment is only taken right after the rating: later words are not captured', async () => {
    const clock = { now: new Date() };
    const d = await desk(db, { clock });
    const tk = await open(d);
    await d.send(callback(`ticket:close:${tk.id}`, agent, { chat: { id: STAFF_CHAT, type: 'supergroup', title: 'Staff' } as any }));
    await d.send(callback(`support:rate:${tk.id}:3`, alice));
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    await d.send(privateText('how do I deposit USDT?', alice));
    expect((await db.prisma.supportTicket.findUnique({ where: { id: tk.id } }))!.ratingComment).toBeNull();
  });
});
