import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { buttons } from './support/fake-api.js';
import { alice, bernd, callback, li, owner, privateText } from './support/updates.js';
import { admin1, assets, deliveryRecorder, staff, supporter } from './support/status.js';
import { statusCapability } from '../src/status/index.js';
import { i18n } from '../src/bot/i18n.js';
import type { Database } from '../src/db/client.js';
import type { User } from 'grammy/types';
import type { CorrectInput } from '../src/seams.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);

async function bot(opts: { deliver?: boolean } = {}) {
  const tb = createTestBot(db, { features: (deps) => statusCapability.features!(deps) });
  await staff(tb.services);
  await assets(tb.services);
  // deliver: false = a bot without the delivery capability (the seam's default answers null).
  if (opts.deliver === false) tb.services.seams.deliver = async () => null;
  const delivered = opts.deliver === false ? [] : deliveryRecorder(tb.services);
  for (const u of [alice, bernd, li]) await tb.send(privateText('/start', u));
  tb.api.reset();
  return { ...tb, delivered };
}

async function approvedPause(tb: Awaited<ReturnType<typeof bot>>) {
  const req = await tb.services.status.requestChange({ id: BigInt(supporter.id), via: 'telegram' }, { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'Node upgrade.', de: 'Node-Upgrade.' } });
  await tb.services.approvals.approve({ id: BigInt(admin1.id), via: 'telegram' }, req.id);
}

describe('members', () => {
  it('/start shows the status button in the main menu', async () => {
    const tb = await bot();
    await tb.send(privateText('/start', alice));
    expect(buttons(tb.api.last('sendMessage')!.payload).map((b) => b.data)).toContain('st:menu');
  });

  for (const [u, l] of [[alice, 'en'], [bernd, 'de'], [li, 'zh']] as [User, string][]) {
    it(`/status lists every asset in ${l} with follow buttons`, async () => {
      const tb = await bot();
      await approvedPause(tb);
      await tb.send(privateText('/status', u));
      const msg = tb.api.last('sendMessage')!.payload;
      expect(msg.text).toContain(t(l, 'status-title'));
      expect(msg.text).toContain(t(l, 'status-asset-line', { symbol: 'BTC', name: 'Bitcoin', withdrawals: t(l, 'status-state-paused'), deposits: t(l, 'status-state-operational') }));
      expect(msg.text).toContain(t(l, 'status-follow-all-on'));
      expect(buttons(msg).map((b) => b.data)).toEqual(['st:all:0', 'st:one:BTC:1', 'st:one:ETH:1', 'st:one:USDT:1']);
    });
  }

  it('/status BTC shows the official text in the member language (template where staff wrote none)', async () => {
    const tb = await bot();
    await approvedPause(tb);
    await tb.send(privateText('/status btc', bernd));
    expect(tb.api.last('sendMessage')!.payload.text).toContain('Node-Upgrade.');
    await tb.send(privateText('/status BTC', li));
    expect(tb.api.last('sendMessage')!.payload.text).toContain(t('zh', 'status-template-paused', { symbol: 'BTC', direction: t('zh', 'status-direction-withdrawals') }));
    await tb.send(privateText('/status XRP', alice));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-unknown-asset', { symbol: 'XRP', known: 'BTC, ETH, USDT' }));
  });

  it('/history BTC shows the timeline; without an asset it explains', async () => {
    const tb = await bot();
    await tb.send(privateText('/history BTC', bernd));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('de', 'status-history-empty', { symbol: 'BTC' }));
    await approvedPause(tb);
    await tb.send(privateText('/history BTC', bernd));
    const text = tb.api.last('sendMessage')!.payload.text as string;
    expect(text).toContain(t('de', 'status-history-title', { symbol: 'BTC', name: 'Bitcoin' }));
    expect(text).toContain('Node-Upgrade.');
    expect(text).toContain(t('de', 'status-state-paused'));
    await tb.send(privateText('/history', alice));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-history-usage'));
  });

  it('follow and unfollow all or single assets with buttons; recipients follow the choice', async () => {
    const tb = await bot();
    const rec = () => tb.services.status.followers.recipients('BTC').then((r) => r.map((x) => Number(x.chatId)).sort());
    expect(await rec()).toEqual([alice.id, bernd.id, li.id]);
    await tb.send(callback('st:all:0', alice));
    expect(tb.api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'status-unfollowed-all'));
    const edited = tb.api.last('editMessageText')!.payload;
    expect(edited.text).toContain(t('en', 'status-follow-all-off'));
    expect(buttons(edited)[0]!.data).toBe('st:all:1');
    expect(await rec()).toEqual([bernd.id, li.id]);

    await tb.send(callback('st:one:ETH:1', alice));
    expect(tb.api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'status-followed-one', { symbol: 'ETH' }));
    expect(tb.api.last('editMessageText')!.payload.text).toContain(t('en', 'status-follow-some', { symbols: 'ETH' }));
    expect(await rec()).toEqual([bernd.id, li.id]);
    expect((await tb.services.status.followers.recipients('ETH')).map((r) => Number(r.chatId))).toContain(alice.id);

    await tb.send(callback('st:one:ETH:0', alice));
    expect((await tb.services.status.followers.recipients('ETH')).map((r) => Number(r.chatId))).not.toContain(alice.id);
    await tb.send(callback('st:all:1', alice));
    expect(await rec()).toEqual([alice.id, bernd.id, li.id]);
  });

  it('the menu button shows the overview', async () => {
    const tb = await bot();
    await tb.send(callback('st:menu', li));
    expect(tb.api.last('sendMessage')!.payload.text).toContain(t('zh', 'status-title'));
  });
});

describe('staff flow /setstatus (conversation through real updates)', () => {
  async function walk(tb: Awaited<ReturnType<typeof bot>>, from: User = supporter) {
    await tb.send(privateText('/setstatus', from));
    expect(buttons(tb.api.last('sendMessage')!.payload).map((b) => b.data)).toEqual(['ss:a:BTC', 'ss:a:ETH', 'ss:a:USDT', 'ss:x']);
    await tb.send(callback('ss:a:BTC', from));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-pick-direction', { symbol: 'BTC' }));
    await tb.send(callback('ss:d:withdrawals', from));
    expect(buttons(tb.api.last('sendMessage')!.payload).map((b) => b.data)).toContain('ss:s:none');
    await tb.send(callback('ss:s:paused', from));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-ask-en'));
    await tb.send(privateText('Withdrawals <paused> for a wallet upgrade.', from));
    await tb.send(privateText('Auszahlungen wegen Wallet-Upgrade pausiert.', from));
    await tb.send(callback('ss:skip', from));
    // Paused: how often to remind followers.
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-ask-reminder', { min: 30 }));
    await tb.send(callback('ss:r:180', from));
  }

  it('walks asset → direction → state → texts → preview with counts per language → approval', async () => {
    const tb = await bot();
    await walk(tb);
    const preview = tb.api.last('sendMessage')!.payload;
    expect(preview.text).toContain(t('en', 'status-flow-preview-title', { total: 3 }));
    expect(preview.text).toContain(t('en', 'status-flow-preview-lang', { lang: 'de', count: 1 }));
    expect(preview.text).toContain('Withdrawals &lt;paused&gt; for a wallet upgrade.');
    expect(preview.text).toContain('Auszahlungen wegen Wallet-Upgrade pausiert.');
    expect(preview.text).toContain(t('zh', 'status-template-paused', { symbol: 'BTC', direction: t('zh', 'status-direction-withdrawals') }));
    expect(buttons(preview).map((b) => b.data)).toEqual(['ss:go', 'ss:x']);
    expect(await db.prisma.approvalRequest.count()).toBe(0);

    await tb.send(callback('ss:go', supporter));
    const req = await db.prisma.approvalRequest.findFirstOrThrow();
    expect(req).toMatchObject({ kind: 'status.change', status: 'pending', authorId: BigInt(supporter.id), payload: { reminderMinutes: 180, texts: { en: 'Withdrawals <paused> for a wallet upgrade.', de: 'Auszahlungen wegen Wallet-Upgrade pausiert.' } } });
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'status-flow-submitted', { id: req.id }));
    // Approvers (owner and admins, not the author) get buttons.
    const notes = tb.api.sent('sendMessage').filter((c) => buttons(c.payload).some((b) => b.data === `ap:ok:${req.id}`));
    expect(notes.map((n) => Number(n.payload.chat_id)).sort()).toEqual([admin1.id, 2002, owner.id].sort());
    expect(tb.delivered).toHaveLength(0);
    expect((await tb.services.status.asset('BTC'))!.withdrawals).toBe('operational');

    // The author's own button press is refused; another admin's executes and delivers.
    await tb.send(privateText(`/approve ${req.id}`, supporter));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    await tb.send(callback(`ap:ok:${req.id}`, admin1));
    expect(await tb.services.status.asset('BTC')).toMatchObject({ withdrawals: 'paused', reminderMinutes: 180 });
    expect(tb.delivered).toHaveLength(1);
    const texts = Object.fromEntries(tb.delivered[0]!.messages.map((m) => [Number(m.chatId), m.text]));
    expect(texts[bernd.id]).toContain('Auszahlungen wegen Wallet-Upgrade pausiert.');
    expect(texts[alice.id]).toContain('Withdrawals &lt;paused&gt;');
    expect(tb.delivered[0]!.progress).toEqual({ chatId: BigInt(supporter.id), locale: 'en' });
    // The registered channel and groups get the same post, by their language.
    expect(Object.keys(tb.delivered[0]!.chatTexts ?? {})).toEqual(['en', 'de', 'zh']);
    expect(tb.delivered[0]!.chatTexts!.de).toBe(texts[bernd.id]);
    expect(tb.delivered[0]!.chatTexts!.en).toBe(texts[alice.id]);
    const result = t('en', 'status-result-sent', { symbol: 'BTC', id: 1, count: 3, broadcast: 501 });
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'approval-author-executed', { id: req.id, result }));
  });

  it('without delivery, the author is told honestly that nothing was sent', async () => {
    const tb = await bot({ deliver: false });
    const req = await tb.services.status.requestChange({ id: BigInt(supporter.id), via: 'telegram' }, { symbol: 'ETH', direction: 'deposits', state: 'delayed', texts: { en: 'Congested.' } });
    await tb.send(privateText(`/approve ${req.id}`, admin1));
    const result = t('en', 'status-result-recorded', { symbol: 'ETH', id: 1, count: 3 });
    expect(tb.api.texts(admin1.id).at(-1)).toBe(t('en', 'approval-executed', { id: req.id, result }));
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'approval-author-executed', { id: req.id, result }));
  });

  it('an unknown asset asks for its name and adds it; cancel ends without a request', async () => {
    const tb = await bot();
    await tb.send(privateText('/setstatus okb', admin1));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-ask-name', { symbol: 'OKB' }));
    await tb.send(privateText('OKB Token', admin1));
    expect(tb.api.texts(admin1.id)).toContain(t('en', 'status-asset-added', { symbol: 'OKB', name: 'OKB Token' }));
    expect(await db.prisma.auditEntry.count({ where: { action: 'status.asset.add', subject: 'OKB' } })).toBe(1);
    await tb.send(callback('ss:x', admin1));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-cancelled'));
    expect(await db.prisma.approvalRequest.count()).toBe(0);
  });

  it('a text is expected where a text is asked', async () => {
    const tb = await bot();
    await tb.send(privateText('/setstatus BTC', admin1));
    await tb.send(privateText('hello', admin1));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-text-expected'));
    await tb.send(privateText('/cancel', admin1));
    expect(tb.api.last('sendMessage')!.payload.text).toBe(t('en', 'status-flow-cancelled'));
  });
});

describe('corrections in Telegram', () => {
  it('/correct ID text asks for approval; once approved, delivery edits the copies of the original broadcast', async () => {
    const tb = await bot();
    const corrections: CorrectInput[] = [];
    tb.services.seams.correctDelivery = async (input) => (corrections.push(input), { correctionId: 900, copies: 3, queued: 0 });
    await approvedPause(tb);
    await tb.send(privateText('/correct 1 Node upgrade takes until 20:00 UTC.', supporter));
    const req = await db.prisma.approvalRequest.findFirstOrThrow({ where: { kind: 'status.correction' } });
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'status-flow-submitted', { id: req.id }));
    await tb.send(privateText(`/approve ${req.id}`, admin1));
    // No new messages: the copies of broadcast 501 (the original) are edited, in every language.
    expect(tb.delivered.map((d) => d.kind)).toEqual(['status']);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({ broadcastId: 501, authorId: BigInt(supporter.id) });
    expect(corrections[0]!.texts!.en).toContain('Node upgrade takes until 20:00 UTC.');
    expect(corrections[0]!.texts!.de).toContain(t('de', 'status-state-paused'));
    expect(corrections[0]!.chatTexts).toEqual(corrections[0]!.texts);
    const result = t('en', 'status-result-corrected', { symbol: 'BTC', id: 2, copies: 3, queued: 0, broadcast: 900 });
    expect(tb.api.texts(admin1.id).at(-1)).toBe(t('en', 'approval-executed', { id: req.id, result }));
    await tb.send(privateText('/correct 99 x', supporter));
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'status-error-unknown-update', { id: 99 }));
    await tb.send(privateText('/correct', supporter));
    expect(tb.api.texts(supporter.id).at(-1)).toBe(t('en', 'status-correct-usage'));
  });

  it('/forgetme erases the follow choices', async () => {
    const tb = await bot();
    await tb.send(callback('st:one:ETH:1', alice));
    await tb.send(callback('st:all:0', alice));
    await tb.send(callback('forget:yes', alice));
    expect(await db.prisma.statusFollower.count({ where: { memberId: BigInt(alice.id) } })).toBe(0);
    expect(await db.prisma.statusFollow.count({ where: { memberId: BigInt(alice.id) } })).toBe(0);
  });
});

describe('every staff command is refused for a member, nothing changes', () => {
  it('refuses /setstatus, /addasset, /approve, /reject, /pending, /override and the approval buttons', async () => {
    const tb = await bot();
    const req = await tb.services.status.requestChange({ id: BigInt(supporter.id), via: 'telegram' }, { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'x' } });
    const snapshot = async () => ({
      requests: await db.prisma.approvalRequest.findMany({ orderBy: { id: 'asc' } }),
      votes: await db.prisma.approvalVote.count(),
      assets: await db.prisma.statusAsset.findMany({ orderBy: { id: 'asc' } }),
      audit: await db.prisma.auditEntry.count(),
    });
    const before = await snapshot();
    for (const cmd of ['/setstatus', '/setstatus BTC', '/addasset XRP Ripple', '/correct 1 oops', `/approve ${req.id}`, `/reject ${req.id}`, '/pending', `/override ${req.id} because`]) {
      tb.api.reset();
      await tb.send(privateText(cmd, bernd));
      expect(tb.api.texts(bernd.id), cmd).toEqual([t('de', 'access-denied')]);
    }
    for (const data of [`ap:ok:${req.id}`, `ap:no:${req.id}`]) {
      await tb.send(callback(data, bernd));
      expect(tb.api.last('answerCallbackQuery')!.payload).toMatchObject({ text: t('de', 'access-denied'), show_alert: true });
    }
    // A support agent may request but not approve.
    await tb.send(callback(`ap:ok:${req.id}`, supporter));
    expect(tb.api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'access-denied'));
    expect(await snapshot()).toEqual(before);
    expect(tb.delivered).toHaveLength(0);
  });

  it('/pending lists requests for admins; /override works for the owner', async () => {
    const tb = await bot();
    const req = await tb.services.status.requestChange({ id: BigInt(supporter.id), via: 'telegram' }, { symbol: 'BTC', direction: 'withdrawals', state: 'paused', texts: { en: 'x' } });
    await tb.send(privateText('/pending', admin1));
    expect(tb.api.last('sendMessage')!.payload.text).toContain(`#${req.id} BTC withdrawals → paused`);
    await tb.send(privateText(`/override ${req.id} exchange hacked`, owner));
    expect(tb.api.texts(owner.id).at(-1)).toContain(t('en', 'approval-executed', { id: req.id, result: '' }).trim());
    expect(tb.api.texts(supporter.id).at(-1)).toContain(t('en', 'approval-author-executed', { id: req.id, result: '' }).trim());
    expect((await tb.services.status.asset('BTC'))!.withdrawals).toBe('paused');
  });
});
