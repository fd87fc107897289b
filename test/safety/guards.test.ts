import { beforeEach, describe, expect, it } from 'vitest';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { useTestDatabase } from '../support/db.js';
import { buttons, errors } from '../support/fake-api.js';
import { alice, bernd, callback, community, groupText, owner, privateText, user } from '../support/updates.js';
import type { Database } from '../../src/db/client.js';
import { CLI, allText, chatMemberJoin, joinMessage, martina, safetyBot, t } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const PHRASE = entropyToMnemonic(Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) % 256), wordlist);
const KEY = 'e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262';

async function withStaff(bot: ReturnType<typeof safetyBot>) {
  await bot.services.access.grant(CLI, BigInt(martina.id), 'moderator');
  await bot.send(privateText('hello', martina)); // the bot learns the staff member's names
  await bot.services.safety.official.seedDefaults(CLI);
  bot.downstream.length = 0;
  bot.api.reset();
}

describe('seed phrases and keys', () => {
  it('deletes a phrase in a group, warns privately and neutrally, and stores or logs none of it', async () => {
    const bot = safetyBot(db);
    await bot.send(privateText('/start', alice)); // a member who started the bot is warned privately too
    bot.api.reset();
    const update = groupText(`pls help restore:\n${PHRASE.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n')}`, alice);
    await bot.send(update);
    expect(bot.api.last('deleteMessage')!.payload).toMatchObject({ chat_id: community.id, message_id: update.message!.message_id });
    expect(bot.api.texts(alice.id)).toEqual([t('en', 'safety-secret-private-warning')]);
    expect(bot.api.texts(community.id)).toEqual([t('en', 'safety-secret-group-notice', { name: 'Alice' })]);
    expect(bot.downstream).toEqual([]);
    const stored = await allText(db);
    const logged = bot.logs.join('\n');
    for (const haystack of [stored, logged, JSON.stringify(bot.api.calls)]) {
      expect(haystack).not.toContain(PHRASE.split(' ').slice(0, 3).join(' '));
      for (const w of PHRASE.split(' ').filter((w) => w.length > 5)) expect(haystack).not.toContain(w);
    }
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: 'safety.secret.stop' } });
    expect(audit).toMatchObject({ via: 'system', subject: String(alice.id) });
  });

  it('a reply quoting a phrase is not passed on, and the original is deleted', async () => {
    const bot = safetyBot(db);
    const original = { message_id: 77, date: 0, chat: community, from: alice, text: PHRASE };
    await bot.send(groupText('omg delete this!!', bernd, community, { reply_to_message: original } as any));
    expect(bot.api.last('deleteMessage')!.payload).toMatchObject({ chat_id: community.id, message_id: 77 });
    expect(bot.downstream).toEqual([]);
  });

  it('deletes a private key (hex, WIF) but leaves a transaction hash in context alone', async () => {
    const bot = safetyBot(db);
    await bot.send(groupText(`my key ${KEY}`, bernd));
    await bot.send(groupText(`5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ`, bernd));
    expect(bot.api.sent('deleteMessage')).toHaveLength(2);
    await bot.send(groupText(`deposit missing, txid ${KEY}`, bernd));
    expect(bot.api.sent('deleteMessage')).toHaveLength(2);
    expect(bot.downstream).toEqual([`deposit missing, txid ${KEY}`]);
    expect(await allText(db)).not.toContain(KEY.slice(0, 20));
    expect(bot.logs.join('\n')).not.toContain(KEY.slice(0, 20));
  });

  it('without the right to delete: staff are alerted once, nothing crashes', async () => {
    const bot = safetyBot(db);
    bot.api.fail('deleteMessage', { ok: false, error_code: 400, description: "Bad Request: message can't be deleted" }, { times: 2 });
    await bot.send(groupText(PHRASE, alice));
    await bot.send(groupText(PHRASE, bernd));
    expect(bot.api.texts(owner.id)).toEqual([t('en', 'safety-staff-cannot-delete', { chat: community.title })]);
    expect(bot.api.texts(community.id)).toContain(t('de', 'safety-secret-group-notice-undeleted', { name: 'Bernd' }));
    expect(bot.downstream).toEqual([]);
  });

  it('in a private chat: warns, does not store, no other feature sees it', async () => {
    const bot = safetyBot(db);
    await bot.send(privateText(PHRASE.toUpperCase().split(' ').join(', '), bernd));
    expect(bot.api.texts(bernd.id)).toEqual([t('de', 'safety-secret-private-warning')]);
    expect(bot.downstream).toEqual([]);
    expect(await allText(db)).not.toContain(PHRASE.split(' ')[4]!.toUpperCase());
  });
});

describe('impersonation guard', () => {
  const fake = user(6666, { first_name: 'Маrtinа', last_name: 'Wеbеr' }); // Cyrillic а and е

  it('restricts a look-alike of a staff member on join, tells staff with an undo, audits both', async () => {
    const bot = safetyBot(db);
    await withStaff(bot);
    await bot.send(joinMessage([fake]));
    expect(bot.api.last('restrictChatMember')!.payload).toMatchObject({ chat_id: community.id, user_id: fake.id, permissions: { can_send_messages: false } });
    const notice = bot.api.sent('sendMessage').find((c) => Number(c.payload.chat_id) === owner.id)!;
    const row = await db.prisma.safetyCase.findFirstOrThrow();
    expect(row).toMatchObject({ kind: 'impersonation', action: 'restrict', memberId: BigInt(fake.id), status: 'open' });
    expect(notice.payload.text).toContain('same-name-as-staff');
    expect(buttons(notice.payload)).toEqual([{ text: t('en', 'safety-undo-restrict'), data: `safety:undo:${row.id}`, url: undefined }]);
    expect(await db.prisma.auditEntry.count({ where: { action: 'safety.impersonation.restrict', subject: String(fake.id) } })).toBe(1);

    // A member cannot undo; nothing changes.
    await bot.send(callback(`safety:undo:${row.id}`, alice));
    expect((await db.prisma.safetyCase.findFirstOrThrow()).status).toBe('open');
    expect(bot.api.sent('restrictChatMember')).toHaveLength(1);

    await bot.send(callback(`safety:undo:${row.id}`, owner));
    expect(bot.api.last('restrictChatMember')!.payload).toMatchObject({ user_id: fake.id, permissions: { can_send_messages: true } });
    expect(await db.prisma.safetyCase.findFirstOrThrow()).toMatchObject({ status: 'undone', undoneBy: BigInt(owner.id) });
    expect(await db.prisma.auditEntry.findFirst({ where: { action: 'safety.impersonation.undo' } })).toMatchObject({ actorId: BigInt(owner.id), subject: String(fake.id) });
    await bot.send(callback(`safety:undo:${row.id}`, owner));
    expect(bot.api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'safety-undo-already'));
    // Cleared by staff: re-joining with the same names is not flagged again.
    await bot.send(chatMemberJoin(fake));
    expect(await db.prisma.safetyCase.count()).toBe(1);
  });

  it('bans when configured, and the undo unbans; to the staff chat when set', async () => {
    const bot = safetyBot(db, { SAFETY_IMPERSONATION_ACTION: 'ban', STAFF_CHAT_ID: '-100777' });
    await withStaff(bot);
    await bot.send(chatMemberJoin(user(6667, { first_name: 'OKEx Support 客服' })));
    expect(bot.api.last('banChatMember')!.payload).toMatchObject({ user_id: 6667 });
    const notice = bot.api.sent('sendMessage').find((c) => Number(c.payload.chat_id) === -100777)!;
    expect(notice.payload.text).toContain('brand+role');
    await bot.send(callback(buttons(notice.payload)[0]!.data!, owner));
    expect(bot.api.last('unbanChatMember')!.payload).toMatchObject({ user_id: 6667, only_if_banned: true });
  });

  it('alert mode only tells staff; a rename to a staff-like name is caught; real staff never', async () => {
    const bot = safetyBot(db, { SAFETY_IMPERSONATION_ACTION: 'alert' });
    await withStaff(bot);
    await bot.send(groupText('hi all', alice));
    expect(bot.api.sent('sendMessage').filter((c) => Number(c.payload.chat_id) === owner.id)).toHaveLength(0);
    await bot.send(groupText('hi again', { ...alice, first_name: 'OKX', last_name: 'Admin', username: 'okx_admin_desk' }));
    const notices = bot.api.sent('sendMessage').filter((c) => Number(c.payload.chat_id) === owner.id);
    expect(notices).toHaveLength(1);
    expect(buttons(notices[0]!.payload)).toEqual([]);
    expect(bot.api.sent('restrictChatMember')).toHaveLength(0);
    // Real staff (by id) with a brand+role name: never flagged.
    await bot.send(joinMessage([{ ...martina, first_name: 'OKEx Support', last_name: 'Martina' }]));
    expect(await db.prisma.safetyCase.count()).toBe(1);
  });
});

describe('look-alike links in groups', () => {
  it('flags look-alike domains to staff without deleting; ordinary links pass', async () => {
    const bot = safetyBot(db);
    await withStaff(bot);
    await bot.send(groupText('claim your refund at https://okex.com.refund-desk.io/claim', alice));
    await bot.send(groupText('fees: https://www.okex.com/fees.html and https://etherscan.io', alice));
    expect(bot.api.sent('deleteMessage')).toHaveLength(0);
    const notices = bot.api.texts(owner.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('okex.com.refund-desk.io');
    expect(bot.downstream).toHaveLength(2);
    expect(await db.prisma.safetyCase.findFirst({ where: { kind: 'lookalike' } })).toMatchObject({ action: 'flag', memberId: BigInt(alice.id) });
  });

  it('deletes them when SAFETY_LOOKALIKE_DELETE is on', async () => {
    const bot = safetyBot(db, { SAFETY_LOOKALIKE_DELETE: 'true' });
    await withStaff(bot);
    await bot.send(groupText('support: t.me/OKExOfficiaI_English', alice));
    expect(bot.api.sent('deleteMessage')).toHaveLength(1);
    expect(bot.downstream).toHaveLength(0);
  });
});
