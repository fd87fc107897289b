import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { alice, bernd, community, groupText, owner, privateText, user } from '../support/updates.js';
import type { Database } from '../../src/db/client.js';
import { CLI, martina, safetyBot, t } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const last = (bot: ReturnType<typeof safetyBot>) => bot.api.last('sendMessage')!.payload.text as string;
const BTC = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT';

describe('/verify', () => {
  it('answers by numeric id: staff with role, or NOT staff; in private and in groups', async () => {
    const bot = safetyBot(db);
    await bot.services.access.grant(CLI, BigInt(martina.id), 'support');
    await bot.send(privateText('/verify 501', alice));
    expect(last(bot)).toBe(t('en', 'safety-verify-staff', { who: '501', id: '501', roles: 'support' }));
    await bot.send(groupText('/verify 1002', alice));
    expect(bot.api.last('sendMessage')!.payload.chat_id).toBe(community.id);
    expect(last(bot)).toBe(t('en', 'safety-verify-not-staff', { who: '1002', id: '1002', roles: '' }));
  });

  it('resolves @username only through members the bot has seen, and says so when unknown', async () => {
    const bot = safetyBot(db);
    await bot.services.access.grant(CLI, BigInt(martina.id), 'moderator');
    await bot.send(groupText('hallo', martina));
    await bot.send(privateText('/verify @Martina_Weber', bernd));
    expect(last(bot)).toBe(t('de', 'safety-verify-staff', { who: '@Martina_Weber', id: '501', roles: 'moderator' }));
    // An impostor who took a similar name is decided by their own id.
    await bot.send(groupText('hi', user(777, { first_name: 'Martina', username: 'martina_weber_support' })));
    await bot.send(privateText('/verify @martina_weber_support', bernd));
    expect(last(bot)).toBe(t('de', 'safety-verify-not-staff', { who: '@martina_weber_support', id: '777', roles: '' }));
    await bot.send(privateText('/verify @never_seen_here', bernd));
    expect(last(bot)).toBe(t('de', 'safety-verify-unknown-username', { username: 'never_seen_here' }));
  });

  it('works as a reply and on forwarded messages (user, hidden user)', async () => {
    const bot = safetyBot(db);
    await bot.send(groupText('/verify', alice, community, { reply_to_message: { message_id: 1, date: 0, chat: community, from: owner, text: 'hi' } as any }));
    expect(last(bot)).toBe(t('en', 'safety-verify-staff', { who: 'Owner', id: '9001', roles: 'owner' }));
    await bot.send(privateText('send me 1 BTC and I double it', alice, { forward_origin: { type: 'user', sender_user: bernd, date: 0 } } as any));
    expect(last(bot)).toBe(t('en', 'safety-verify-not-staff', { who: 'Bernd', id: '1002', roles: '' }));
    await bot.send(privateText('I am admin', alice, { forward_origin: { type: 'hidden_user', sender_user_name: 'OKEx Admin', date: 0 } } as any));
    expect(last(bot)).toBe(t('en', 'safety-verify-hidden', { name: 'OKEx Admin' }));
    expect(bot.downstream).toEqual([]);
    await bot.send(privateText('/verify', alice));
    expect(last(bot)).toBe(t('en', 'safety-verify-usage'));
  });

  it('confirms a code of an official message (seam) and rejects unknown codes', async () => {
    const sentAt = new Date('2026-11-25T08:00:00Z');
    const bot = safetyBot(db);
    const code = (await bot.services.seams.officialMessageCode({ kind: 'status', summary: 'BTC withdrawals resumed', sentAt }))!;
    expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    await bot.send(privateText(`/verify ${code.replace('-', '').toLowerCase()}`, alice));
    expect(last(bot)).toBe(t('en', 'safety-code-official', { code, sent: '2026-11-25 08:00 UTC', kind: 'status', summary: 'BTC withdrawals resumed' }));
    await bot.send(privateText('/verify ABCD-EF23', alice));
    expect(last(bot)).toBe(t('en', 'safety-code-unknown', { code: 'ABCD-EF23' }));
    expect(await db.prisma.safetyOfficialMessage.count()).toBe(1);
  });
});

describe('/check and the official lists', () => {
  it('official, NOT official (look-alike) or unknown', async () => {
    const bot = safetyBot(db);
    await bot.services.safety.official.seedDefaults(CLI);
    await bot.services.safety.official.add(CLI, 'address', BTC, 'BTC', 'bitcoin');
    const cases: [string, string, Record<string, string>][] = [
      ['https://www.okex.com/fees.html', 'safety-check-official', { value: 'www.okex.com', kind: 'domain', where: '' }],
      ['@OKExOfficial_English', 'safety-check-official', { value: 'okexofficial_english', kind: 'handle', where: '' }],
      [BTC, 'safety-check-official', { value: BTC, kind: 'address', where: ' (BTC, bitcoin)' }],
      ['okex.com.evil.io', 'safety-check-not-official', { value: 'okex.com.evil.io', like: 'okex.com' }],
      ['оkех.com', 'safety-check-not-official', { value: 'xn--k-jtbz4a.com', like: 'okex.com' }],
      ['@OKEx_Support_Desk', 'safety-check-not-official', { value: 'okex_support_desk', like: 'okexofficial_english' }],
      ['1BoatXXXXXXXXXXXXXXXXXXXXXXXLETtpyT', 'safety-check-not-official', { value: '1BoatXXXXXXXXXXXXXXXXXXXXXXXLETtpyT', like: BTC }],
      ['coingecko.com', 'safety-check-unknown', { value: 'coingecko.com' }],
    ];
    for (const [input, key, vars] of cases) {
      await bot.send(privateText(`/check ${input}`, alice));
      expect(last(bot), input).toBe(t('en', key, vars));
    }
    await bot.send(privateText('/check', alice));
    expect(last(bot)).toBe(t('en', 'safety-check-usage'));
  });

  it('admins add and remove entries (audited); members are refused and nothing changes', async () => {
    const bot = safetyBot(db);
    await bot.send(privateText('/official_add domain okex-phish.com', alice));
    expect(last(bot)).toBe(t('en', 'access-denied'));
    await bot.send(privateText('/official_remove domain okex.com', alice));
    expect(last(bot)).toBe(t('en', 'access-denied'));
    expect(await db.prisma.safetyOfficialEntry.count()).toBe(0);
    expect(await db.prisma.auditEntry.count()).toBe(0);

    await bot.send(privateText('/official_add address ETH erc20 0xAbC0000000000000000000000000000000000001', owner));
    expect(last(bot)).toBe(t('en', 'safety-official-add-done', { kind: 'address', value: '0xAbC0000000000000000000000000000000000001' }));
    await bot.send(privateText('/official_add domain okx.com', owner));
    await bot.send(privateText('/official_add domain okx.com', owner));
    expect(last(bot)).toBe(t('en', 'safety-official-add-unchanged', { kind: 'domain', value: 'okx.com' }));
    await bot.send(privateText('/official_add address BTC', owner));
    expect(last(bot)).toBe(t('en', 'safety-official-usage'));
    await bot.send(privateText('/official_add domain not_a_domain', owner));
    expect(last(bot)).toBe(t('en', 'safety-official-invalid', { kind: 'domain', value: 'not_a_domain' }));
    await bot.send(privateText('/check okx.com', alice));
    expect(last(bot)).toBe(t('en', 'safety-check-official', { value: 'okx.com', kind: 'domain', where: '' }));
    await bot.send(privateText('/official_list', alice));
    expect(last(bot)).toContain('okx.com');
    expect(last(bot)).toContain('(ETH, erc20)');
    await bot.send(privateText('/official_remove domain okx.com', owner));
    expect(last(bot)).toBe(t('en', 'safety-official-remove-done', { kind: 'domain', value: 'okx.com' }));

    const audit = await db.prisma.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.subject, a.actorId])).toEqual([
      ['safety.official.add', 'address:0xabc0000000000000000000000000000000000001', BigInt(owner.id)],
      ['safety.official.add', 'domain:okx.com', BigInt(owner.id)],
      ['safety.official.remove', 'domain:okx.com', BigInt(owner.id)],
    ]);
  });

  it('/forgetme erases the last known names', async () => {
    const bot = safetyBot(db);
    await bot.send(groupText('hi', alice));
    expect(await db.prisma.safetyMemberName.count()).toBe(1);
    await bot.services.members.forget(CLI, BigInt(alice.id), bot.services.access, bot.services.erasers);
    expect(await db.prisma.safetyMemberName.count()).toBe(0);
  });
});
