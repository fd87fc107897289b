import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { runCli } from '../../src/cli/run.js';
import { deliveryCli } from '../../src/delivery/cli.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(async () => {
  db = useDb();
  await db.prisma.member.createMany({
    data: [
      { id: 1001n, languageCode: 'en', startedAt: new Date() },
      { id: 1002n, languageCode: 'de', startedAt: new Date() },
      { id: 1003n, languageCode: 'de', startedAt: new Date(), blockedAt: new Date() },
    ],
  });
  await db.prisma.staffRoleGrant.create({ data: { memberId: 2002n, role: 'admin' } });
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'delivery-cli-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { BOT_OWNERS: '9001', LOG_LEVEL: 'silent' }, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, commands: deliveryCli, database: db });
  return { code, out, err };
}

describe('broadcast CLI', () => {
  it('send prints the pending id; approve by another admin; progress; cancel', async () => {
    const file = path.join(dir, 'news.txt');
    writeFileSync(file, '[en]\nHello\n[de]\nHallo\n');
    const sent = await cli('broadcast', 'send', '--file', file, '--as', '9001');
    expect(sent.code).toBe(0);
    const id = Number(sent.out[0]);
    expect(id).toBeGreaterThan(0);
    const rows = await db.prisma.deliveryRecipient.findMany({ where: { broadcastId: id }, orderBy: { chatId: 'asc' } });
    expect(rows.map((r) => [Number(r.chatId), r.state])).toEqual([[1001, 'queued'], [1002, 'queued']]);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('pending');

    const own = await cli('broadcast', 'approve', String(id), '--as', '9001');
    expect(own.code).toBe(1);
    expect(own.err[0]).toContain('author');
    const member = await cli('broadcast', 'approve', String(id), '--as', '1001');
    expect(member.code).toBe(1);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('pending');
    const ok = await cli('broadcast', 'approve', String(id), '--as', '2002');
    expect(ok.code).toBe(0);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('approved');

    const progress = await cli('broadcast', 'progress', String(id), '--json');
    expect(JSON.parse(progress.out[0]!)).toMatchObject({ id, state: 'approved', total: 2, sent: 0, left: 2 });

    expect((await cli('broadcast', 'cancel', String(id), '--as', '2002')).code).toBe(0);
    expect((await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id } })).state).toBe('cancelled');
    expect(await db.prisma.auditEntry.count({ where: { action: { in: ['broadcast.request', 'broadcast.approve', 'broadcast.cancel'] } } })).toBe(3);
  });

  it('bad usage exits 2 and changes nothing', async () => {
    expect((await cli('broadcast', 'send', '--as', '9001')).code).toBe(2);
    expect((await cli('broadcast', 'approve', 'x', '--as', '2002')).code).toBe(2);
    expect((await cli('broadcast', 'approve', '1')).code).toBe(2);
    expect((await cli('broadcast', 'progress', '77')).code).toBe(1);
    expect((await cli('delivery', 'run')).code).toBe(2); // no BOT_TOKEN
    expect(await db.prisma.deliveryBroadcast.count()).toBe(0);
  });

  it('reads JSON newsletters', async () => {
    const file = path.join(dir, 'news.json');
    writeFileSync(file, JSON.stringify({ kind: 'maintenance', priority: 5, texts: { en: 'Maintenance tonight' } }));
    const r = await cli('broadcast', 'send', '--file', file, '--as', '9001');
    expect(r.code).toBe(0);
    expect(await db.prisma.deliveryBroadcast.findUniqueOrThrow({ where: { id: Number(r.out[0]) } })).toMatchObject({ kind: 'maintenance', priority: 5, total: 2 });
  });
});
