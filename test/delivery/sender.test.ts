import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { errors } from '../support/fake-api.js';
import type { Database } from '../../src/db/client.js';
import { i18n } from '../../src/bot/i18n.js';
import { fakeClock, networkError, rowsOf, senderSetup } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const ids = (n: number, from = 5001) => Array.from({ length: n }, (_, i) => BigInt(from + i));
const msgs = (chats: bigint[], text = 'hello') => chats.map((chatId) => ({ chatId, text }));

describe('delivery sender', () => {
  it('sends each member the text in their language once, records message ids and finishes', async () => {
    const s = senderSetup(db);
    const texts: Record<string, string> = { '5001': 'Hello', '5002': 'Hallo', '5003': '你好' };
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: Object.entries(texts).map(([c, text]) => ({ chatId: BigInt(c), text })) });
    await s.sender.drain();
    for (const [chat, text] of Object.entries(texts)) expect(s.sends(Number(chat)).map((c) => c.payload.text)).toEqual([text]);
    expect(s.sends()[0]!.payload).toMatchObject({ parse_mode: 'HTML' });
    expect(s.sends()[0]!.payload.allow_paid_broadcast).toBeUndefined();
    const rows = await rowsOf(db, id);
    expect(Object.values(rows).every((r) => r.state === 'sent' && r.messageId! > 0)).toBe(true);
    expect(await db.prisma.deliveryBroadcast.findUnique({ where: { id } })).toMatchObject({ state: 'done', sent: 3, total: 3 });
  });

  it('keeps the global pace: 25 a second means 40 ms apart', async () => {
    const s = senderSetup(db);
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(50)) });
    await s.sender.drain();
    const times = s.at.filter((_, i) => s.fake.calls[i]!.method === 'sendMessage');
    expect(times).toHaveLength(50);
    // Over the run the pace holds (a short catch-up burst after a database round trip is allowed).
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(49 * 40 - 100);
  });

  it('paid mode sets allow_paid_broadcast', async () => {
    const s = senderSetup(db, { paid: true, rate: 1000 });
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(3)) });
    await s.sender.drain();
    expect(s.sends().map((c) => c.payload.allow_paid_broadcast)).toEqual([true, true, true]);
  });

  it('a 429 stops every request of the bot for retry_after, then the row is sent once', async () => {
    const s = senderSetup(db);
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(4)) });
    s.fake.fail('sendMessage', errors.tooManyRequests(7), { chatId: 5002 });
    await s.sender.drain();
    const i429 = s.fake.calls.findIndex((c) => Number(c.payload.chat_id) === 5002);
    const after = s.at.slice(i429 + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(Math.min(...after) - s.at[i429]!).toBeGreaterThanOrEqual(7000);
    expect(s.sends(5002)).toHaveLength(2); // refused once, then delivered
    for (const c of ids(4)) expect((await db.prisma.deliveryRecipient.findFirst({ where: { chatId: c } }))!.state).toBe('sent');
    // An ordinary reply through another Api behind the same gate waits too.
    s.gate.block(5);
    const before = s.clock.now();
    await s.makeApi().sendMessage(42, 'a normal reply');
    expect(s.at.at(-1)! - before).toBeGreaterThanOrEqual(5000);
  });

  it('403 blocked or deactivated: row blocked, member marked, skipped by later broadcasts', async () => {
    const s = senderSetup(db);
    await db.prisma.member.createMany({ data: [{ id: 5001n }, { id: 5002n }, { id: 5003n }] });
    s.fake.fail('sendMessage', errors.blocked(), { chatId: 5001 });
    s.fake.fail('sendMessage', errors.deactivated(), { chatId: 5002 });
    const first = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(3)) });
    await s.sender.drain();
    const rows = await rowsOf(db, first);
    expect([rows['5001']!.state, rows['5002']!.state, rows['5003']!.state]).toEqual(['blocked', 'blocked', 'sent']);
    expect(rows['5001']!.lastError).toContain('blocked');
    const members = await db.prisma.member.findMany({ orderBy: { id: 'asc' } });
    expect(members.map((m) => !!m.blockedAt)).toEqual([true, true, false]);
    s.fake.reset();
    const second = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(3)) });
    await s.sender.drain();
    expect(s.sends().map((c) => c.payload.chat_id)).toEqual([5003]);
    expect((await rowsOf(db, second))['5001']!.state).toBe('blocked');
  });

  it('400 chat not found is marked not_found; other 400s failed; neither repeated', async () => {
    const s = senderSetup(db);
    s.fake.fail('sendMessage', errors.chatNotFound(), { chatId: 5001 });
    s.fake.fail('sendMessage', errors.notEnoughRights(), { chatId: 5002 });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(2)) });
    await s.sender.drain();
    const rows = await rowsOf(db, id);
    expect(rows['5001']).toMatchObject({ state: 'not_found', attempts: 1 });
    expect(rows['5002']).toMatchObject({ state: 'failed', attempts: 1 });
    expect(s.fake.calls).toHaveLength(2);
  });

  it('migrate_to_chat_id moves the row and the registered group, and sends again', async () => {
    const s = senderSetup(db);
    await s.services.delivery.chats.add({ id: 9001n, via: 'cli' }, { chatId: -500n, type: 'group', title: 'Old group' });
    s.fake.fail('sendMessage', errors.migrated(-1009999), { chatId: -500 });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: [], chatTexts: { en: 'update' } });
    await s.sender.drain();
    expect(s.fake.calls.map((c) => c.payload.chat_id)).toEqual([-500, -1009999]);
    expect(Object.keys(await rowsOf(db, id))).toEqual(['-1009999']);
    expect((await s.services.delivery.chats.list()).map((c) => [c.chatId, c.type])).toEqual([[-1009999n, 'supergroup']]);
  });

  it('a network error before the request left is retried; one after it may have arrived is uncertain and never repeated', async () => {
    const s = senderSetup(db);
    s.throwOnce('sendMessage', networkError('ECONNREFUSED'));
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(1)) });
    await s.sender.drain();
    expect((await rowsOf(db, id))['5001']).toMatchObject({ state: 'sent', attempts: 2 });
    expect(s.sends(5001)).toHaveLength(1);

    s.fake.reset();
    s.throwOnce('sendMessage', networkError('ECONNRESET'));
    const id2 = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(1)) });
    await s.sender.drain();
    expect((await rowsOf(db, id2))['5001']).toMatchObject({ state: 'uncertain', attempts: 1 });
    expect(s.fake.calls).toHaveLength(1);
    const b = await db.prisma.deliveryBroadcast.findUnique({ where: { id: id2 } });
    expect(b).toMatchObject({ state: 'done', uncertain: 1 });
  });

  it('a 5xx may have been delivered: uncertain, not repeated', async () => {
    const s = senderSetup(db);
    s.fake.fail('sendMessage', { ok: false, error_code: 502, description: 'Bad Gateway' });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(1)) });
    await s.sender.drain();
    expect((await rowsOf(db, id))['5001']!.state).toBe('uncertain');
    expect(s.fake.calls).toHaveLength(1);
  });

  it('after a crash, rows in flight (sending) are sent again exactly once and counted; recorded ones are not repeated', async () => {
    const s = senderSetup(db);
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(6)), progress: { chatId: 9001n, locale: 'en' } });
    // The crashed process had sent 5001-5002 (recorded) and had 5003-5004 in flight.
    await db.prisma.deliveryBroadcast.update({ where: { id }, data: { state: 'sending' } });
    await db.prisma.deliveryRecipient.updateMany({ where: { broadcastId: id, chatId: { in: [5001n, 5002n] } }, data: { state: 'sent', messageId: 1 } });
    await db.prisma.deliveryRecipient.updateMany({ where: { broadcastId: id, chatId: { in: [5003n, 5004n] } }, data: { state: 'sending', attempts: 1 } });
    // …and 5005 claimed but not yet marked sending: it surely never left.
    await db.prisma.deliveryRecipient.updateMany({ where: { broadcastId: id, chatId: 5005n }, data: { state: 'claimed', attempts: 1 } });
    await s.sender.drain();
    expect(s.sends().map((c) => c.payload.chat_id).filter((c) => c !== 9001)).toEqual([5003, 5004, 5005, 5006]);
    const rows = await rowsOf(db, id);
    expect(['5001', '5002', '5003', '5004', '5005', '5006'].map((c) => [rows[c]!.state, rows[c]!.resent])).toEqual([
      ['sent', 0], ['sent', 0], ['sent', 1], ['sent', 1], ['sent', 0], ['sent', 0],
    ]);
    expect(rows['5005']!.attempts).toBe(1); // the claim that never left did not count as a try
    const b = await db.prisma.deliveryBroadcast.findUnique({ where: { id } });
    expect(b).toMatchObject({ state: 'done', sent: 6, uncertain: 0, resent: 2 });
    const report = s.sends(9001).at(-1)!.payload.text;
    expect(report).toBe(i18n().t('en', 'delivery-report', { id, kind: 'status', total: 6, sent: 6, failed: 0, blocked: 0, uncertain: 0, resent: 2, left: 0, duration: '0 s' }));

    // A second start finds nothing in flight: nothing is sent again.
    const again = senderSetup(db);
    await again.sender.drain();
    expect(again.fake.calls).toHaveLength(0);
  });

  it('a sender killed with a request in flight: the next one resends only what was not recorded yet', async () => {
    const s = senderSetup(db, { concurrency: 1 });
    // The answer to 5004 never comes back (the process dies while waiting for it); the message arrived.
    let arrived = false;
    s.api.config.use(async (prev, method, payload, signal) => {
      if (method === 'sendMessage' && (payload as { chat_id: number }).chat_id === 5004) {
        await prev(method, payload, signal);
        arrived = true;
        return new Promise<never>(() => {});
      }
      return prev(method, payload, signal);
    });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(8)) });
    void s.sender.runOnce();
    for (let i = 0; i < 200 && !arrived; i++) await new Promise((r) => setTimeout(r, 10));
    expect(arrived).toBe(true);
    // Let the outcomes already known be written, as they are while the process runs.
    for (let i = 0; i < 100; i++) {
      const st = await rowsOf(db, id);
      if (['5001', '5002', '5003'].every((c) => st[c]!.state === 'sent')) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const before = await rowsOf(db, id);
    expect(['5001', '5002', '5003', '5004'].map((c) => before[c]!.state)).toEqual(['sent', 'sent', 'sent', 'sending']);
    // kill -9: the lease is gone with the process.
    await db.prisma.deliveryLease.deleteMany({});
    const next = senderSetup(db);
    await next.sender.drain();
    const chats = (x: typeof s) => x.sends().map((c) => Number(c.payload.chat_id));
    expect(chats(s)).toEqual([5001, 5002, 5003, 5004]);
    // 5004 again (in flight at the kill: may be a duplicate), then the rest; 5001-5003 never again.
    expect(chats(next)[0]).toBe(5004);
    expect(chats(next).sort()).toEqual([5004, 5005, 5006, 5007, 5008]);
    const rows = await rowsOf(db, id);
    expect(Object.values(rows).every((r) => r.state === 'sent')).toBe(true);
    expect(rows['5004']!.resent).toBe(1);
    expect(Object.values(rows).reduce((a, r) => a + r.resent, 0)).toBeLessThanOrEqual(3);
  });

  it('cancel stops a broadcast: the rest is not sent and the author gets a cancelled report', async () => {
    const s = senderSetup(db);
    const id = await s.services.delivery.deliver({ kind: 'newsletter', priority: 1, messages: msgs(ids(30)), progress: { chatId: 9001n, locale: 'de' } });
    await s.sender.runOnce(); // the first batch of 5
    await s.services.delivery.cancel({ id: 9001n, via: 'telegram' }, id);
    await s.sender.drain();
    await s.sender.runOnce();
    const sent = s.sends().filter((c) => Number(c.payload.chat_id) !== 9001);
    expect(sent.length).toBe(5);
    const b = await db.prisma.deliveryBroadcast.findUnique({ where: { id } });
    expect(b).toMatchObject({ state: 'cancelled', sent: 5 });
    expect(b!.finishedAt).toBeInstanceOf(Date);
    const report = s.sends(9001).at(-1)!.payload.text;
    expect(report).toBe(i18n().t('de', 'delivery-report-cancelled', { id, kind: 'newsletter', total: 30, sent: 5, failed: 0, blocked: 0, uncertain: 0, resent: 0, left: 25, duration: '0 s' }));
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.cancel', subject: String(id) } })).toBe(1);
  });

  it('a status change overtakes a newsletter already sending', async () => {
    const s = senderSetup(db);
    await s.services.delivery.deliver({ kind: 'newsletter', priority: 1, messages: msgs(ids(20, 6001), 'news') });
    await s.sender.runOnce();
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(10, 7001), 'status') });
    s.clock.advance(1000); // the sender looks for new broadcasts at least once a second
    await s.sender.drain();
    const texts = s.sends().map((c) => c.payload.text);
    expect(texts.slice(0, 5)).toEqual(Array(5).fill('news'));
    expect(texts.slice(5, 15)).toEqual(Array(10).fill('status'));
    expect(texts.slice(15)).toEqual(Array(15).fill('news'));
  });

  it('paces each chat: a private chat gets at most one message a second', async () => {
    const s = senderSetup(db);
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs([5001n], 'one') });
    await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs([5001n], 'two') });
    await s.sender.drain();
    const times = s.at.filter((_, i) => Number(s.fake.calls[i]!.payload.chat_id) === 5001);
    expect(s.sends(5001).map((c) => c.payload.text)).toEqual(['one', 'two']);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('skips duplicate recipients passed by the caller (one row per chat)', async () => {
    const s = senderSetup(db);
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: [...msgs([5001n], 'a'), ...msgs([5001n], 'b')] });
    await s.sender.drain();
    expect(Object.keys(await rowsOf(db, id))).toEqual(['5001']);
    expect(s.sends(5001)).toHaveLength(1);
  });

  it('live progress: one message, edited at most every few seconds, then a final report', async () => {
    const clock = fakeClock();
    const s = senderSetup(db, { clock });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: msgs(ids(300)), progress: { chatId: 9001n, locale: 'en' } });
    await s.sender.drain();
    const progressCalls = s.fake.calls.map((c, i) => ({ ...c, at: s.at[i]! })).filter((c) => Number(c.payload.chat_id) === 9001);
    const sends = progressCalls.filter((c) => c.method === 'sendMessage');
    const edits = progressCalls.filter((c) => c.method === 'editMessageText');
    expect(sends).toHaveLength(2); // the progress message and the final report
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(new Set(edits.map((e) => e.payload.message_id)).size).toBe(1);
    const times = [sends[0]!.at, ...edits.slice(0, -1).map((e) => e.at)];
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(3000);
    expect(sends[0]!.payload.text).toContain('░');
    expect(sends[1]!.payload.text).toBe(i18n().t('en', 'delivery-report', { id, kind: 'status', total: 300, sent: 300, failed: 0, blocked: 0, uncertain: 0, resent: 0, left: 0, duration: '12 s' }));
  });
});
