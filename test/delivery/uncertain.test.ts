import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { createTestBot } from '../support/bot.js';
import { buttons } from '../support/fake-api.js';
import { alice, bernd, callback, owner, privateText } from '../support/updates.js';
import { i18n } from '../../src/bot/i18n.js';
import type { Database } from '../../src/db/client.js';
import { deliveryCapability } from '../../src/delivery/index.js';
import { deliveryCli } from '../../src/delivery/cli.js';
import { runCli } from '../../src/cli/run.js';
import { reportText } from '../../src/delivery/progress.js';
import { rowsOf, senderSetup } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { BOT_OWNERS: '9001', LOG_LEVEL: 'silent' }, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, commands: deliveryCli, database: db });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('uncertain messages: reviewed and sent again only on request', () => {
  it('CLI: list, a member refused, confirm needed, resend once (audited), a new final report; a second resend finds none', async () => {
    const s = senderSetup(db);
    await db.prisma.staffRoleGrant.create({ data: { memberId: 2002n, role: 'admin' } });
    const id = await s.services.delivery.deliver({ kind: 'status', priority: 10, messages: [5001n, 5002n, 5003n].map((chatId) => ({ chatId, text: 'BTC paused' })), progress: { chatId: 9001n, locale: 'en' } });
    s.throwOnce('sendMessage', reset()); // the author's progress message goes first: it is lost
    s.throwOnce('sendMessage', reset()); // then the first member's copy: it may have arrived
    await s.sender.drain();
    expect(s.sends().filter((c) => c.payload.text === 'BTC paused')).toHaveLength(2);
    expect(s.sends(9001).at(-1)!.payload.text).toContain(`/broadcast_uncertain ${id}`);

    const list = await cli('broadcast', 'uncertain', String(id));
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`^Broadcast ${id}: 1 uncertain\\n5001\\tsend\\t`));
    expect(JSON.parse((await cli('broadcast', 'uncertain', String(id), '--json')).out)).toMatchObject({ id, uncertain: 1, rows: [{ chatId: '5001', op: 'send' }] });

    // A plain member is refused and nothing changes.
    const member = await cli('broadcast', 'resend-uncertain', String(id), '--as', '5002', '--yes');
    expect(member.code).toBe(1);
    expect(member.err).toContain('only an admin or owner');
    // Without --yes: explains the duplicate risk, changes nothing.
    const unconfirmed = await cli('broadcast', 'resend-uncertain', String(id), '--as', '2002');
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.err).toContain('duplicates');
    expect((await rowsOf(db, id))['5001']!.state).toBe('uncertain');
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.resend-uncertain' } })).toBe(0);
    expect((await cli('broadcast', 'resend-uncertain', String(id))).code).toBe(2); // --as is required

    const ok = await cli('broadcast', 'resend-uncertain', String(id), '--as', '2002', '--yes');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('1 uncertain messages queued once more');
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'broadcast.resend-uncertain' } });
    expect(audit).toMatchObject({ actorId: 2002n, subject: String(id), before: { state: 'done', uncertain: 1 }, after: { requeued: 1 } });
    // A second request while the first is queued finds nothing: each uncertain row goes again once.
    expect((await cli('broadcast', 'resend-uncertain', String(id), '--as', '2002', '--yes')).err).toContain('no uncertain messages');

    s.fake.reset();
    await s.sender.drain();
    expect(s.sends().filter((c) => c.payload.text === 'BTC paused').map((c) => c.payload.chat_id)).toEqual([5001]);
    expect((await rowsOf(db, id))['5001']!.state).toBe('sent');
    const b = await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } });
    expect(b).toMatchObject({ state: 'done', sent: 3, uncertain: 0 });
    expect(s.sends(9001).at(-1)!.payload.text).toBe(reportText('en', b, { total: 3, sent: 3, failed: 0, blocked: 0, uncertain: 0, left: 0 }, 'done', (b.finishedAt!.getTime() - b.startedAt!.getTime()) / 1000));
  });

  it('Telegram: /broadcast_uncertain lists them with a button; sending again needs a confirmation; a member is refused', async () => {
    const tb = createTestBot(db, { features: (deps) => deliveryCapability.features!(deps) });
    for (const u of [alice, bernd, owner]) await tb.send(privateText('/start', u));
    await tb.services.access.grant({ id: null, via: 'cli' }, BigInt(bernd.id), 'admin');
    const id = await tb.services.delivery.deliver({ kind: 'newsletter', priority: 1, messages: [5001n, 5002n, 5003n].map((chatId) => ({ chatId, text: 'Hi' })) });
    await db.prisma.deliveryBroadcast.update({ where: { id }, data: { state: 'done' } });
    await db.prisma.deliveryRecipient.updateMany({ where: { broadcastId: id }, data: { state: 'sent' } });
    await db.prisma.deliveryRecipient.updateMany({ where: { broadcastId: id, chatId: { in: [5001n, 5003n] } }, data: { state: 'uncertain', lastError: 'socket hang up' } });
    tb.api.reset();

    // A plain member: refused, nothing changes.
    await tb.send(privateText(`/broadcast_uncertain ${id}`, alice));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    await tb.send(callback(`bu:yes:${id}:2`, alice));
    expect(await db.prisma.deliveryRecipient.count({ where: { broadcastId: id, state: 'uncertain' } })).toBe(2);
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.resend-uncertain' } })).toBe(0);

    await tb.send(privateText(`/broadcast_uncertain ${id}`, bernd));
    const list = tb.api.last('sendMessage')!.payload;
    expect(list.text).toContain(t('de', 'broadcast-uncertain-title', { id, count: 2 }));
    expect(list.text).toContain(t('de', 'broadcast-uncertain-line', { chat: '5001', op: 'send', error: 'socket hang up' }));
    expect(buttons(list)).toEqual([{ text: t('de', 'broadcast-uncertain-btn-resend', { count: 2 }), data: `bu:ask:${id}:2` }]);

    await tb.send(callback(`bu:ask:${id}:2`, bernd));
    const confirm = tb.api.last('sendMessage')!.payload;
    expect(confirm.text).toBe(t('de', 'broadcast-uncertain-confirm', { id, count: 2 }));
    expect(buttons(confirm).map((b) => b.data)).toEqual([`bu:yes:${id}:2`, `bu:no:${id}`]);
    await tb.send(callback(`bu:no:${id}`, bernd));
    expect(tb.api.last('editMessageText')!.payload.text).toBe(t('de', 'broadcast-uncertain-kept', { id }));
    expect(await db.prisma.deliveryRecipient.count({ where: { broadcastId: id, state: 'uncertain' } })).toBe(2);

    // A stale confirmation (the count changed) sends nothing.
    await tb.send(callback(`bu:yes:${id}:5`, bernd));
    expect(tb.api.last('editMessageText')!.payload.text).toBe(t('de', 'broadcast-uncertain-changed', { id }));
    expect(await db.prisma.deliveryRecipient.count({ where: { broadcastId: id, state: 'uncertain' } })).toBe(2);

    await tb.send(callback(`bu:yes:${id}:2`, bernd));
    expect(tb.api.last('editMessageText')!.payload.text).toBe(t('de', 'broadcast-uncertain-requeued', { id, count: 2 }));
    const rows = await rowsOf(db, id);
    expect([rows['5001']!.state, rows['5002']!.state, rows['5003']!.state]).toEqual(['queued', 'sent', 'queued']);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('approved');
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.resend-uncertain', actorId: BigInt(bernd.id) } })).toBe(1);
    // Pressed twice: nothing more.
    await tb.send(callback(`bu:yes:${id}:2`, bernd));
    expect(tb.api.last('editMessageText')!.payload.text).toBe(t('de', 'broadcast-uncertain-none', { id }));
    await tb.send(privateText(`/broadcast_uncertain ${id}`, bernd));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-uncertain-none', { id }));
  });
});
