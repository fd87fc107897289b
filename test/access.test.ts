import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { alice, bernd, owner, privateText, groupText, user } from './support/updates.js';
import { i18n } from '../src/bot/i18n.js';
import { runCli } from '../src/cli/run.js';
import { foundationCli } from '../src/cli/foundation.js';
import type { Database } from '../src/db/client.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);

async function snapshot() {
  return {
    roles: await db.prisma.staffRoleGrant.count(),
    audit: await db.prisma.auditEntry.count(),
  };
}

describe('staff commands in Telegram', () => {
  const staffCommands = ['/grant 1002 admin', '/revoke 1002 admin', '/staff', '/audit'];

  for (const cmd of staffCommands) {
    it(`${cmd.split(' ')[0]} is refused politely for a member and changes nothing`, async () => {
      const { send, api } = createTestBot(db);
      const before = await snapshot();
      await send(privateText(cmd, alice));
      expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
      expect(await snapshot()).toEqual(before);
    });
  }

  it('a support agent cannot grant roles either', async () => {
    const { send, api, services } = createTestBot(db);
    await services.access.grant({ id: null, via: 'cli' }, BigInt(alice.id), 'support');
    const before = await snapshot();
    await send(privateText('/grant 1002 owner', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    expect(await snapshot()).toEqual(before);
  });

  it('an owner grants and revokes; each change is audited with before and after', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/grant 1002 moderator', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'staff-grant-done', { id: '1002', role: 'moderator' }));
    await send(privateText('/grant 1002 mod', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'staff-grant-unchanged', { id: '1002', role: 'moderator' }));
    await send(privateText('/revoke 1002 moderator', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'staff-revoke-done', { id: '1002', role: 'moderator' }));
    const audit = await db.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.subject, a.before, a.after])).toEqual([
      ['staff.grant', BigInt(owner.id), '1002', [], ['moderator']],
      ['staff.revoke', BigInt(owner.id), '1002', ['moderator'], []],
    ]);
  });

  it('grant by replying to a member in a group', async () => {
    const { send } = createTestBot(db);
    const target = user(4242, { first_name: 'Host' });
    await send(groupText('/grant ama_host', owner, undefined, { reply_to_message: { message_id: 1, date: 0, chat: { id: -1001234567890, type: 'supergroup', title: 'x' }, from: target, text: 'hi' } as any }));
    expect(await db.prisma.staffRoleGrant.findFirst({ where: { memberId: 4242n } })).toMatchObject({ role: 'ama_host', grantedBy: BigInt(owner.id) });
  });

  it('bad arguments get the usage, nothing changes', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/grant 1002 wizard', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'staff-grant-usage', { roles: 'owner, admin, support, ama_host, moderator' }));
    expect(await db.prisma.staffRoleGrant.count()).toBe(0);
  });

  it('a granted role takes effect at once: the new admin may list staff', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/staff', bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'access-denied'));
    await send(privateText('/grant 1002 admin', owner));
    await send(privateText('/staff', bernd));
    expect(api.last('sendMessage')!.payload.text).toContain('<code>1002</code>: admin');
  });

  it('owners read the audit log in Telegram', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/grant 1002 support', owner));
    await send(privateText('/audit', owner));
    const text = api.last('sendMessage')!.payload.text as string;
    expect(text.startsWith(t('en', 'audit-title'))).toBe(true);
    expect(text).toContain('staff.grant → 1002');
  });

  it('staff commands appear in /help for staff only', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/help', alice));
    expect(api.last('sendMessage')!.payload.text).not.toContain('/grant');
    await send(privateText('/help', owner));
    expect(api.last('sendMessage')!.payload.text).toContain(`/grant — ${t('en', 'cmd-grant')}`);
  });
});

describe('staff and audit from the CLI', () => {
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { env: { LOG_LEVEL: 'silent', BOT_OWNERS: '9001' }, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, commands: foundationCli, database: db });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('grant, list, revoke, audit list; exit codes 0', async () => {
    expect(await cli('staff', 'grant', '1002', 'admin')).toMatchObject({ code: 0, out: '1002 is now admin.' });
    expect((await cli('staff', 'list')).out).toBe('1002\tadmin\n9001\towner');
    expect(await cli('staff', 'revoke', '1002', 'admin')).toMatchObject({ code: 0, out: '1002 is no longer admin.' });
    const audit = await cli('audit', 'list', '--json');
    const lines = audit.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.action, l.via, l.subject])).toEqual([
      ['staff.revoke', 'cli', '1002'],
      ['staff.grant', 'cli', '1002'],
    ]);
  });

  it('--as a non-owner is refused (exit 1) and nothing changes', async () => {
    const r = await cli('staff', 'grant', '1002', 'admin', '--as', '1001');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/only an owner/);
    expect(await db.prisma.staffRoleGrant.count()).toBe(0);
  });

  it('--as an owner is recorded as the actor', async () => {
    await cli('staff', 'grant', '1002', 'support', '--as', '9001');
    expect(await db.prisma.auditEntry.findFirst()).toMatchObject({ actorId: 9001n, via: 'cli', action: 'staff.grant' });
  });

  it('bad usage exits 2 with the usage; unknown command exits 2; --help exits 0', async () => {
    const bad = await cli('staff', 'grant', 'abc', 'admin');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/telegram-id must be a numeric Telegram id/);
    expect(bad.err).toMatch(/Usage: npm run cli -- staff grant <telegram-id> <role>/);
    expect((await cli('staff', 'grant', '1', 'wizard')).code).toBe(2);
    expect((await cli('audit', 'list', '--limit', 'x')).code).toBe(2);
    expect((await cli('audit', 'list', '--bogus')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('staff grant');
    expect((await cli('staff', 'grant', '--help')).code).toBe(0);
  });

  it('works while the bot runs on the embedded database: it joins the bot\'s database', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { openDatabase } = await import('../src/db/client.js');
    const { applyMigrations } = await import('../src/db/migrations.js');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cli-live-'));
    const running = await openDatabase({ dataDir }); // what the running bot holds
    await applyMigrations(running.adapter);
    await running.prisma.staffRoleGrant.create({ data: { memberId: 777n, role: 'moderator' } });
    const out: string[] = [];
    const code = await runCli(['staff', 'grant', '778', 'support'], { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, io: { out: (l) => out.push(l), err: (l) => out.push(l) }, commands: foundationCli });
    expect(code).toBe(0);
    // The grant made by the CLI is visible to the bot's own connection at once.
    expect(await running.prisma.staffRoleGrant.findMany({ orderBy: { memberId: 'asc' }, select: { memberId: true, role: true } })).toEqual([
      { memberId: 777n, role: 'moderator' },
      { memberId: 778n, role: 'support' },
    ]);
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('db status lists applied migrations', async () => {
    const r = await cli('db', 'status');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/applied\s+\d{14}_init/);
    expect(r.out).toContain('Up to date.');
  });
});
