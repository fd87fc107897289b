import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { createTestBot } from '../support/bot.js';
import { alice, bernd, community, groupText, li, owner, privateText } from '../support/updates.js';
import { i18n } from '../../src/bot/i18n.js';
import type { Database } from '../../src/db/client.js';
import { deliveryCapability } from '../../src/delivery/index.js';
import { parseTexts } from '../../src/delivery/bot.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const features = (deps: any) => deliveryCapability.features!(deps);

async function setup() {
  const bot = createTestBot(db, { features });
  // Members who started the bot, in three languages; bernd is a second admin.
  for (const u of [alice, bernd, li, owner]) await bot.send(privateText('/start', u));
  await bot.services.access.grant({ id: null, via: 'cli' }, BigInt(bernd.id), 'admin');
  bot.api.reset();
  return bot;
}

const newsletter = '/broadcast\n[en]\nHello members\n[de]\nHallo Mitglieder\n[zh]\n成员们好';

describe('/broadcast and approval', () => {
  it('parses one section per language; no markers means English for everyone', () => {
    expect(parseTexts('[en]\nHi\n[de]\nHallo')).toEqual({ en: 'Hi', de: 'Hallo' });
    expect(parseTexts('Just text')).toEqual({ en: 'Just text' });
    expect(parseTexts('  ')).toEqual({});
  });

  it('an admin composes: preview per language with counts, pending until a second admin approves', async () => {
    const { send, api } = await setup();
    await send(privateText(newsletter, owner));
    const texts = api.texts(owner.id);
    expect(texts[0]).toBe(`${t('en', 'broadcast-preview-lang', { lang: 'en', count: 2 })}\n\nHello members`);
    expect(texts[1]).toBe(`${t('en', 'broadcast-preview-lang', { lang: 'de', count: 1 })}\n\nHallo Mitglieder`);
    expect(texts[2]).toBe(`${t('en', 'broadcast-preview-lang', { lang: 'zh', count: 1 })}\n\n成员们好`);
    const b = await db.prisma.deliveryBroadcast.findFirstOrThrow();
    expect(texts[3]).toBe(t('en', 'broadcast-preview', { id: b.id, total: 4, chats: 0 }));
    expect(b).toMatchObject({ state: 'pending', authorId: BigInt(owner.id), kind: 'newsletter' });
    const rows = await db.prisma.deliveryRecipient.findMany({ orderBy: { chatId: 'asc' } });
    expect(rows.map((r) => [Number(r.chatId), (b.texts as string[])[r.textIndex]])).toEqual([
      [alice.id, 'Hello members'],
      [bernd.id, 'Hallo Mitglieder'],
      [li.id, '成员们好'],
      [owner.id, 'Hello members'],
    ]);
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.request' } })).toBe(1);

    // The author cannot approve their own broadcast.
    await send(privateText(`/broadcast_approve ${b.id}`, owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'broadcast-own', { id: b.id }));
    expect((await db.prisma.deliveryBroadcast.findFirstOrThrow()).state).toBe('pending');

    await send(privateText(`/broadcast_approve ${b.id}`, bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-approved', { id: b.id }));
    expect((await db.prisma.deliveryBroadcast.findFirstOrThrow()).state).toBe('approved');
    expect(await db.prisma.auditEntry.count({ where: { action: 'broadcast.approve', actorId: BigInt(bernd.id) } })).toBe(1);
    // Nothing is sent by the bot process itself: the sender does that.
    expect(api.texts(alice.id)).toEqual([]);
  });

  it('a plain member is refused every staff command and nothing changes', async () => {
    const { send, api } = await setup();
    await send(privateText(newsletter, owner));
    const b = await db.prisma.deliveryBroadcast.findFirstOrThrow();
    for (const cmd of [newsletter, `/broadcast_approve ${b.id}`, `/broadcast_cancel ${b.id}`, `/broadcast_progress ${b.id}`, '/channel_add -100123', '/channel_list', '/channel_remove -100123']) {
      await send(privateText(cmd, alice));
      expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    }
    expect(await db.prisma.deliveryBroadcast.count()).toBe(1);
    expect((await db.prisma.deliveryBroadcast.findFirstOrThrow()).state).toBe('pending');
    expect(await db.prisma.deliveryChat.count()).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { actorId: BigInt(alice.id) } })).toBe(0);
  });

  it('/broadcast_cancel and /broadcast_progress', async () => {
    const { send, api } = await setup();
    await send(privateText(newsletter, owner));
    const b = await db.prisma.deliveryBroadcast.findFirstOrThrow();
    await send(privateText(`/broadcast_progress ${b.id}`, bernd));
    expect(api.last('sendMessage')!.payload.text).toContain(t('de', 'broadcast-state', { id: b.id, state: 'pending' }));
    await send(privateText(`/broadcast_cancel ${b.id}`, bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-cancelled', { id: b.id }));
    await send(privateText(`/broadcast_approve ${b.id}`, bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-not-pending', { id: b.id }));
    await send(privateText('/broadcast_cancel 999', bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-not-found', { id: 999 }));
    await send(privateText('/broadcast_cancel', bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(t('de', 'broadcast-id-usage', { command: 'broadcast_cancel' }));
  });
});

describe('registered channels and groups', () => {
  it('/channel_add in a group, by id for a channel, /channel_list, /channel_remove; all audited', async () => {
    const { send, api } = await setup();
    await send(groupText('/channel_add pin de', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'delivery-chat-added', { id: String(community.id), title: community.title }));
    api.respond('getChat', (c) => ({ id: Number(c.payload.chat_id), type: 'channel', title: 'Announcements' }), 1);
    await send(privateText('/channel_add -1009876', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'delivery-chat-added', { id: '-1009876', title: 'Announcements' }));
    const chats = await db.prisma.deliveryChat.findMany({ orderBy: { id: 'asc' } });
    expect(chats.map((c) => [Number(c.chatId), c.type, c.pin, c.locale])).toEqual([
      [community.id, 'supergroup', true, 'de'],
      [-1009876, 'channel', false, 'en'],
    ]);
    await send(privateText('/channel_list', owner));
    expect(api.last('sendMessage')!.payload.text).toContain('<code>-1009876</code> Announcements');
    await send(privateText('/channel_remove -1009876', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'delivery-chat-removed', { id: '-1009876' }));
    expect(await db.prisma.deliveryChat.count()).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { action: { startsWith: 'delivery.chat.' } } })).toBe(3);
  });

  it('/channel_add by id when the bot cannot reach the chat explains what to do', async () => {
    const { send, api } = await setup();
    api.fail('getChat', { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    await send(privateText('/channel_add -1001111', owner));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'delivery-chat-unknown', { id: '-1001111' }));
    expect(await db.prisma.deliveryChat.count()).toBe(0);
  });
});
