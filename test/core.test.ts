import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { buttons } from './support/fake-api.js';
import { alice, bernd, callback, li, myChatMember, privateText } from './support/updates.js';
import { i18n } from '../src/bot/i18n.js';
import type { Database } from '../src/db/client.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);

describe('first surface', () => {
  it('/start greets in the member language, records the member and shows the menu', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/start', bernd));
    const msg = api.last('sendMessage')!;
    expect(msg.payload.text).toBe(t('de', 'start-welcome', { name: 'Bernd' }));
    expect(buttons(msg.payload).map((b) => b.data)).toEqual(expect.arrayContaining(['menu:language', 'menu:privacy', 'menu:help']));
    const row = await db.prisma.member.findUnique({ where: { id: BigInt(bernd.id) } });
    expect(row).toMatchObject({ languageCode: 'de', firstName: 'Bernd', username: 'bernd' });
    expect(row!.startedAt).toBeInstanceOf(Date);
  });

  it('maps zh-hans to Simplified Chinese', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/start', li));
    expect(api.last('sendMessage')!.payload.text).toBe(t('zh', 'start-welcome', { name: '李' }));
  });

  it('/language changes and remembers the language across bot instances', async () => {
    const first = createTestBot(db);
    await first.send(privateText('/language', alice));
    expect(buttons(first.api.last('sendMessage')!.payload).map((b) => b.data)).toEqual(['lang:en', 'lang:de', 'lang:zh']);
    await first.send(callback('lang:de', alice));
    expect(first.api.last('sendMessage')!.payload.text).toBe(t('de', 'language-set'));
    expect((await db.prisma.member.findUnique({ where: { id: BigInt(alice.id) } }))!.locale).toBe('de');

    const second = createTestBot(db);
    await second.send(privateText('/help', alice));
    expect(second.api.last('sendMessage')!.payload.text).toContain(t('de', 'cmd-language'));
  });

  it('/language with an unknown code explains and offers the buttons', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/language xx', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'language-unknown'));
  });

  it('/privacy says what is stored', async () => {
    const { send, api } = createTestBot(db, { env: { PRIVACY_CONTACT: 'privacy@example.com' } });
    await send(privateText('/privacy', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'privacy-text', { contact: 'privacy@example.com' }));
  });

  it('/forgetme asks first, then deletes the member and audits it', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/start', alice));
    await send(privateText('/forgetme', alice));
    expect(buttons(api.last('sendMessage')!.payload).map((b) => b.data)).toEqual(['forget:yes', 'forget:no']);
    expect(await db.prisma.member.count({ where: { id: BigInt(alice.id) } })).toBe(1);
    await send(callback('forget:yes', alice));
    expect(api.last('editMessageText')!.payload.text).toBe(t('en', 'forgetme-done'));
    expect(await db.prisma.member.count({ where: { id: BigInt(alice.id) } })).toBe(0);
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: 'member.forget' } });
    expect(audit).toMatchObject({ subject: String(alice.id), via: 'telegram' });
  });

  it('/forgetme cancelled keeps everything', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/forgetme', alice));
    await send(callback('forget:no', alice));
    expect(api.last('editMessageText')!.payload.text).toBe(t('en', 'forgetme-cancelled'));
    expect(await db.prisma.member.count()).toBe(1);
  });

  it('an unknown command points to /help', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/frobnicate', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'unknown-command'));
  });

  it('records blocking and unblocking of the bot', async () => {
    const { send } = createTestBot(db);
    await send(privateText('/start', alice));
    await send(myChatMember(alice, 'kicked'));
    expect((await db.prisma.member.findUnique({ where: { id: BigInt(alice.id) } }))!.blockedAt).toBeInstanceOf(Date);
    await send(myChatMember(alice, 'member'));
    expect((await db.prisma.member.findUnique({ where: { id: BigInt(alice.id) } }))!.blockedAt).toBeNull();
  });

  it('a 403 on a reply marks the member as blocked', async () => {
    const { send, api } = createTestBot(db);
    await send(privateText('/start', alice));
    const { errors } = await import('./support/fake-api.js');
    api.fail('sendMessage', errors.blocked());
    await send(privateText('/help', alice));
    expect((await db.prisma.member.findUnique({ where: { id: BigInt(alice.id) } }))!.blockedAt).toBeInstanceOf(Date);
  });
});

describe('error boundary and rate limit', () => {
  it('a failing handler is logged, the member gets an actionable error, and the bot goes on', async () => {
    const { Composer } = await import('grammy');
    const boom = new Composer<any>();
    boom.command('boom', () => {
      throw new Error('kaputt');
    });
    const { send, api } = createTestBot(db, { features: () => [{ name: 'boom', composer: boom }] });
    await send(privateText('/boom', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'error-generic'));
    await send(privateText('/help', alice));
    expect(api.last('sendMessage')!.payload.text).toContain('/start');
  });

  it('one flooder is limited and told once; others are not slowed', async () => {
    const { send, api } = createTestBot(db, { env: { MEMBER_RATE_LIMIT: '3', MEMBER_RATE_WINDOW_MS: '60000' } });
    for (let i = 0; i < 6; i++) await send(privateText('/help', alice));
    expect(api.texts(alice.id).filter((x) => x === t('en', 'rate-limited'))).toHaveLength(1);
    expect(api.texts(alice.id).filter((x) => x.includes('/start'))).toHaveLength(3);
    await send(privateText('/help', bernd));
    expect(api.texts(bernd.id)).toHaveLength(1);
  });
});
