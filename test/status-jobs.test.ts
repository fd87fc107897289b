import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { buttons } from './support/fake-api.js';
import { admin1, assets, clock, deliveryRecorder, member, staff, supporter } from './support/status.js';
import { statusTick } from '../src/status/jobs.js';
import { pollStatusSource } from '../src/status/source.js';
import { reminderText } from '../src/status/messages.js';
import { ConfigError, createConfig } from '../src/config.js';
import type { Database } from '../src/db/client.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const sup = { id: BigInt(supporter.id), via: 'telegram' as const };
const adm = { id: BigInt(admin1.id), via: 'telegram' as const };

async function setup(env: Record<string, string> = {}) {
  const c = clock();
  const tb = createTestBot(db, { now: c.now, env });
  await staff(tb.services);
  await assets(tb.services);
  await member(db, 1001, 'en');
  await member(db, 1002, 'de');
  const delivered = deliveryRecorder(tb.services);
  return { ...tb, clock: c, delivered, tick: () => statusTick(tb.deps, tb.bot.api) };
}

describe('reminders while paused', () => {
  it('follow the staff cadence but never more often than REMINDER_MIN_INTERVAL', async () => {
    const s = await setup({ REMINDER_MIN_INTERVAL: '30' });
    const req = await s.services.status.requestChange(sup, { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'Paused.' }, reminderMinutes: 10 });
    await s.services.approvals.approve(adm, req.id);
    const pausedAt = s.clock.now();
    s.delivered.length = 0;
    const reminders = () => s.delivered.filter((d) => d.kind === 'status-reminder');

    s.clock.advance(10);
    await s.tick();
    expect(reminders()).toHaveLength(0); // staff asked for 10 minutes; the floor is 30
    s.clock.advance(20);
    await s.tick();
    expect(reminders()).toHaveLength(1);
    const first = reminders()[0]!;
    const next = new Date(s.clock.now().getTime() + 30 * 60_000);
    expect(first.priority).toBeLessThan(10);
    expect(first.messages.find((m) => m.chatId === 1002n)!.text).toBe(reminderText('de', { symbol: 'BTC', direction: 'withdrawals', since: pausedAt, next }));
    expect(first.messages.find((m) => m.chatId === 1001n)!.text).toBe(reminderText('en', { symbol: 'BTC', direction: 'withdrawals', since: pausedAt, next }));
    await s.tick();
    s.clock.advance(29);
    await s.tick();
    expect(reminders()).toHaveLength(1);
    s.clock.advance(1);
    await s.tick();
    expect(reminders()).toHaveLength(2);
  });

  it('a longer staff cadence is kept; reminders stop when the asset resumes', async () => {
    const s = await setup({ REMINDER_MIN_INTERVAL: '30' });
    const req = await s.services.status.requestChange(sup, { symbol: 'ETH', direction: 'deposits', state: 'paused', texts: { en: 'Paused.' }, reminderMinutes: 120 });
    await s.services.approvals.approve(adm, req.id);
    const reminders = () => s.delivered.filter((d) => d.kind === 'status-reminder');
    s.clock.advance(119);
    await s.tick();
    expect(reminders()).toHaveLength(0);
    s.clock.advance(1);
    await s.tick();
    expect(reminders()).toHaveLength(1);
    const resume = await s.services.status.requestChange(sup, { symbol: 'ETH', direction: 'deposits', state: 'resumed', texts: { en: 'Back.' } });
    await s.services.approvals.approve(adm, resume.id);
    s.clock.advance(500);
    await s.tick();
    expect(reminders()).toHaveLength(1);
    expect(await db.prisma.statusIncident.count({ where: { closedAt: { not: null } } })).toBe(1);
  });
});

describe('scheduled announcements and approver notifications', () => {
  it('an approved announcement for later runs at its time, not before', async () => {
    const s = await setup();
    const at = new Date(s.clock.now().getTime() + 120 * 60_000).toISOString();
    const req = await s.services.status.requestChange(sup, { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'Planned maintenance.' }, at });
    const o = await s.services.approvals.approve(adm, req.id);
    expect(o).toMatchObject({ ok: true, state: 'executed', result: { key: 'status-result-scheduled' } });
    s.clock.advance(60);
    await s.tick();
    expect((await s.services.status.asset('BTC'))!.withdrawals).toBe('operational');
    expect(s.delivered).toHaveLength(0);
    s.clock.advance(60);
    expect((await s.tick()).scheduled).toBe(1);
    expect((await s.services.status.asset('BTC'))!.withdrawals).toBe('paused');
    expect(s.delivered).toHaveLength(1);
    expect((await s.tick()).scheduled).toBe(0);
  });

  it('requests made outside Telegram are announced to approvers once; overdue ones expire', async () => {
    const s = await setup();
    const req = await s.services.status.requestChange({ id: BigInt(supporter.id), via: 'cli' }, { symbol: 'BTC', direction: 'withdrawals', state: 'delayed', texts: { en: 'Slow.' } });
    expect((await s.tick()).notified).toBe(1);
    const notes = s.api.sent('sendMessage').filter((c) => buttons(c.payload).some((b) => b.data === `ap:ok:${req.id}`));
    expect(notes.map((n) => Number(n.payload.chat_id)).sort()).toEqual([2001, 2002, 9001]);
    expect((await s.tick()).notified).toBe(0);
    s.clock.advance(61);
    expect((await s.tick()).expired).toBe(1);
  });

  it('with STAFF_CHAT_ID the approvers are asked in the staff chat', async () => {
    const s = await setup({ STAFF_CHAT_ID: '-1001999' });
    await s.services.status.requestChange(sup, { symbol: 'BTC', direction: 'withdrawals', state: 'delayed', texts: { en: 'Slow.' } });
    await s.tick();
    expect(s.api.sent('sendMessage').map((c) => Number(c.payload.chat_id))).toEqual([-1001999]);
  });
});

describe('external status source', () => {
  let server: http.Server;
  let body: unknown = {};
  let url = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/status.json`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('a detected change only creates a pending request; it never broadcasts by itself', async () => {
    const s = await setup();
    body = { assets: [{ symbol: 'BTC', withdrawals: 'paused', deposits: 'operational' }, { symbol: 'XRP', withdrawals: 'paused' }, { symbol: 'ETH', withdrawals: 'bogus' }] };
    const r = await pollStatusSource(s.deps, url);
    expect(r).toEqual({ requested: [1], unknown: ['XRP'] });
    const req = (await s.services.approvals.get(1))!;
    expect(req).toMatchObject({ kind: 'status.change', status: 'pending', authorId: null, authorVia: 'system', payload: { symbol: 'BTC', direction: 'withdrawals', state: 'paused', source: 'external' } });
    // Polled again, and time passes with the jobs running: still nothing sent, nothing changed.
    expect((await pollStatusSource(s.deps, url)).requested).toEqual([]);
    s.clock.advance(5);
    await s.tick();
    expect(s.delivered).toHaveLength(0);
    expect((await s.services.status.asset('BTC'))!.withdrawals).toBe('operational');
    expect(await db.prisma.statusUpdate.count()).toBe(0);
    // Only an approver makes it happen.
    expect(await s.services.approvals.approve(adm, 1)).toMatchObject({ ok: true, state: 'executed' });
    expect((await s.services.status.asset('BTC'))!.withdrawals).toBe('paused');
    expect(s.delivered).toHaveLength(1);
    expect(s.delivered[0]!.progress!.chatId).toBe(BigInt(admin1.id));
  });

  it('a source that fails or returns the same state changes nothing', async () => {
    const s = await setup();
    body = [{ symbol: 'BTC', withdrawals: 'operational', deposits: 'operational' }];
    expect((await pollStatusSource(s.deps, url)).requested).toEqual([]);
    await expect(pollStatusSource(s.deps, 'http://127.0.0.1:1/none')).rejects.toThrow();
    expect(await db.prisma.approvalRequest.count()).toBe(0);
  });
});

describe('configuration', () => {
  it('every cron expression and the approvals settings are validated at start', () => {
    const bad = () => createConfig({ STATUS_SOURCE_CRON: 'every minute', STATUS_JOBS_CRON: '61 * * * *', APPROVALS_REQUIRED: '0' }, { requireToken: false });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (e) {
      expect((e as ConfigError).problems).toEqual([
        'APPROVALS_REQUIRED must be at least 1',
        'STATUS_SOURCE_CRON is not a valid cron expression (e.g. "*/5 * * * *")',
        'STATUS_JOBS_CRON is not a valid cron expression (e.g. "*/5 * * * *")',
      ]);
    }
    const ok = createConfig({ STATUS_SOURCE_URL: 'http://127.0.0.1:9/s.json', APPROVALS_REQUIRED: '2' }, { requireToken: false });
    expect(ok.approvals).toEqual({ required: 2, ttlMinutes: 60 });
    expect(ok.status).toMatchObject({ sourceCron: '*/5 * * * *', jobsCron: '* * * * *', reminderMinIntervalMinutes: 30 });
  });
});
