import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { createTestBot } from '../support/bot.js';
import { buttons } from '../support/fake-api.js';
import { alice, bernd, callback, community, groupText, li, owner, privateText, user, nextUpdateId } from '../support/updates.js';
import { i18n } from '../../src/bot/i18n.js';
import { knowledgeCapability } from '../../src/knowledge/index.js';
import type { Database } from '../../src/db/client.js';
import { fixtureEntries, fixtureWithDecline, KB_ENV } from './helpers.js';


const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const entries = fixtureEntries();
const answerOf = (id: string, lang: 'en' | 'de' | 'zh') => {
  const x = entries.find((e) => e.id === id)!.texts[lang]!;
  return t(lang, 'kb-answer', { title: x.title, answer: x.answer });
};
// The question log is written behind the reply: each test's log is flushed before the next test's
// database reset, or its rows would land in the next test.
const started: ReturnType<typeof createTestBot>[] = [];
afterEach(async () => {
  for (const b of started.splice(0)) await b.services.knowledge.flushQuestions();
});
const track = (b: ReturnType<typeof createTestBot>) => (started.push(b), b);
const bot = (env: Record<string, string> = {}) =>
  track(createTestBot(db, { env: { ...KB_ENV, ...env }, features: (deps) => knowledgeCapability.features!(deps) }));

describe('the support seam', () => {
  it('kbMatches gives the entries that may answer a ticket in the member\'s language, and nothing for an unknown topic', async () => {
    const { services } = bot();
    const de = await services.seams.kbMatches('Ist mein Geld noch sicher?', 'de');
    expect(de[0]).toEqual({ id: 'funds-safe', title: entries.find((e) => e.id === 'funds-safe')!.texts.de!.title, answer: entries.find((e) => e.id === 'funds-safe')!.texts.de!.answer });
    expect(await services.seams.kbMatches('what is the best pizza in Naples', 'en')).toEqual([]);
  });
});

describe('answers in a private chat', () => {
  it.each([
    [alice, 'en', 'is my money safe??'],
    [bernd, 'de', 'Ist mein Geld noch sicher?'],
    [li, 'zh', '我的资金安全吗'],
  ] as const)('sure: the entry answer under its title with 👍/👎 (%s)', async (from, lang, q) => {
    const { send, api, services } = bot();
    await send(privateText(q, from));
    const msg = api.last('sendMessage')!;
    expect(msg.payload.text).toBe(answerOf('funds-safe', lang));
    expect(msg.payload.parse_mode).toBe('HTML');
    await services.knowledge.flushQuestions(); // the question log is written behind the reply
    const row = await db.prisma.kbQuestion.findFirstOrThrow();
    expect(row).toMatchObject({ outcome: 'sure', entryId: 'funds-safe', lang, memberId: BigInt(from.id) });
    expect(buttons(msg.payload).map((b) => b.data)).toEqual(expect.arrayContaining([`kb:fb:${row.id}:up`, `kb:fb:${row.id}:down`, `kb:e:${row.id}:pause-why`]));
    expect((await db.prisma.kbEntry.findUniqueOrThrow({ where: { id: 'funds-safe' } })).hits).toBe(1);
  });

  it('answers in the language of the question when it differs from the setting', async () => {
    const { send, api } = bot();
    await send(privateText('Warum wurden die Auszahlungen gestoppt?', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(answerOf('pause-why', 'de'));
  });

  it.each([
    [alice, 'en', 'staff and withdrawals'],
    [bernd, 'de', 'Wallet Sicherung'],
    [li, 'zh', '备份 资金'],
  ] as const)('unsure: "did you mean" buttons with 2-3 entries, then the chosen entry (%s)', async (from, lang, q) => {
    const { send, api } = bot();
    await send(privateText(q, from));
    const msg = api.last('sendMessage')!;
    expect(msg.payload.text).toBe(t(lang, 'kb-unsure'));
    const choices = buttons(msg.payload).filter((b) => b.data?.startsWith('kb:e:'));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(3);
    await send(callback(choices[0]!.data!, from));
    const id = choices[0]!.data!.split(':')[3]!;
    expect(api.last('sendMessage')!.payload.text).toBe(answerOf(id, lang));
  });

  it.each([
    [alice, 'en', 'what is the best leverage for trading BTC'],
    [bernd, 'de', 'Wann kommt der nächste Bullrun?'],
    [li, 'zh', '比特币明天会涨吗'],
  ] as const)('not found: an honest decline with a support button carrying the question (%s)', async (from, lang, q) => {
    const { send, api, services } = bot();
    await send(privateText(q, from));
    const msg = api.last('sendMessage')!;
    expect(msg.payload.text).toBe(t(lang, 'kb-none'));
    await services.knowledge.flushQuestions();
    const row = await db.prisma.kbQuestion.findFirstOrThrow();
    expect(buttons(msg.payload).map((b) => b.data)).toEqual([`support:q:${row.id}`]);
    expect(await services.seams.questionText(row.id)).toEqual({ text: q, lang, memberId: BigInt(from.id) });
  });

  it.each([
    [alice, 'en', 'do i have to pay tax on the rebate card', 'I cannot give tax advice.'],
    [bernd, 'de', 'Muss ich die Rabattkarte versteuern?', 'Ich kann keine Steuerberatung geben.'],
    [li, 'zh', '返佣卡要交税吗', '我无法提供税务建议。'],
  ] as const)('a decline entry: its reason, the support button carrying the question, no vote and no choices (%s)', async (from, lang, q, why) => {
    const { send, api, services } = bot({ KB_SEED_FILE: fixtureWithDecline() });
    await send(privateText(q, from));
    const msg = api.last('sendMessage')!;
    expect(msg.payload.text).toBe(t(lang, 'kb-declined', { answer: why }));
    await services.knowledge.flushQuestions();
    const row = await db.prisma.kbQuestion.findFirstOrThrow();
    expect(row).toMatchObject({ outcome: 'none', entryId: null });
    expect(buttons(msg.payload).map((b) => b.data)).toEqual([`support:q:${row.id}`]);
  });

  it('a live status answers whether withdrawals of an asset are open, with its update time', async () => {
    const updatedAt = new Date('2026-11-25T06:30:00Z');
    const { send, api } = track(createTestBot(db, {
      env: KB_ENV,
      features: (deps) => knowledgeCapability.features!(deps),
      services: (s) => {
        s.seams.knownAssets = async () => ['BTC', 'ETH'];
        s.seams.assetStatus = async (sym) => (sym === 'ETH' ? { symbol: 'ETH', withdrawals: 'paused', deposits: 'operational', updatedAt } : null);
      },
    }));
    await send(privateText('can I withdraw ETH now?', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-live-withdrawals', { symbol: 'ETH', state: 'paused', deposits: 'operational', time: '2026-11-25 06:30' }));
    await send(privateText('can I withdraw BTC now?', alice)); // no fact: the knowledge base answers
    expect(api.last('sendMessage')!.payload.text).toBe(answerOf('withdrawals-resumed', 'en'));
  });

  it('👎 keeps the question for /kb_gaps and offers support; only the asker votes', async () => {
    const { send, api, services } = bot();
    await send(privateText('is my money safe??', alice));
    await services.knowledge.flushQuestions();
    const q = await db.prisma.kbQuestion.findFirstOrThrow();
    await send(callback(`kb:fb:${q.id}:down`, bernd));
    expect((await db.prisma.kbQuestion.findUniqueOrThrow({ where: { id: q.id } })).feedback).toBe(0);
    await send(callback(`kb:fb:${q.id}:down`, alice));
    expect((await db.prisma.kbQuestion.findUniqueOrThrow({ where: { id: q.id } })).feedback).toBe(-1);
    expect(buttons(api.last('sendMessage')!.payload).map((b) => b.data)).toEqual([`support:q:${q.id}`]);
    await send(privateText('best leverage?', alice));
    await send(privateText('best leverage??', user(1010)));
    const gaps = await services.knowledge.gaps();
    expect(gaps[0]).toMatchObject({ count: 2, example: expect.stringContaining('best leverage') });
    expect(gaps.some((g) => g.downvotes === 1 && g.example === 'is my money safe??')).toBe(true);
  });

  it('/forgetme erases the member questions', async () => {
    const { send, services } = bot();
    await send(privateText('is my money safe??', alice));
    await services.members.forget({ id: BigInt(alice.id), via: 'telegram' }, BigInt(alice.id), services.access, services.erasers);
    expect(await db.prisma.kbQuestion.count()).toBe(0);
  });
});

describe('groups and inline mode', () => {
  it('answers /faq, mentions and replies, and stays silent otherwise', async () => {
    const { send, api } = bot();
    await send(groupText('is my money safe??', alice));
    expect(api.sent('sendMessage')).toHaveLength(0);
    await send(groupText('/faq is my money safe??', alice));
    const m = api.last('sendMessage')!;
    expect(m.payload).toMatchObject({ chat_id: community.id, text: answerOf('funds-safe', 'en'), reply_parameters: { message_id: expect.any(Number) } });
    await send(groupText('@exchange_community_bot warum wurden auszahlungen gestoppt', bernd));
    expect(api.last('sendMessage')!.payload.text).toBe(answerOf('pause-why', 'de'));
    await send(groupText('/faq', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-faq-usage'));
    await send(groupText('/faq tell me a joke', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-none-group'));
  });

  it('auto-answer is off by default; an admin turns it on (audited); it answers only when very sure; members are refused', async () => {
    const { send, api } = bot();
    await send(groupText('Is my money safe on the exchange?', alice));
    expect(api.sent('sendMessage')).toHaveLength(0);
    await send(groupText('/kb_auto on', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    expect(await db.prisma.kbGroupSetting.count()).toBe(0);
    await send(groupText('/kb_auto on', owner));
    expect(await db.prisma.auditEntry.findFirst({ where: { action: 'kb.group.auto' } })).toMatchObject({ subject: String(community.id), after: true });
    api.reset();
    await send(groupText('Is my money safe on the exchange?', alice));
    expect(api.last('sendMessage')!.payload.text).toBe(answerOf('funds-safe', 'en'));
    await send(groupText('what do you all think about the weather today', alice));
    expect(api.sent('sendMessage')).toHaveLength(1);
  });

  it('paces replies in a group to 20 a minute', async () => {
    const { send, api } = bot();
    for (let i = 0; i < 24; i++) await send(groupText(`/faq is my money safe ${i}`, alice));
    expect(api.sent('sendMessage')).toHaveLength(20);
  });

  it('inline mode lists matching entries', async () => {
    const { send, api } = bot();
    await send({ update_id: nextUpdateId(), inline_query: { id: 'iq1', from: alice, query: 'is my money safe', offset: '' } } as any);
    const call = api.last('answerInlineQuery')!;
    expect(call.payload.results[0]).toMatchObject({ type: 'article', id: 'funds-safe', input_message_content: { message_text: answerOf('funds-safe', 'en') } });
  });
});

describe('staff curation in Telegram', () => {
  const admin = user(2001, { first_name: 'Ada' });
  const agent = user(2002, { first_name: 'Sam' });
  const snippet = [
    'id: trading-hours',
    'tags: [trading]',
    'related: [funds-safe]',
    'texts:',
    '  en: { title: "Trading hours", questions: ["when can I trade"], answer: "Trading runs <b>24/7</b>." }',
    '  de: { title: "Handelszeiten", questions: ["wann kann ich handeln"], answer: "Der Handel läuft rund um die Uhr." }',
    '  zh: { title: "交易时间", questions: ["什么时候可以交易"], answer: "全天候交易。" }',
  ].join('\n');
  const withReply = (cmd: string, from: typeof alice, text: string) => privateText(cmd, from, { reply_to_message: { message_id: 1, date: 0, chat: { id: from.id, type: 'private' }, text } as any });

  async function setup() {
    const b = bot();
    await b.services.access.grant({ id: null, via: 'cli' }, BigInt(admin.id), 'admin');
    await b.services.access.grant({ id: null, via: 'cli' }, BigInt(agent.id), 'support');
    await b.services.knowledge.ready();
    return b;
  }

  it('members are refused politely and nothing changes', async () => {
    const { send, api } = await setup();
    const before = await db.prisma.kbEntryVersion.count();
    for (const cmd of ['/kb', '/kb_list', '/kb_show funds-safe', '/kb_delete funds-safe', '/kb_revert funds-safe 1', '/kb_export', '/kb_import', '/kb_gaps']) {
      await send(privateText(cmd, alice));
      expect(api.last('sendMessage')!.payload.text, cmd).toBe(t('en', 'access-denied'));
    }
    await send(withReply('/kb_add', alice, snippet));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
    expect(await db.prisma.kbEntryVersion.count()).toBe(before);
    expect(await db.prisma.kbEntry.count()).toBe(entries.length);
    expect(api.sent('sendDocument')).toHaveLength(0);
  });

  it('add, edit, delete and revert are versioned, audited and answered at once', async () => {
    const { send, api } = await setup();
    await send(withReply('/kb_add', admin, snippet));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-saved', { id: 'trading-hours', version: 1 }));
    await send(privateText('when can I trade', alice));
    expect(api.last('sendMessage')!.payload.text).toContain('24/7');

    await send(withReply('/kb_edit', admin, snippet.replace('24/7', 'around the clock')));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-saved', { id: 'trading-hours', version: 2 }));
    await send(privateText('/kb_delete trading-hours', admin));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-deleted', { id: 'trading-hours', version: 3, previous: 2 }));
    expect(await db.prisma.kbEntry.count({ where: { id: 'trading-hours' } })).toBe(0);

    await send(privateText('/kb_revert trading-hours 1', admin));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'kb-reverted', { id: 'trading-hours', from: '1', version: 4 }));
    await send(privateText('when can I trade', alice));
    expect(api.last('sendMessage')!.payload.text).toContain('24/7');

    const audit = await db.prisma.auditEntry.findMany({ where: { action: { startsWith: 'kb.entry' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.subject, a.actorId])).toEqual([
      ['kb.entry.create', 'trading-hours', BigInt(admin.id)],
      ['kb.entry.update', 'trading-hours', BigInt(admin.id)],
      ['kb.entry.delete', 'trading-hours', BigInt(admin.id)],
      ['kb.entry.revert', 'trading-hours', BigInt(admin.id)],
    ]);
    expect((await db.prisma.kbEntryVersion.findMany({ where: { entryId: 'trading-hours' }, orderBy: { version: 'asc' } })).map((v) => v.action)).toEqual(['create', 'update', 'delete', 'revert']);
  });

  it('a broken snippet changes nothing and names the line', async () => {
    const { send, api } = await setup();
    await send(withReply('/kb_add', admin, snippet.replace('related: [funds-safe]', 'related: funds-safe').replace('id: trading-hours', 'id: Trading Hours')));
    const text = api.last('sendMessage')!.payload.text as string;
    expect(text).toContain('line 1: id must be kebab-case');
    expect(await db.prisma.kbEntry.count({ where: { id: { contains: 'rading' } } })).toBe(0);
    await send(privateText('/kb_delete pause-why', admin)); // funds-safe relates to it
    expect(api.last('sendMessage')!.payload.text).toContain('related id "pause-why" does not exist');
    expect(await db.prisma.kbEntry.count({ where: { id: 'pause-why' } })).toBe(1);
  });

  it('export sends the YAML file; list and show work; support reads the gaps', async () => {
    const { send, api } = await setup();
    await send(privateText('/kb_export', admin));
    const doc = api.last('sendDocument')!;
    expect(doc.payload.caption).toBe(t('en', 'kb-export-caption', { count: entries.length }));
    expect(await db.prisma.auditEntry.count({ where: { action: 'kb.export' } })).toBe(1);
    await send(privateText('/kb_list', admin));
    expect(api.last('sendMessage')!.payload.text).toContain('<code>funds-safe</code>');
    await send(privateText('/kb_show funds-safe', admin));
    expect(api.last('sendMessage')!.payload.text).toContain('v1 import');
    await send(privateText('tell me a joke', alice));
    await send(privateText('/kb_gaps', agent));
    expect(api.last('sendMessage')!.payload.text).toContain('tell me a joke');
    await send(privateText('/kb_delete funds-safe', agent));
    expect(api.last('sendMessage')!.payload.text).toBe(t('en', 'access-denied'));
  });
});
