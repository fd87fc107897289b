import { beforeEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { useTestDatabase } from './support/db.js';
import { testConfig } from './support/bot.js';
import { admin1, admin2, assets, clock, deliveryRecorder, member, staff, supporter } from './support/status.js';
import { createServices } from '../src/services.js';
import type { Database } from '../src/db/client.js';
import type { ChangePayload } from '../src/status/model.js';
import type { Actor } from '../src/access/service.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const tg = (id: number): Actor => ({ id: BigInt(id), via: 'telegram' });
const pause: ChangePayload = { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'Wallet maintenance.', de: 'Wartung der Wallet.' } };

async function setup(env: Record<string, string> = {}) {
  const c = clock();
  const services = createServices(db.prisma, testConfig(env), pino({ level: 'silent' }), { now: c.now });
  await staff(services);
  await assets(services);
  await member(db, 1001, 'en');
  await member(db, 1002, 'de');
  await member(db, 1003, 'zh-hans');
  const delivered = deliveryRecorder(services);
  const req = await services.status.requestChange(tg(supporter.id), pause);
  return { services, clock: c, delivered, req };
}

const btc = () => db.prisma.statusAsset.findUniqueOrThrow({ where: { symbol: 'BTC' } });
const actions = async () => (await db.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((a) => a.action);

describe('two-person rule', () => {
  it('the author cannot approve their own request; nothing changes', async () => {
    const { services, req, delivered } = await setup();
    await services.access.grant({ id: null, via: 'cli' }, BigInt(supporter.id), 'admin');
    const o = await services.approvals.approve(tg(supporter.id), req.id);
    expect(o).toMatchObject({ ok: false, reason: 'own-request' });
    expect((await btc()).withdrawals).toBe('operational');
    expect((await services.approvals.get(req.id))!.status).toBe('pending');
    expect(await db.prisma.approvalVote.count()).toBe(0);
    expect(delivered).toHaveLength(0);
  });

  it('a member or a support agent cannot approve', async () => {
    const { services, req } = await setup();
    await services.access.grant({ id: null, via: 'cli' }, 2099n, 'support');
    expect(await services.approvals.approve(tg(1001), req.id)).toMatchObject({ ok: false, reason: 'not-approver' });
    expect(await services.approvals.approve({ id: BigInt(2099), via: 'cli' }, req.id)).toMatchObject({ ok: false, reason: 'not-approver' });
    expect(await services.approvals.reject(tg(1001), req.id)).toMatchObject({ ok: false, reason: 'not-approver' });
    expect((await services.approvals.get(req.id))!.status).toBe('pending');
    expect((await btc()).withdrawals).toBe('operational');
  });

  it('another admin approves: state, timeline and one text per follower in their language, priority 10', async () => {
    const { services, req, delivered } = await setup();
    const o = await services.approvals.approve(tg(admin1.id), req.id);
    expect(o).toMatchObject({ ok: true, state: 'executed', result: { key: 'status-result-sent' } });
    expect((await btc()).withdrawals).toBe('paused');
    const update = await db.prisma.statusUpdate.findFirstOrThrow();
    expect(update).toMatchObject({ state: 'paused', previous: 'operational', textEn: 'Wallet maintenance.', textDe: 'Wartung der Wallet.', textZh: null, authorId: BigInt(supporter.id), approvalId: req.id, broadcastId: 501, recipients: 3 });
    expect(await db.prisma.statusIncident.count({ where: { closedAt: null } })).toBe(1);
    expect(delivered).toHaveLength(1);
    const d = delivered[0]!;
    expect(d).toMatchObject({ kind: 'status', priority: 10, progress: { chatId: BigInt(supporter.id), locale: 'en' }, authorId: BigInt(supporter.id) });
    const byChat = Object.fromEntries(d.messages.map((m) => [String(m.chatId), m.text]));
    expect(byChat['1001']).toContain('Wallet maintenance.');
    expect(byChat['1002']).toContain('Wartung der Wallet.');
    expect(byChat['1003']).toContain('暂停'); // no Chinese text: the translated template
    expect((await services.approvals.get(req.id))!.status).toBe('executed');
    expect(await actions()).toEqual(expect.arrayContaining(['approval.request', 'approval.approve', 'status.set', 'approval.execute']));
  });

  it('APPROVALS_REQUIRED=2 needs two different approvers; the same one twice does not count', async () => {
    const { services, req, delivered } = await setup({ APPROVALS_REQUIRED: '2' });
    expect(req.required).toBe(2);
    expect(await services.approvals.approve(tg(admin1.id), req.id)).toMatchObject({ ok: true, state: 'recorded', remaining: 1 });
    expect(await services.approvals.approve(tg(admin1.id), req.id)).toMatchObject({ ok: false, reason: 'already-voted' });
    expect((await btc()).withdrawals).toBe('operational');
    expect(delivered).toHaveLength(0);
    expect(await services.approvals.approve(tg(admin2.id), req.id)).toMatchObject({ ok: true, state: 'executed' });
    expect((await btc()).withdrawals).toBe('paused');
    expect((await services.approvals.get(req.id))!.approvals.sort()).toEqual([BigInt(admin1.id), BigInt(admin2.id)]);
  });

  it('a request expires after APPROVAL_TTL_MINUTES (controlled clock) and is audited', async () => {
    const { services, req, clock: c, delivered } = await setup({ APPROVAL_TTL_MINUTES: '30' });
    c.advance(29);
    expect(await services.approvals.expireDue()).toBe(0);
    c.advance(2);
    expect(await services.approvals.approve(tg(admin1.id), req.id)).toMatchObject({ ok: false, reason: 'expired' });
    expect((await services.approvals.get(req.id))!.status).toBe('expired');
    expect((await btc()).withdrawals).toBe('operational');
    expect(delivered).toHaveLength(0);
    expect(await actions()).toContain('approval.expire');
  });

  it('expireDue marks overdue requests expired', async () => {
    const { services, req, clock: c } = await setup();
    c.advance(61);
    expect(await services.approvals.expireDue()).toBe(1);
    expect((await services.approvals.get(req.id))!.status).toBe('expired');
  });

  it('an owner override runs without approvals, marked and audited as an emergency; others cannot override', async () => {
    const { services, req, delivered } = await setup({ APPROVALS_REQUIRED: '3' });
    expect(await services.approvals.override(tg(admin1.id), req.id, 'hack')).toMatchObject({ ok: false, reason: 'not-owner' });
    const o = await services.approvals.override(tg(9001), req.id, 'hot wallet drained, pause now');
    expect(o).toMatchObject({ ok: true, state: 'executed' });
    const after = (await services.approvals.get(req.id))!;
    expect(after).toMatchObject({ status: 'executed', overridden: true });
    expect((await btc()).withdrawals).toBe('paused');
    expect(delivered).toHaveLength(1);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: 'approval.override' } });
    expect(audit).toMatchObject({ actorId: 9001n, subject: String(req.id) });
    expect(audit.after).toMatchObject({ emergency: true, reason: 'hot wallet drained, pause now' });
  });

  it('a rejected request never runs', async () => {
    const { services, req, delivered } = await setup();
    expect(await services.approvals.reject(tg(admin2.id), req.id, 'wrong asset')).toMatchObject({ ok: true, state: 'rejected' });
    expect(await services.approvals.approve(tg(admin1.id), req.id)).toMatchObject({ ok: false, reason: 'not-pending' });
    expect((await btc()).withdrawals).toBe('operational');
    expect(delivered).toHaveLength(0);
    expect(await actions()).toContain('approval.reject');
  });

  it('two approvers at the same moment: it runs once', async () => {
    const { services, req, delivered } = await setup();
    const [a, b] = await Promise.all([services.approvals.approve(tg(admin1.id), req.id), services.approvals.approve(tg(admin2.id), req.id)]);
    expect([a, b].filter((o) => o.ok && o.state === 'executed')).toHaveLength(1);
    expect(delivered).toHaveLength(1);
    expect(await db.prisma.statusUpdate.count()).toBe(1);
  });

  it('with two approvals required, two approvers at the same moment complete it once', async () => {
    const { services, req, delivered } = await setup({ APPROVALS_REQUIRED: '2' });
    await Promise.all([services.approvals.approve(tg(admin1.id), req.id), services.approvals.approve(tg(admin2.id), req.id)]);
    expect((await services.approvals.get(req.id))!.status).toBe('executed');
    expect(delivered).toHaveLength(1);
  });

  it('without delivery the update is recorded, not sent, and the result says so', async () => {
    const { services, req } = await setup();
    services.seams.deliver = async () => null;
    const o = await services.approvals.approve(tg(admin1.id), req.id);
    expect(o).toMatchObject({ ok: true, state: 'executed', result: { key: 'status-result-recorded', vars: { count: 3 } } });
    expect(await db.prisma.statusUpdate.findFirstOrThrow()).toMatchObject({ broadcastId: null, recipients: 3 });
  });

  it('when delivery throws, the change stays recorded and the result says it was not sent', async () => {
    const { services, req } = await setup();
    services.seams.deliver = async () => {
      throw new Error('outbox full');
    };
    const o = await services.approvals.approve(tg(admin1.id), req.id);
    expect(o).toMatchObject({ ok: true, state: 'executed', result: { key: 'status-result-delivery-failed', vars: { count: 3 } } });
    expect((await btc()).withdrawals).toBe('paused');
  });

  it('a registered executor of another kind (broadcast.send) goes through the same rule', async () => {
    const { services } = await setup();
    const ran: unknown[] = [];
    services.approvals.registerExecutor('broadcast.send', async (r) => {
      ran.push(r.payload);
      return { key: 'approval-pending-empty' };
    });
    const r = await services.approvals.requestApproval(tg(admin1.id), { kind: 'broadcast.send', payload: { text: 'hi' } });
    expect(await services.approvals.approve(tg(admin1.id), r.id)).toMatchObject({ ok: false, reason: 'own-request' });
    expect(await services.approvals.approve(tg(admin2.id), r.id)).toMatchObject({ ok: true, state: 'executed' });
    expect(ran).toEqual([{ text: 'hi' }]);
    await expect(services.approvals.requestApproval(tg(admin1.id), { kind: 'nope', payload: {} })).rejects.toThrow(/unknown approval kind/);
  });
});
