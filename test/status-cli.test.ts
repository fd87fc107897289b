import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, truncateAll } from './support/db.js';
import { runCli } from '../src/cli/run.js';
import { statusCapability } from '../src/status/index.js';
import { foundationCli } from '../src/cli/foundation.js';
import type { Database } from '../src/db/client.js';

let db: Database;
const dir = mkdtempSync(path.join(os.tmpdir(), 'status-cli-'));
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());
beforeEach(() => truncateAll(db));

const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env: { BOT_OWNERS: '9001', LOG_LEVEL: 'silent' },
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    commands: [...foundationCli, ...statusCapability.cli!],
    database: db,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function seed() {
  expect((await cli('staff', 'grant', '2001', 'admin')).code).toBe(0);
  expect((await cli('staff', 'grant', '2003', 'support')).code).toBe(0);
  expect((await cli('status', 'asset', 'add', 'BTC', 'Bitcoin', '--networks', 'BTC,Lightning', '--as', '9001')).code).toBe(0);
  await db.prisma.member.createMany({ data: [{ id: 1001n, languageCode: 'en', startedAt: new Date() }, { id: 1002n, languageCode: 'de', startedAt: new Date() }] });
}

describe('status CLI', () => {
  it('asset add is audited and idempotent', async () => {
    await seed();
    expect(await db.prisma.statusAsset.findUniqueOrThrow({ where: { symbol: 'BTC' } })).toMatchObject({ name: 'Bitcoin', networks: ['BTC', 'Lightning'], withdrawals: 'operational' });
    const again = await cli('status', 'asset', 'add', 'btc', 'Bitcoin');
    expect(again).toMatchObject({ code: 0, out: 'BTC is already tracked: nothing changed.' });
    expect(await db.prisma.auditEntry.count({ where: { action: 'status.asset.add' } })).toBe(1);
  });

  it('set with a YAML message file prints the preview and the pending request id; approve by another admin executes', async () => {
    await seed();
    const f = file('msg.yaml', 'en: Withdrawals paused for maintenance.\nde: Auszahlungen wegen Wartung pausiert.\n');
    const set = await cli('status', 'set', 'BTC', 'withdrawals', 'paused', '--message-file', f, '--as', '2003', '--remind-every', '60');
    expect(set.code).toBe(0);
    expect(set.out).toContain('Preview: 2 followers will get this.');
    expect(set.out).toContain('--- de (1 members)');
    expect(set.out).toContain('Auszahlungen wegen Wartung pausiert.');
    const id = Number(/Pending approval request: (\d+)/.exec(set.out)![1]);
    expect(await db.prisma.approvalRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'pending', authorId: 2003n, authorVia: 'cli' });

    const own = await cli('approve', String(id), '--as', '2003');
    expect(own.code).toBe(1);
    expect(own.err).toBe('Only admins and owners can approve or reject requests.');
    const ok = await cli('approve', String(id), '--as', '2001');
    expect(ok.code).toBe(0);
    // The CLI hands the texts to the delivery outbox; the running bot's sender (or `delivery run`) sends them.
    expect(ok.out).toMatch(/is being sent to 2 followers \(broadcast #\d+\)/);
    expect(await db.prisma.deliveryRecipient.count()).toBe(2);
    expect(await db.prisma.statusAsset.findUniqueOrThrow({ where: { symbol: 'BTC' } })).toMatchObject({ withdrawals: 'paused', reminderMinutes: 60 });

    const show = await cli('status', 'show', 'BTC');
    expect(show.out).toMatch(/^BTC\tBitcoin\twithdrawals paused since .* UTC\tdeposits operational since .*\treminders every 60 min$/);
    const hist = await cli('status', 'history', 'BTC');
    expect(hist.out).toMatch(/^#1\t.*\twithdrawals operational → paused\tby 2003\tbroadcast #\d+ to 2\tWithdrawals paused for maintenance\.$/);
  });

  it('plain text and JSON message files; the admin author cannot approve their own request', async () => {
    await seed();
    const plain = await cli('status', 'set', 'BTC', 'deposits', 'update', '--message-file', file('m.txt', 'Deposits: still slow: 3 confirmations.\n'), '--as', '2001');
    expect(plain.code).toBe(0);
    const req = await db.prisma.approvalRequest.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(req.payload).toMatchObject({ state: null, texts: { en: 'Deposits: still slow: 3 confirmations.' } });
    expect((await cli('approve', String(req.id), '--as', '2001')).err).toBe(`You cannot approve your own request #${req.id}: another admin or owner must.`);
    const json = await cli('status', 'set', 'BTC', 'deposits', 'delayed', '--message-file', file('m.json', JSON.stringify({ en: 'Slow.', zh: '缓慢。' })), '--as', '2001');
    expect(json.code).toBe(0);
    const last = await db.prisma.approvalRequest.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(last.payload).toMatchObject({ texts: { en: 'Slow.', zh: '缓慢。' } });
    const rej = await cli('reject', String(last.id), '--as', '9001', '--reason', 'typo');
    expect(rej).toMatchObject({ code: 0, out: `Request #${last.id} was rejected: nothing happens.` });
    expect((await cli('approvals', 'list')).out).toContain(`#${req.id}\tstatus.change\tBTC deposits → update`);
  });

  it('refuses bad usage with exit 2 and non-staff with exit 1, creating nothing', async () => {
    await seed();
    const f = file('ok.txt', 'Text');
    expect((await cli('status', 'set', 'XRP', 'withdrawals', 'paused', '--message-file', f, '--as', '2003'))).toMatchObject({ code: 2 });
    expect((await cli('status', 'set', 'XRP', 'withdrawals', 'paused', '--message-file', f, '--as', '2003')).err).toContain('Unknown asset XRP');
    expect((await cli('status', 'set', 'BTC', 'sideways', 'paused', '--message-file', f, '--as', '2003')).code).toBe(2);
    expect((await cli('status', 'set', 'BTC', 'withdrawals', 'broken', '--message-file', f, '--as', '2003')).code).toBe(2);
    expect((await cli('status', 'set', 'BTC', 'withdrawals', 'paused', '--message-file', f)).code).toBe(2);
    expect((await cli('status', 'set', 'BTC', 'withdrawals', 'paused', '--message-file', file('de.yaml', 'de: Nur Deutsch\n'), '--as', '2003')).code).toBe(2);
    const member = await cli('status', 'set', 'BTC', 'withdrawals', 'paused', '--message-file', f, '--as', '1001');
    expect(member.code).toBe(1);
    expect(member.err).toContain('not staff');
    expect(await db.prisma.approvalRequest.count()).toBe(0);
    expect((await cli('approve', '999', '--as', '2001')).err).toBe('There is no request #999.');
    expect((await cli('status', 'history', 'XRP')).code).toBe(2);
  });

  it('correct an update already posted: a pending correction, executed as a status-correction entry', async () => {
    await seed();
    await cli('status', 'set', 'BTC', 'withdrawals', 'paused', '--message-file', file('a.txt', 'Paused until 18:00.'), '--as', '2003');
    await cli('approve', '1', '--as', '2001');
    const c = await cli('status', 'correct', '1', '--message-file', file('c.txt', 'Paused until 20:00, not 18:00.'), '--as', '2003');
    expect(c).toMatchObject({ code: 0, out: 'Pending approval request: 2' });
    expect((await cli('approve', '2', '--as', '2001')).code).toBe(0);
    const corr = await db.prisma.statusUpdate.findFirstOrThrow({ where: { correctsId: 1 } });
    expect(corr).toMatchObject({ textEn: 'Paused until 20:00, not 18:00.', state: null });
    expect(await db.prisma.auditEntry.count({ where: { action: 'status.correct' } })).toBe(1);
    expect((await cli('status', 'correct', '99', '--message-file', file('c2.txt', 'x'), '--as', '2003')).code).toBe(2);
  });
});

describe('subscribers import', () => {
  it('keeps good ids, reports bad lines with their number, is idempotent, and imported ids follow updates', async () => {
    await seed();
    const f = file('ids.txt', ['telegram_id,name', '3001,Anna', '', '3002', 'abc', '{"id": 3003}', '{"user_id": "3004"}', '{broken', '-5', '3001', '{"name":"x"}', '99999999999999999999'].join('\n'));
    const first = await cli('subscribers', 'import', f);
    expect(first.out).toBe('Imported 4 new follower(s); 0 already followed; 5 bad line(s) skipped.');
    expect(first.err.split('\n')).toEqual([
      'line 5: no id: abc',
      'line 8: invalid JSON: {broken',
      'line 9: not a Telegram id: -5',
      'line 11: no id: {"name":"x"}',
      'line 12: not a Telegram id: 99999999999999999999',
    ]);
    expect(first.code).toBe(1);
    const second = await cli('subscribers', 'import', f);
    expect(second.out).toBe('Imported 0 new follower(s); 4 already followed; 5 bad line(s) skipped.');
    expect(await db.prisma.statusFollower.count()).toBe(4);
    const services = (await import('../src/services.js')).createServices(db.prisma, (await import('./support/bot.js')).testConfig(), (await import('pino')).default({ level: 'silent' }));
    const ids = (await services.status.followers.recipients('BTC')).map((r) => Number(r.chatId)).sort();
    expect(ids).toEqual([1001, 1002, 3001, 3002, 3003, 3004]);
    expect(await db.prisma.auditEntry.count({ where: { action: 'status.subscribers.import' } })).toBe(2);
  });

  it('does not override a member who opted out', async () => {
    await seed();
    await db.prisma.statusFollower.create({ data: { memberId: 1001n, all: false } });
    const r = await cli('subscribers', 'import', file('one.txt', '1001\n'));
    expect(r).toMatchObject({ code: 0, out: 'Imported 0 new follower(s); 1 already followed; 0 bad line(s) skipped.' });
    expect((await db.prisma.statusFollower.findUniqueOrThrow({ where: { memberId: 1001n } })).all).toBe(false);
  });
});
