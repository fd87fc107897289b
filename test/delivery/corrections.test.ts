import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { errors } from '../support/fake-api.js';
import { admin1, assets, member, staff, supporter } from '../support/status.js';
import { i18n } from '../../src/bot/i18n.js';
import { createCorrections } from '../../src/delivery/correct.js';
import { rowsOf, senderSetup } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const tg = (id: number) => ({ id: BigInt(id), via: 'telegram' as const });
/** Edits of copies (the author's progress message is edited too). */
const copyEdits = (s: { fake: { sent(m: string): { payload: Record<string, any> }[] } }) => s.fake.sent('editMessageText').filter((c) => Number(c.payload.chat_id) !== supporter.id);
const editNotFound = { ok: false as const, error_code: 400, description: 'Bad Request: message to edit not found' };

/** The member text of a correction, built from the locale files (what members must read). */
function correctionText(l: string, text: string) {
  return t(l, 'status-message-correction', { symbol: 'BTC', name: 'Bitcoin', direction: t(l, 'status-direction-withdrawals'), state: t(l, 'status-state-paused'), text });
}

async function setup() {
  const s = senderSetup(db);
  await staff(s.services);
  await assets(s.services);
  await member(db, 5001, 'en');
  await member(db, 5002, 'de');
  await member(db, 5003, 'zh');
  await member(db, 5004, 'en');
  await s.services.delivery.chats.add(tg(9001), { chatId: -1001n, type: 'channel', title: 'Announcements' });
  await s.services.delivery.chats.add(tg(9001), { chatId: -1002n, type: 'supergroup', title: 'DE', locale: 'de' });
  // The original update: approved, sent to every follower and both chats; 5004 had blocked the bot.
  const req = await s.services.status.requestChange(tg(supporter.id), { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'Until 18:00.', de: 'Bis 18:00.' } });
  await s.services.approvals.approve(tg(admin1.id), req.id);
  s.fake.fail('sendMessage', errors.blocked(), { chatId: 5004 });
  await s.sender.drain();
  const update = await db.prisma.statusUpdate.findFirstOrThrow({ where: { correctsId: null } });
  const original = await rowsOf(db, update.broadcastId!);
  s.fake.reset();
  return { s, update, original };
}

describe('a correction of a status update edits every copy', () => {
  it('after its approval: editMessageText on each copy with its message id, in each language; nobody gets a new message', async () => {
    const { s, update, original } = await setup();
    expect(original['5004']!.state).toBe('blocked');
    const req = await s.services.status.requestCorrection(tg(supporter.id), update.id, { en: 'Until 20:00.', de: 'Bis 20:00.' });
    expect(await db.prisma.deliveryBroadcast.count({ where: { correctsId: { not: null } } })).toBe(0); // nothing before the approval
    const out = await s.services.approvals.approve(tg(admin1.id), req.id);
    expect(out).toMatchObject({ ok: true, state: 'executed', result: { key: 'status-result-corrected', vars: { copies: 5, queued: 0 } } });
    await s.sender.drain();
    const edits = copyEdits(s).map((e) => [Number(e.payload.chat_id), e.payload.message_id, e.payload.text]);
    const zhBody = t('zh', 'status-template-update', { symbol: 'BTC', direction: t('zh', 'status-direction-withdrawals'), state: t('zh', 'status-state-paused') });
    expect(edits).toEqual([
      [5001, original['5001']!.messageId, correctionText('en', 'Until 20:00.')],
      [5002, original['5002']!.messageId, correctionText('de', 'Bis 20:00.')],
      [5003, original['5003']!.messageId, correctionText('zh', zhBody)],
      [-1001, original['-1001']!.messageId, correctionText('en', 'Until 20:00.')],
      [-1002, original['-1002']!.messageId, correctionText('de', 'Bis 20:00.')],
    ]);
    // The member who blocked the bot has no copy: no edit, and no new message either.
    expect(s.fake.sent('sendMessage').filter((c) => Number(c.payload.chat_id) === 5004)).toHaveLength(0);
    expect(s.sends().filter((c) => Number(c.payload.chat_id) !== supporter.id)).toHaveLength(0);
    const correction = await db.prisma.statusUpdate.findFirstOrThrow({ where: { correctsId: update.id } });
    const b = await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: correction.broadcastId! } });
    expect(b).toMatchObject({ kind: 'status-correction', correctsId: update.broadcastId, state: 'done', sent: 5, progressChatId: BigInt(supporter.id) });
    for (const action of ['status.correct', 'broadcast.correct', 'approval.execute']) expect(await db.prisma.auditEntry.count({ where: { action } })).toBeGreaterThanOrEqual(1);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'broadcast.correct' } });
    expect(audit.after).toMatchObject({ correction: b.id, copies: 5 });
  });

  it('"message to edit not found" fails that copy once (counted, not retried); "not modified" counts as done', async () => {
    const { s, update } = await setup();
    s.fake.fail('editMessageText', editNotFound, { chatId: 5002, times: 5 });
    s.fake.fail('editMessageText', errors.notModified(), { chatId: 5003 });
    const req = await s.services.status.requestCorrection(tg(supporter.id), update.id, { en: 'Until 20:00.' });
    await s.services.approvals.approve(tg(admin1.id), req.id);
    await s.sender.drain();
    expect(s.fake.sent('editMessageText').filter((c) => Number(c.payload.chat_id) === 5002)).toHaveLength(1);
    const correction = await db.prisma.statusUpdate.findFirstOrThrow({ where: { correctsId: update.id } });
    const rows = await rowsOf(db, correction.broadcastId!);
    expect([rows['5002']!.state, rows['5003']!.state, rows['5001']!.state]).toEqual(['failed', 'sent', 'sent']);
    expect(rows['5002']!.lastError).toContain('message to edit not found');
    expect(await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: correction.broadcastId! } })).toMatchObject({ state: 'done', sent: 4, failed: 1 });
  });

  it('a second correction edits the same copies again; a correction while the original is still queued changes the text of the copies not sent yet', async () => {
    const { s, update, original } = await setup();
    for (const text of ['first fix', 'second fix']) {
      const prev = await db.prisma.statusUpdate.findFirst({ where: { correctsId: { not: null } }, orderBy: { id: 'desc' } });
      const req = await s.services.status.requestCorrection(tg(supporter.id), prev?.id ?? update.id, { en: text });
      await s.services.approvals.approve(tg(admin1.id), req.id);
      await s.sender.drain();
    }
    const toAlice = s.fake.sent('editMessageText').filter((c) => Number(c.payload.chat_id) === 5001);
    expect(toAlice.map((c) => [c.payload.message_id, c.payload.text])).toEqual([
      [original['5001']!.messageId, correctionText('en', 'first fix')],
      [original['5001']!.messageId, correctionText('en', 'second fix')],
    ]);

    // A broadcast not sent yet (no sender ran): its queued copies now carry the corrected text.
    s.fake.reset();
    const req2 = await s.services.status.requestChange(tg(supporter.id), { symbol: 'BTC', direction: 'deposits', state: 'delayed', texts: { en: 'Slow.' } });
    await s.services.approvals.approve(tg(admin1.id), req2.id);
    const u2 = await db.prisma.statusUpdate.findFirstOrThrow({ where: { direction: 'deposits' } });
    const req3 = await s.services.status.requestCorrection(tg(supporter.id), u2.id, { en: 'Very slow.' });
    const out = await s.services.approvals.approve(tg(admin1.id), req3.id);
    expect(out).toMatchObject({ ok: true, result: { key: 'status-result-corrected', vars: { copies: 0, queued: 5 } } });
    await s.sender.drain();
    expect(copyEdits(s)).toHaveLength(0);
    expect(s.sends(5001).map((c) => c.payload.text)).toEqual([t('en', 'status-message-correction', { symbol: 'BTC', name: 'Bitcoin', direction: t('en', 'status-direction-deposits'), state: t('en', 'status-state-delayed'), text: 'Very slow.' })]);
  });
});

describe('a correction while the original is being sent', () => {
  it('queued copies move into the correction with the new text; the copy in flight is awaited and edited; nothing old goes out afterwards', async () => {
    const s = senderSetup(db);
    const chats = Array.from({ length: 10 }, (_, i) => BigInt(6001 + i));
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: chats.map((chatId) => ({ chatId, text: 'old' })) });
    expect(await s.sender.runOnce()).toBe(5); // the first batch went out
    const held = (await rowsOf(db, id))['6006']!;
    expect(held.state).toBe('queued');
    await db.prisma.deliveryRecipient.update({ where: { id: held.id }, data: { state: 'sending' } }); // the sender holds it right now
    let waits = 0;
    const corrections = createCorrections(db.prisma, {
      access: s.services.access,
      members: s.services.members,
      chats: s.services.delivery.chats,
      // Stands in for the sender recording its answer while the correction waits.
      sleep: async () => {
        waits++;
        await db.prisma.deliveryRecipient.update({ where: { id: held.id }, data: { state: 'sent', messageId: 777 } });
      },
    });
    const r = await corrections.correct(tg(9001), await s.services.delivery.get(id), { messages: chats.map((chatId) => ({ chatId, text: 'new' })) });
    expect(r).toEqual({ correctionId: expect.any(Number), copies: 6, queued: 4, inFlight: 0 });
    expect(waits).toBe(1);
    expect(Object.keys(await rowsOf(db, id)).sort()).toEqual(['6001', '6002', '6003', '6004', '6005', '6006']);
    s.fake.reset();
    await s.sender.drain();
    expect(s.sends().map((c) => c.payload.text)).toEqual(['new', 'new', 'new', 'new']);
    const edits = s.fake.sent('editMessageText');
    expect(edits.map((e) => e.payload.text)).toEqual(Array(6).fill('new'));
    expect(edits.find((e) => Number(e.payload.chat_id) === 6006)!.payload.message_id).toBe(777);
    expect(await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: r.correctionId! } })).toMatchObject({ state: 'done', sent: 10, total: 10 });
    expect(await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'done', sent: 6, total: 6 });
  });
});
