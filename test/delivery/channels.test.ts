import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { rowsOf, senderSetup } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const staff = { id: 9001n, via: 'telegram' as const };

describe('registered channels and groups', () => {
  it('each registered chat gets one post in its language, pinned where asked; a correction edits every copy, paced', async () => {
    const s = senderSetup(db);
    const { delivery } = s.services;
    await delivery.chats.add(staff, { chatId: -1001n, type: 'channel', title: 'Announcements', pin: true });
    await delivery.chats.add(staff, { chatId: -1002n, type: 'supergroup', title: 'Deutsche Gruppe', locale: 'de' });
    const id = await delivery.deliver({
      kind: 'status',
      priority: 10,
      messages: [{ chatId: 5001n, text: 'BTC paused' }],
      chatTexts: { en: 'BTC paused (channel)', de: 'BTC pausiert (Gruppe)' },
    });
    await s.sender.drain();
    expect(s.sends(-1001).map((c) => c.payload.text)).toEqual(['BTC paused (channel)']);
    expect(s.sends(-1002).map((c) => c.payload.text)).toEqual(['BTC pausiert (Gruppe)']);
    const pins = s.fake.sent('pinChatMessage');
    expect(pins.map((p) => [p.payload.chat_id, p.payload.disable_notification])).toEqual([[-1001, true]]);
    const rows = await rowsOf(db, id);
    expect(pins[0]!.payload.message_id).toBe(rows['-1001']!.messageId);

    // Two updates close together: the group's second post waits for the group pace (20 a minute).
    await delivery.deliver({ kind: 'status', priority: 10, messages: [], chatTexts: { en: 'second', de: 'zweite' } });
    await s.sender.drain();
    const groupTimes = s.fake.calls.map((c, i) => ({ c, at: s.at[i]! })).filter((x) => Number(x.c.payload.chat_id) === -1002);
    expect(groupTimes[1]!.at - groupTimes[0]!.at).toBeGreaterThanOrEqual(3000);

    s.fake.reset();
    s.at.length = 0;
    const { correctionId: cid } = await delivery.correct(staff, id, { messages: [{ chatId: 5001n, text: 'BTC paused (corrected)' }], chatTexts: { en: 'channel fixed', de: 'Gruppe korrigiert' } });
    await s.sender.drain();
    const edits = s.fake.sent("editMessageText");
    expect(edits.map((e) => [e.payload.chat_id, e.payload.message_id, e.payload.text])).toEqual([
      [5001, rows['5001']!.messageId, 'BTC paused (corrected)'],
      [-1001, rows['-1001']!.messageId, 'channel fixed'],
      [-1002, rows['-1002']!.messageId, 'Gruppe korrigiert'],
    ]);
    expect(s.fake.sent('sendMessage')).toHaveLength(0);
    for (let i = 1; i < s.at.length; i++) expect(s.at[i]! - s.at[i - 1]!).toBeGreaterThanOrEqual(40 - 100 / 3);
    expect((await db.prisma.deliveryBroadcast.findUnique({ where: { id: cid! } }))).toMatchObject({ kind: 'status-correction', correctsId: id, state: 'done' });
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.correct' } })).toBe(1);
  });

  it('an edit whose answer was lost is safe to repeat (edits are idempotent); "not modified" counts as done', async () => {
    const s = senderSetup(db);
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: [{ chatId: 5001n, text: 'a' }, { chatId: 5002n, text: 'a' }] });
    await s.sender.drain();
    s.fake.reset();
    s.throwOnce('editMessageText', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    s.fake.fail('editMessageText', { ok: false, error_code: 400, description: 'Bad Request: message is not modified' });
    const { correctionId: cid } = await s.services.delivery.correct(staff, id, { messages: [{ chatId: 5001n, text: 'b' }, { chatId: 5002n, text: 'a' }] });
    await s.sender.drain();
    const rows = await rowsOf(db, cid!);
    expect([rows['5001']!.state, rows['5002']!.state]).toEqual(['sent', 'sent']);
  });
});
