import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { buttons, errors } from './support/fake-api.js';
import { alice, bernd, callback, community, groupText, li, privateText, user } from './support/updates.js';
import { i18n } from '../src/bot/i18n.js';
import type { Database } from '../src/db/client.js';
import { amaCapability } from '../src/ama/index.js';
import { amaRuntime, useAmaScheduler } from '../src/ama/runtime.js';
import { manualScheduler } from '../src/ama/clock.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const STAFF = -1009999;
const second = { id: -1005550001, type: 'supergroup' as const, title: 'Community DE' };
const host = user(5001, { first_name: 'Jay' });
const mod = user(5002, { first_name: 'Mia' });
const cli = { id: null, via: 'cli' as const };

async function setup(opts: { open?: boolean } = {}) {
  const clock = manualScheduler(Date.UTC(2026, 10, 26, 14, 0));
  const tb = createTestBot(db, {
    env: { STAFF_CHAT_ID: String(STAFF), AMA_MAX_QUESTIONS_PER_MEMBER: '3', MEMBER_RATE_LIMIT: '1000' },
    features: (deps) => amaCapability.features!(deps),
    now: () => new Date(clock.now()),
  });
  useAmaScheduler(tb.deps, clock);
  const { access, ama } = tb.services;
  await access.grant(cli, BigInt(host.id), 'ama_host');
  await access.grant(cli, BigInt(mod.id), 'moderator');
  const session = await ama.sessions.create(cli, {
    title: 'Withdrawals and safety of funds',
    hostId: BigInt(host.id),
    startsAt: new Date(Date.UTC(2026, 10, 26, 14, 0)),
    languages: ['en', 'de'],
    groupIds: [BigInt(community.id), BigInt(second.id)],
  });
  if (opts.open !== false) await ama.sessions.setStatus(cli, session.id, 'open', new Date());
  const rt = () => amaRuntime(tb.deps);
  /** A member asks in private; a moderator approves; returns the question id. */
  async function askApproved(text: string, from = alice) {
    await tb.send(privateText(`/ask ${text}`, from));
    const q = await db.prisma.amaQuestion.findFirst({ where: { askerId: BigInt(from.id) }, orderBy: { id: 'desc' } });
    await tb.send(callback(`ama:m:a:${q!.id}`, mod));
    return q!.id;
  }
  const vote = (id: number, from = alice) => tb.send(callback(`ama:v:${id}`, from, { chat: community } as any));
  return { ...tb, clock, session, rt, askApproved, vote };
}

describe('AMA sessions', () => {
  it('/ama_new creates a session and announces it; /ama_open opens intake and posts the board', async () => {
    const { send, api, rt } = await setup();
    await send(privateText('/ama_new Rewards AMA | 2026-11-27 15:00 | en,zh | -1001234567890', host));
    const s = await db.prisma.amaSession.findFirst({ where: { title: 'Rewards AMA' } });
    expect(s).toMatchObject({ hostId: BigInt(host.id), languages: ['en', 'zh'], groupIds: [BigInt(community.id)], status: 'draft', startsAt: new Date('2026-11-27T15:00:00Z') });
    expect(api.texts(host.id)).toContain(t('en', 'ama-new-done', { id: s!.id, title: 'Rewards AMA' }));
    expect(api.texts(community.id)).toContain(t('en', 'ama-announce', { title: 'Rewards AMA', id: s!.id, start: '2026-11-27 15:00 UTC' }));
    await send(privateText(`/ama_open ${s!.id}`, host));
    await rt().pacer.idle();
    expect((await db.prisma.amaSession.findUnique({ where: { id: s!.id } }))!.status).toBe('open');
    const board = api.sent('sendMessage').find((c) => c.payload.chat_id === community.id && String(c.payload.text).includes('Rewards AMA') && c.payload.reply_markup);
    expect(board).toBeTruthy();
    expect(await db.prisma.auditEntry.count({ where: { action: { in: ['ama.session.create', 'ama.session.open'] }, actorId: BigInt(host.id) } })).toBe(2);
    await send(privateText('/ama_new broken', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-usage'));
  });

  it('/ama_new without arguments is a guided conversation that checks each answer', async () => {
    const { send, api } = await setup();
    await send(privateText('/ama_new', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-ask-title'));
    await send(privateText('Keys and wallets', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-ask-start'));
    await send(privateText('next friday', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-bad-date'));
    await send(privateText('2026-12-04 16:00', host));
    await send(privateText('en, zh', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-ask-groups'));
    await send(privateText(String(community.id), host));
    const s = await db.prisma.amaSession.findFirst({ where: { title: 'Keys and wallets' } });
    expect(s).toMatchObject({ languages: ['en', 'zh'], groupIds: [BigInt(community.id)], startsAt: new Date('2026-12-04T16:00:00Z'), hostId: BigInt(host.id) });
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-done', { id: s!.id, title: 'Keys and wallets' }));
    await send(privateText('/ama_new', host));
    await send(privateText('/cancel', host));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-new-cancelled'));
    expect(await db.prisma.amaSession.count()).toBe(2);
  });

  it('staff commands are refused for members and change nothing', async () => {
    const { send, api, session, services } = await setup();
    await send(privateText('/ask When will withdrawals resume?', alice));
    const q = (await db.prisma.amaQuestion.findFirst())!;
    const before = await db.prisma.auditEntry.count();
    for (const cmd of ['/ama_new X | 2026-11-27 15:00 | en | -1001', `/ama_open ${session.id}`, `/ama_pause ${session.id}`, `/ama_close ${session.id}`, '/ama_list', '/next', `/ama_export ${session.id}`, `/ama_edit ${q.id} hacked`, `/ama_merge ${q.id} ${q.id}`, '/ama_suggestions']) {
      api.reset();
      await send(privateText(cmd, bernd));
      expect(api.texts(bernd.id), cmd).toEqual([t('de', 'access-denied')]);
    }
    await send(callback(`ama:m:a:${q.id}`, bernd));
    expect(api.last('answerCallbackQuery')!.payload.text).toBe(t('de', 'access-denied'));
    expect(await db.prisma.amaSession.count()).toBe(1);
    expect((await services.ama.sessions.get(session.id))!.status).toBe('open');
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: q.id } }))).toMatchObject({ status: 'pending', text: 'When will withdrawals resume?' });
    expect(await db.prisma.auditEntry.count()).toBe(before);
    expect(api.sent('sendDocument')).toHaveLength(0);
  });

  it('runAmaReminders sends the 24 h and the 1 h reminder once each', async () => {
    const { deps, api, bot, session } = await setup({ open: false });
    const { amaReminders } = await import('../src/ama/jobs.js');
    const runAmaReminders = amaReminders(deps, bot.api);
    const start = session.startsAt.getTime();
    expect(await runAmaReminders(new Date(start - 25 * 3_600_000))).toBe(0);
    expect(await runAmaReminders(new Date(start - 23 * 3_600_000))).toBe(1);
    expect(await runAmaReminders(new Date(start - 22 * 3_600_000))).toBe(0);
    expect(await runAmaReminders(new Date(start - 30 * 60_000))).toBe(1);
    expect(await runAmaReminders(new Date(start - 10 * 60_000))).toBe(0);
    expect(await runAmaReminders(new Date(start + 10 * 60_000))).toBe(0);
    const vars = { title: 'Withdrawals and safety of funds', id: session.id, start: '2026-11-26 14:00 UTC' };
    expect(api.texts(community.id)).toEqual([t('en', 'ama-reminder-24h', vars), t('en', 'ama-reminder-1h', vars)]);
    expect(api.texts(second.id)).toHaveLength(2);
  });
});

describe('AMA questions and moderation', () => {
  it('a private /ask goes to the staff chat with approve/reject/edit; approve puts it on the board and tells the asker', async () => {
    const { send, api, rt } = await setup();
    await send(privateText('/ask Wann werden die Auszahlungen wieder aufgenommen?', bernd));
    const q = (await db.prisma.amaQuestion.findFirst())!;
    expect(q).toMatchObject({ status: 'pending', lang: 'de', askerLocale: 'de', anonymous: false, askerName: 'Bernd' });
    expect(api.texts(bernd.id)).toEqual([t('de', 'ama-received', { id: q.id })]);
    const card = api.sent('sendMessage').find((c) => c.payload.chat_id === STAFF)!;
    expect(buttons(card.payload).map((b) => b.data)).toEqual([`ama:m:a:${q.id}`, `ama:m:r:${q.id}`, `ama:m:e:${q.id}`]);
    await send(callback(`ama:m:a:${q.id}`, mod, { chat: { id: STAFF, type: 'supergroup', title: 'Staff' } } as any));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: q.id } }))!.status).toBe('approved');
    expect(api.texts(bernd.id)).toContain(t('de', 'ama-approved', { id: q.id, text: q.text }));
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.question.approve', actorId: BigInt(mod.id), subject: String(q.id) } })).toBe(1);
    await rt().pacer.idle();
    const board = api.sent('sendMessage').filter((c) => c.payload.chat_id === community.id && c.payload.reply_markup).pop()!;
    expect(board.payload.text).toContain(q.text);
    expect(buttons(board.payload).map((b) => b.data)).toEqual([`ama:v:${q.id}`]);
    // A second press (another moderator, same moment) changes nothing.
    await send(callback(`ama:m:r:${q.id}`, mod));
    expect(api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'ama-mod-already'));
  });

  it('reject tells the asker; edit by button and reply rewrites the text (audited)', async () => {
    const { send, api, rt } = await setup();
    await send(privateText('/ask is okex going to steal our money lol', alice));
    await send(privateText('/ask How are the private keys of the hot wallet protected?', li));
    const [q1, q2] = await db.prisma.amaQuestion.findMany({ orderBy: { id: 'asc' } });
    await send(callback(`ama:m:r:${q1!.id}`, mod));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: q1!.id } }))!.status).toBe('rejected');
    expect(api.texts(alice.id)).toContain(t('en', 'ama-rejected', { id: q1!.id, text: q1!.text }));
    await send(callback(`ama:m:e:${q2!.id}`, mod));
    const prompt = api.last('sendMessage')!;
    expect(prompt.payload.text).toBe(t('en', 'ama-edit-prompt', { id: q2!.id }));
    expect(prompt.payload.reply_markup.force_reply).toBe(true);
    const promptId = Number([...rt().editPrompts.keys()][0]!.split(':')[1]);
    await send(privateText('How is the hot wallet protected?', mod, { reply_to_message: { message_id: promptId, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: mod.id, type: 'private' }, date: 0 } } as any));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: q2!.id } }))!.text).toBe('How is the hot wallet protected?');
    await send(privateText(`/ama_edit ${q2!.id} How is the hot wallet protected against theft?`, mod));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: q2!.id } }))!.text).toBe('How is the hot wallet protected against theft?');
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.question.edit' } })).toBe(2);
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.question.reject' } })).toBe(1);
  });

  it('refuses links and secrets automatically with a polite reason, stores nothing and bothers no moderator', async () => {
    const { send, api } = await setup();
    const cases: [string, string][] = [
      ['Is https://okex-refund.example.com legit?', 'link'],
      ['my words: abandon ability able about above absent absorb abstract absurd abuse access accident', 'secret'],
      [`private key ${'9f'.repeat(32)} is it safe`, 'secret'],
      ['L1aW4aubDFB7yfras2S1mN3bqg9nwySY8nkoLmJebSLD5BWv3ENZ please check', 'secret'],
    ];
    for (const [text, reason] of cases) {
      api.reset();
      await send(privateText(`/ask ${text}`, alice));
      expect(api.texts(alice.id), text).toEqual([t('en', `ama-refused-${reason}`)]);
    }
    await send(groupText('#ama see t.me/free_usdt_bot', bernd));
    expect(api.last('sendMessage')!.payload).toMatchObject({ chat_id: community.id, text: t('de', 'ama-refused-link') });
    expect(await db.prisma.amaQuestion.count()).toBe(0);
    expect(api.sent('sendMessage').filter((c) => c.payload.chat_id === STAFF)).toHaveLength(0);
  });

  it('asks by /ask then a plain message, anonymously by button, and in the group with #ama; at most 3 per member', async () => {
    const { send, api } = await setup();
    await send(privateText('/ask', alice));
    expect(buttons(api.last('sendMessage')!.payload).map((b) => b.data)).toEqual(['ama:anon']);
    await send(callback('ama:anon', alice));
    await send(privateText('Will there be a reward for loyal users?', alice));
    await send(groupText('#ama When do deposits open again?', alice));
    await send(privateText('/ask_anon What about the fees for futures?', alice));
    const rows = await db.prisma.amaQuestion.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.text, r.anonymous])).toEqual([
      ['Will there be a reward for loyal users?', true],
      ['When do deposits open again?', false],
      ['What about the fees for futures?', true],
    ]);
    await send(privateText('/ask One more about the OKB token?', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-limit', { max: 3 }));
    expect(await db.prisma.amaQuestion.count()).toBe(3);
  });
});

describe('AMA votes and duplicates', () => {
  it('one vote per member, pressed again to take it back; the count equals the distinct voters', async () => {
    const { vote, askApproved, api } = await setup();
    const id = await askApproved('When will withdrawals resume?');
    await vote(id, alice);
    await vote(id, bernd);
    await vote(id, li);
    expect(api.last('answerCallbackQuery')!.payload.text).toBe(t('zh', 'ama-vote-added', { id, votes: 3 }));
    await vote(id, alice);
    expect(api.last('answerCallbackQuery')!.payload.text).toBe(t('en', 'ama-vote-removed', { id, votes: 2 }));
    await vote(id, alice);
    await vote(id, alice);
    const q = (await db.prisma.amaQuestion.findUnique({ where: { id } }))!;
    const voters = await db.prisma.amaVote.findMany({ where: { questionId: id } });
    expect(q.voteCount).toBe(2);
    expect(voters.map((v) => Number(v.voterId)).sort()).toEqual([bernd.id, li.id]);
  });

  it('merges a near-duplicate in another language: asked after → merged at once, asker told, votes redirected', async () => {
    const { send, vote, askApproved, api } = await setup();
    const en = await askApproved('When will withdrawals resume?', alice);
    await vote(en, alice);
    await send(privateText('/ask 提币什么时候恢复？', li));
    const zh = (await db.prisma.amaQuestion.findFirst({ where: { askerId: BigInt(li.id) } }))!;
    expect(zh).toMatchObject({ status: 'merged', mergedIntoId: en, lang: 'zh' });
    expect(api.texts(li.id)).toEqual([t('zh', 'ama-merged', { id: en, text: 'When will withdrawals resume?' })]);
    expect(api.sent('sendMessage').filter((c) => c.payload.chat_id === STAFF)).toHaveLength(1); // no second card
    await vote(zh.id, li); // an old button of the merged question counts for the canonical one
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: en } }))!.voteCount).toBe(2);
  });

  it('merges at approval across languages, and /ama_merge adds votes up as the union of voters', async () => {
    const { send, vote, askApproved, api } = await setup();
    // Both pending at once: the German one is merged when approved after the English one.
    await send(privateText('/ask How do you protect the private keys?', alice));
    await send(privateText('/ask Wie schützen Sie die privaten Schlüssel?', bernd));
    const [en, de] = await db.prisma.amaQuestion.findMany({ orderBy: { id: 'asc' } });
    await send(callback(`ama:m:a:${en!.id}`, mod));
    await vote(en!.id, alice);
    await send(callback(`ama:m:a:${de!.id}`, mod));
    expect(await db.prisma.amaQuestion.findUnique({ where: { id: de!.id } })).toMatchObject({ status: 'merged', mergedIntoId: en!.id });
    expect(api.texts(bernd.id)).toContain(t('de', 'ama-merged', { id: en!.id, text: en!.text }));
    // Two board questions the local similarity keeps apart, merged by a moderator: alice and bernd
    // voted on both, li only on the second → 3 distinct voters, not 5 votes.
    const a = await askApproved('What happened to the hot wallet?', li);
    const b = await askApproved('Was genau ist mit den Geldern passiert?', alice);
    for (const u of [alice, bernd]) await vote(a, u);
    for (const u of [alice, bernd, li]) await vote(b, u);
    await send(privateText(`/ama_merge ${b} ${a}`, mod));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'ama-merge-done', { from: b, into: a, votes: 3 }));
    const voters = await db.prisma.amaVote.findMany({ where: { questionId: a } });
    expect(voters.map((v) => Number(v.voterId)).sort()).toEqual([alice.id, bernd.id, li.id]);
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: a } }))!.voteCount).toBe(3);
    expect(await db.prisma.amaVote.count({ where: { questionId: b } })).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.question.merge' } })).toBe(1);
  });
});

describe('AMA host console', () => {
  it('/next shows the top question by votes then age and marks it on the board; a reply posts Q&A to every group and tells the askers', async () => {
    const { send, vote, askApproved, api, rt, session, clock } = await setup();
    const older = await askApproved('What are the fees for futures?', alice);
    const top = await askApproved('Wann werden die Auszahlungen wieder aufgenommen?', bernd);
    await send(privateText('/ask_anon 提币什么时候恢复？', li)); // merged into `top`: li is told too
    await vote(top, alice);
    api.reset();
    await send(privateText('/next', host));
    const card = api.sent('sendMessage')[0]!;
    expect(card.payload.text).toBe(t('en', 'ama-next-card', { id: top, votes: 1, asker: 'Bernd', text: 'Wann werden die Auszahlungen wieder aufgenommen?' }));
    expect(buttons(card.payload).map((b) => b.data)).toEqual([`ama:h:s:${top}`, `ama:h:d:${top}`]);
    expect(api.texts(host.id)[1]).toContain(`#${older}`);
    expect((await db.prisma.amaSession.findUnique({ where: { id: session.id } }))!.nowAnsweringId).toBe(top);
    clock.advance(5_000); // board edits are paced: at most one every 5 s
    await rt().pacer.idle();
    const boardEdit = api.sent('editMessageText').concat(api.sent('sendMessage')).filter((c) => c.payload.chat_id === community.id).pop()!;
    expect(boardEdit.payload.text).toContain(t('en', 'ama-board-now-answering', { id: top, text: 'Wann werden die Auszahlungen wieder aufgenommen?' }));

    api.reset();
    const consoleMsg = (await db.prisma.amaQuestion.findUnique({ where: { id: top } }))!.consoleMessageId!;
    const answer = 'Withdrawals reopen on Friday; every private key has a backup.';
    await send(privateText(answer, host, { reply_to_message: { message_id: consoleMsg, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: host.id, type: 'private' }, date: 0 } } as any));
    const q = (await db.prisma.amaQuestion.findUnique({ where: { id: top } }))!;
    expect(q).toMatchObject({ status: 'answered', answer });
    const post = t('en', 'ama-answer-post', { id: top, question: q.text, asker: 'Bernd', answer });
    expect(api.texts(community.id)).toContain(post);
    expect(api.texts(second.id)).toContain(post);
    expect(api.texts(bernd.id)).toEqual([t('de', 'ama-answered', { id: top, text: q.text, title: session.title })]);
    expect(api.texts(li.id)).toEqual([t('zh', 'ama-answered', { id: top, text: q.text, title: session.title })]);
    expect(api.texts(host.id)).toContain(t('en', 'ama-answer-posted', { id: top, groups: 2 }));
    expect((await db.prisma.amaSession.findUnique({ where: { id: session.id } }))!.nowAnsweringId).toBeNull();
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.question.answer', actorId: BigInt(host.id) } })).toBe(1);
  });

  it('a voice reply is posted as voice with the question; skip and defer move questions away', async () => {
    const { send, askApproved, api } = await setup();
    const a = await askApproved('Will there be a reward for loyal users?', alice);
    const b = await askApproved('What are the fees for futures?', bernd);
    const c = await askApproved('Is the OKB token burned every quarter?', li);
    await send(privateText('/next', host));
    await send(callback(`ama:h:d:${a}`, host));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: a } }))!.deferredAt).not.toBeNull();
    api.reset();
    await send(privateText('/next', host));
    expect(api.sent('sendMessage')[0]!.payload.text).toContain(`#${b}`);
    await send(callback(`ama:h:s:${b}`, host));
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: b } }))!.status).toBe('skipped');
    api.reset();
    await send(privateText('/next', host));
    expect(api.sent('sendMessage')[0]!.payload.text).toContain(`#${c}`);
    const consoleMsg = (await db.prisma.amaQuestion.findUnique({ where: { id: c } }))!.consoleMessageId!;
    await send(privateText('', host, { text: undefined, voice: { file_id: 'VOICE1', file_unique_id: 'v1', duration: 9 }, reply_to_message: { message_id: consoleMsg, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: host.id, type: 'private' }, date: 0 } } as any));
    expect(api.sent('sendVoice').map((x) => [x.payload.chat_id, x.payload.voice])).toEqual([[community.id, 'VOICE1'], [second.id, 'VOICE1']]);
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: c } }))).toMatchObject({ status: 'answered', answerVoiceId: 'VOICE1' });
    // A member replying to a console message cannot answer.
    expect(await db.prisma.auditEntry.count({ where: { action: { in: ['ama.question.skip', 'ama.question.defer'] } } })).toBe(2);
  });
});

describe('AMA answers reach every group', () => {
  async function answered(ctx: Awaited<ReturnType<typeof setup>>, text: string, before?: () => void) {
    const id = await ctx.askApproved(text, bernd);
    await ctx.send(privateText('/next', host));
    before?.();
    const consoleMsg = (await db.prisma.amaQuestion.findUnique({ where: { id } }))!.consoleMessageId!;
    await ctx.send(privateText('On Friday.', host, { reply_to_message: { message_id: consoleMsg, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: host.id, type: 'private' }, date: 0 } } as any));
    return id;
  }
  const postedTo = async (id: number) => (await db.prisma.amaQuestion.findUnique({ where: { id } }))!.postedTo.map(Number).sort();

  it('records each group an answer reached; one a group refused is posted again by the recovery, once', async () => {
    const ctx = await setup();
    const id = await answered(ctx, 'Wann werden die Auszahlungen wieder aufgenommen?', () => ctx.api.fail('sendMessage', errors.notEnoughRights(), { chatId: second.id, times: 1 }));
    const post = t('en', 'ama-answer-post', { id, question: 'Wann werden die Auszahlungen wieder aufgenommen?', asker: 'Bernd', answer: 'On Friday.' });
    expect(ctx.api.texts(community.id)).toContain(post);
    expect(ctx.api.texts(second.id).filter((x) => x === post)).toHaveLength(1); // refused
    expect(await postedTo(id)).toEqual([community.id]);

    expect(await ctx.rt().recover(new Date(ctx.clock.now() - 3_600_000))).toBe(1);
    await ctx.rt().pacer.idle();
    expect(ctx.api.texts(second.id).filter((x) => x === post)).toHaveLength(2); // refused, then posted
    expect(ctx.api.texts(community.id).filter((x) => x === post)).toHaveLength(1);
    expect(await postedTo(id)).toEqual([second.id, community.id].sort());
    expect(await ctx.rt().recover(new Date(ctx.clock.now() - 3_600_000))).toBe(0);
  });

  it('after a restart, answers a stop cut off are posted; older ones and posted ones are not', async () => {
    const ctx = await setup();
    const id = await answered(ctx, 'Wann werden die Auszahlungen wieder aufgenommen?');
    await ctx.rt().pacer.idle();
    // The process stopped before the posts went out: nothing recorded.
    await db.prisma.amaQuestion.update({ where: { id }, data: { postedTo: [] } });
    const old = await ctx.askApproved('Are the private keys backed up?', alice);
    await db.prisma.amaQuestion.update({ where: { id: old }, data: { status: 'answered', answer: 'Yes.', answeredAt: new Date(ctx.clock.now() - 7 * 3_600_000) } });

    const restarted = createTestBot(db, { env: { STAFF_CHAT_ID: String(STAFF) }, features: (deps) => amaCapability.features!(deps), now: () => new Date(ctx.clock.now()) });
    useAmaScheduler(restarted.deps, ctx.clock);
    const rt = amaRuntime(restarted.deps);
    rt.bind(restarted.bot.api);
    expect(await rt.recover(new Date(ctx.clock.now() - 6 * 3_600_000))).toBe(1);
    await rt.pacer.idle();
    const post = t('en', 'ama-answer-post', { id, question: 'Wann werden die Auszahlungen wieder aufgenommen?', asker: 'Bernd', answer: 'On Friday.' });
    expect(restarted.api.texts(community.id)).toEqual([post]);
    expect(restarted.api.texts(second.id)).toEqual([post]);
    expect(await postedTo(id)).toEqual([second.id, community.id].sort());
  });
});

describe('AMA export and afterwards', () => {
  it('exports the recap like the seed: title, date, introduction, Q&As in order, top unanswered (md + json, one per language, as files)', async () => {
    const { send, vote, askApproved, api, session, services } = await setup();
    const q1 = await askApproved('When will withdrawals resume?', alice);
    const q2 = await askApproved('Wie schützen Sie die privaten Schlüssel?', bernd);
    const open = await askApproved('Will there be a reward for loyal users?', li);
    for (const [id, answer] of [[q1, 'On Friday.'], [q2, 'Multisig, and every key has a backup.']] as const) {
      await send(privateText('/next', host));
      const m = (await db.prisma.amaQuestion.findUnique({ where: { id } }))!.consoleMessageId!;
      await send(privateText(answer, host, { reply_to_message: { message_id: m, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: host.id, type: 'private' }, date: 0 } } as any));
    }
    await vote(open, alice);
    const e = await services.ama.exporter.build((await services.ama.sessions.get(session.id))!, 'en');
    expect(e).toMatchObject({ title: session.title, date: '2026-11-26', language: 'en', machineTranslated: false });
    expect(e.qa.map((x) => [x.n, x.question, x.answer, x.asker])).toEqual([
      [1, 'When will withdrawals resume?', 'On Friday.', 'Alice'],
      [2, 'Wie schützen Sie die privaten Schlüssel?', 'Multisig, and every key has a backup.', 'Bernd'],
    ]);
    expect(e.topUnanswered).toEqual([{ questionId: open, question: 'Will there be a reward for loyal users?', votes: 1, lang: 'en' }]);
    const md = services.ama.exporter.markdown(e);
    const order = [`# ${session.title}`, '_2026-11-26_', e.introduction, `## ${t('en', 'ama-export-qa-heading')}`, '### 1. When will withdrawals resume?', '**Host:** On Friday.', '### 2. Wie schützen', `## ${t('en', 'ama-export-unanswered-heading')}`, '1. Will there be a reward for loyal users? (1 votes)'];
    let at = -1;
    for (const part of order) {
      const i = md.indexOf(part);
      expect(i, part).toBeGreaterThan(at);
      at = i;
    }
    api.reset();
    await send(privateText(`/ama_export ${session.id} json`, host));
    const docs = api.sent('sendDocument');
    expect(docs).toHaveLength(2); // en and de
    expect(docs.map((d) => d.payload.caption)).toEqual([t('en', 'ama-export-caption', { id: session.id, language: 'en' }), t('en', 'ama-export-caption', { id: session.id, language: 'de' })]);
    expect(await db.prisma.auditEntry.count({ where: { action: 'ama.session.export' } })).toBe(1);
    const de = await services.ama.exporter.build((await services.ama.sessions.get(session.id))!, 'de');
    expect(services.ama.exporter.markdown(de)).toContain(`## ${t('de', 'ama-export-qa-heading')}`);
    expect(JSON.parse(services.ama.exporter.json(de))).toMatchObject({ language: 'de', qa: [{ n: 1 }, { n: 2 }], topUnanswered: [{ votes: 1 }] });
  });

  it('closing turns the top unanswered questions into KB suggestions; CLI ama list / ama export', async () => {
    const { send, vote, askApproved, api, session } = await setup();
    const a = await askApproved('Will there be a reward for loyal users?', alice);
    await vote(a, bernd);
    await send(privateText(`/ama_close ${session.id}`, host));
    expect(await db.prisma.amaKbSuggestion.findMany()).toMatchObject([{ questionId: a, votes: 1, lang: 'en', status: 'new' }]);
    await send(privateText('/ama_suggestions', mod));
    expect(api.last('sendMessage')!.payload.text).toContain('Will there be a reward for loyal users?');
    const { runCli } = await import('../src/cli/run.js');
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(`ERR ${l}`) };
    const env = { LOG_LEVEL: 'silent' };
    expect(await runCli(['ama', 'list'], { env, io, commands: amaCapability.cli!, database: db })).toBe(0);
    expect(out[0]).toContain(`${session.id}\tclosed`);
    out.length = 0;
    expect(await runCli(['ama', 'export', String(session.id), '--format', 'json'], { env, io, commands: amaCapability.cli!, database: db })).toBe(0);
    expect(JSON.parse(out[0]!)).toMatchObject({ sessionId: session.id, language: 'en', topUnanswered: [{ questionId: a }] });
    expect(await runCli(['ama', 'export', 'x'], { env, io, commands: amaCapability.cli!, database: db })).toBe(2);
    expect(await runCli(['ama', 'export', '1', '--format', 'pdf'], { env, io, commands: amaCapability.cli!, database: db })).toBe(2);
  });

  it('/forgetme anonymises the member questions and deletes their votes (counts follow)', async () => {
    const { send, vote, askApproved } = await setup();
    const a = await askApproved('Will there be a reward for loyal users?', alice);
    const b = await askApproved('What are the fees for futures?', bernd);
    await vote(a, alice);
    await vote(b, alice);
    await vote(b, bernd);
    await send(privateText('/forgetme', alice));
    await send(callback('forget:yes', alice));
    expect(await db.prisma.amaQuestion.findUnique({ where: { id: a } })).toMatchObject({ askerId: null, askerName: null, anonymous: true, voteCount: 0 });
    expect((await db.prisma.amaQuestion.findUnique({ where: { id: b } }))!.voteCount).toBe(1);
    expect(await db.prisma.amaVote.count({ where: { voterId: BigInt(alice.id) } })).toBe(0);
  });
});
