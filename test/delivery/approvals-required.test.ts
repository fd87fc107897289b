import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { createTestBot } from '../support/bot.js';
import { alice, bernd, owner, privateText, user } from '../support/updates.js';
import { i18n } from '../../src/bot/i18n.js';
import type { Database } from '../../src/db/client.js';
import { deliveryCapability } from '../../src/delivery/index.js';
import { approvalsFeature } from '../../src/access/approvals-bot.js';
import { approvalsCli } from '../../src/access/approvals-cli.js';
import { deliveryCli } from '../../src/delivery/cli.js';
import { runCli } from '../../src/cli/run.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const ada = user(2001, { first_name: 'Ada', language_code: 'en' });
const env = { APPROVALS_REQUIRED: '2' };

describe('APPROVALS_REQUIRED=2: the first vote is recorded, only the second approves', () => {
  it('in Telegram: /broadcast_approve and /approve say "approval 1 of 2", nothing starts until the second', async () => {
    const tb = createTestBot(db, { env, features: (deps) => [...deliveryCapability.features!(deps), approvalsFeature()] });
    for (const u of [alice, bernd, owner, ada]) await tb.send(privateText('/start', u));
    for (const u of [bernd, ada]) await tb.services.access.grant({ id: null, via: 'cli' }, BigInt(u.id), 'admin');
    await tb.send(privateText('/broadcast\nHello members', owner));
    const b = await db.prisma.deliveryBroadcast.findFirstOrThrow();
    await tb.send(privateText(`/broadcast_approve ${b.id}`, bernd));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-approval-recorded', { id: b.id, count: 1, required: 2, remaining: 1 }));
    expect((await db.prisma.deliveryBroadcast.findFirstOrThrow()).state).toBe('pending');
    await tb.send(privateText(`/broadcast_approve ${b.id}`, ada));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'broadcast-approved', { id: b.id }));
    expect((await db.prisma.deliveryBroadcast.findFirstOrThrow()).state).toBe('approved');

    // The generic /approve of the approval module says the same.
    await tb.send(privateText('/broadcast\nSecond', owner));
    const b2 = await db.prisma.deliveryBroadcast.findFirstOrThrow({ where: { id: { not: b.id } } });
    await tb.send(privateText(`/approve ${b2.approvalId}`, ada));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'approval-recorded', { id: b2.approvalId!, count: 1, required: 2, remaining: 1 }));
    expect(t('en', 'approval-recorded', { id: 1, count: 1, required: 2, remaining: 1 })).toMatch(/^Approval 1 of 2 for #1 recorded: waiting for 1 more/);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: b2.id } })).state).toBe('pending');
    await tb.send(privateText(`/approve ${b2.approvalId}`, bernd));
    expect(tb.api.texts(bernd.id).at(-1)).toContain(t('de', 'broadcast-approved', { id: b2.id }));
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: b2.id } })).state).toBe('approved');
    expect(tb.api.texts(owner.id).at(-1)).toContain(t('en', 'broadcast-approved', { id: b2.id })); // the author hears it once approved
    expect(await db.prisma.auditEntry.count({ where: { action: 'approval.approve' } })).toBe(4);
  });

  it('in the CLI: broadcast approve and approve print "approval 1 of 2 … waiting"; the second approves', async () => {
    await db.prisma.member.createMany({ data: [{ id: 1001n, languageCode: 'en', startedAt: new Date() }] });
    await db.prisma.staffRoleGrant.createMany({ data: [{ memberId: 2002n, role: 'admin' }, { memberId: 2003n, role: 'admin' }] });
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, { env: { BOT_OWNERS: '9001', LOG_LEVEL: 'silent', ...env }, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, commands: [...deliveryCli, ...approvalsCli], database: db });
      return { code, out, err };
    };
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'approvals-n-')), 'news.txt');
    writeFileSync(file, 'Hello');
    const id = Number((await cli('broadcast', 'send', '--file', file, '--as', '9001')).out[0]);
    const first = await cli('broadcast', 'approve', String(id), '--as', '2002');
    expect(first).toMatchObject({ code: 0, out: [`Approval 1 of 2 for broadcast ${id} recorded: waiting for 1 more (another admin or owner, not the author). Nothing is sent yet.`] });
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('pending');
    expect((await cli('broadcast', 'approve', String(id), '--as', '2002')).code).toBe(1); // the same one twice does not count
    const second = await cli('broadcast', 'approve', String(id), '--as', '2003');
    expect(second).toMatchObject({ code: 0, out: [`Broadcast ${id} approved: the sender starts it.`] });
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('approved');

    const id2 = Number((await cli('broadcast', 'send', '--file', file, '--as', '9001')).out[0]);
    const req = (await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: id2 } })).approvalId!;
    const a1 = await cli('approve', String(req), '--as', '2003');
    expect(a1.out[0]).toMatch(new RegExp(`^Approval 1 of 2 for #${req} recorded: waiting for 1 more`));
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: id2 } })).state).toBe('pending');
    const a2 = await cli('approve', String(req), '--as', '2002');
    expect(a2.out[0]).toContain(`Request #${req} is approved and carried out.`);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: id2 } })).state).toBe('approved');
  });
});
