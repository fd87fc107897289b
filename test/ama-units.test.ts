import { describe, expect, it } from 'vitest';
import { createPacer } from '../src/ama/pacer.js';
import { manualScheduler } from '../src/ama/clock.js';
import { refusalReason } from '../src/ama/guard.js';
import { detectLang, features, LOCAL_THRESHOLD, similarity } from '../src/ama/similarity.js';
import { parseNewSession } from '../src/ama/bot-sessions.js';

function pacerWithLog(opts: { limit?: number; combineAt?: number } = {}) {
  const clock = manualScheduler(Date.UTC(2026, 10, 26, 14, 0));
  const sent: { chatId: number; text: string; at: number }[] = [];
  const pacer = createPacer({ scheduler: clock, limit: opts.limit ?? 20, combineAt: opts.combineAt ?? 3, separator: '\n--\n', sendText: async (chatId, text) => void sent.push({ chatId, text, at: clock.now() }) });
  return { clock, sent, pacer };
}

describe('group pacer', () => {
  it('never sends more than 20 messages a minute to one group, and loses nothing', async () => {
    const { clock, sent, pacer } = pacerWithLog({ combineAt: 1000 });
    for (let i = 0; i < 45; i++) void pacer.post(-100, `qa ${i}`);
    await pacer.idle();
    expect(sent).toHaveLength(20);
    expect(pacer.queued(-100)).toBe(25);
    clock.advance(30_000);
    await pacer.idle();
    expect(sent).toHaveLength(20); // the window has not moved yet
    clock.advance(30_000);
    await pacer.idle();
    expect(sent).toHaveLength(40);
    clock.advance(60_000);
    await pacer.idle();
    expect(sent.map((s) => s.text)).toEqual(Array.from({ length: 45 }, (_, i) => `qa ${i}`));
    // No 60-second window holds more than 20 sends.
    for (const s of sent) expect(sent.filter((x) => x.at >= s.at && x.at < s.at + 60_000).length).toBeLessThanOrEqual(20);
  });

  it('combines waiting Q&As into one message when the queue grows, in order', async () => {
    const { sent, pacer } = pacerWithLog({ limit: 2, combineAt: 3 });
    for (let i = 0; i < 8; i++) void pacer.post(-100, `qa ${i}`);
    await pacer.idle();
    // The first goes alone; the queue has grown by then, so the second message carries five.
    expect(sent.map((s) => s.text)).toEqual(['qa 0', ['qa 1', 'qa 2', 'qa 3', 'qa 4', 'qa 5'].join('\n--\n')]);
    expect(pacer.queued(-100)).toBe(2);
  });

  it('a short queue is not combined; groups have separate windows', async () => {
    const { sent, pacer } = pacerWithLog({ limit: 20, combineAt: 3 });
    await pacer.post(-1, 'a');
    await pacer.post(-1, 'b');
    await pacer.post(-2, 'c');
    expect(sent.map((s) => `${s.chatId}:${s.text}`)).toEqual(['-1:a', '-1:b', '-2:c']);
    expect(pacer.sentInWindow(-1)).toBe(2);
  });

  it('board touches coalesce: many votes, one edit per interval', async () => {
    const { clock, pacer } = pacerWithLog();
    let runs = 0;
    const touch = () => pacer.touch(-100, 'board', async () => void runs++);
    await touch();
    for (let i = 0; i < 50; i++) await touch();
    expect(runs).toBe(1);
    clock.advance(5_000);
    await pacer.idle();
    expect(runs).toBe(2);
    clock.advance(60_000);
    await pacer.idle();
    expect(runs).toBe(2);
  });
});

describe('automatic refusal', () => {
  it.each([
    ['see https://okex-support.example.com', 'link'],
    ['write to okx-help.io for a refund', 'link'],
    ['abandon ability able about above absent absorb abstract absurd abuse access accident', 'secret'],
    [`is my key ${'ab12'.repeat(16)} safe?`, 'secret'],
    ['5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dTSvvoLqXsjYW8aLu is that ok', 'secret'],
    ['FREE BTC giveaway dm me', 'spam'],
    ['!!!!!!!!!!!!!!', 'empty'],
    ['?', 'empty'],
    ['x'.repeat(700), 'too-long'],
  ])('%s → %s', (text, reason) => expect(refusalReason(text)).toBe(reason));

  it.each(['When will withdrawals resume?', 'Wie schützen Sie die privaten Schlüssel?', '提币什么时候恢复？', 'Is version 2.0 of the app coming?', 'when will you tell us what happened to the hot wallet and how we can be sure'])('accepts %s', (text) => expect(refusalReason(text)).toBeNull());
});

describe('local similarity across languages', () => {
  const same = (a: string, b: string) => similarity(features(a), features(b)) >= LOCAL_THRESHOLD;
  it('matches the same question in en, de and zh', () => {
    expect(same('When will withdrawals resume?', 'Wann werden die Auszahlungen wieder aufgenommen?')).toBe(true);
    expect(same('When will withdrawals resume?', '提币什么时候恢复？')).toBe(true);
    expect(same('How do you protect the private keys?', '私钥如何保护？')).toBe(true);
    expect(same('Will there be a reward for loyal users?', 'Gibt es eine Belohnung für treue Nutzer?')).toBe(true);
  });
  it('keeps different questions apart', () => {
    expect(same('When will withdrawals resume?', 'When will deposits resume?')).toBe(false);
    expect(same('When will withdrawals resume?', 'Will there be a reward for loyal users?')).toBe(false);
    expect(same('How do you protect the private keys?', 'What are the withdrawal fees?')).toBe(false);
  });
  it('detects the language', () => {
    expect(['When will withdrawals resume?', 'Wann werden die Auszahlungen wieder aufgenommen?', '提币什么时候恢复？'].map((q) => detectLang(q))).toEqual(['en', 'de', 'zh']);
  });
});

describe('/ama_new arguments', () => {
  it('parses title, UTC time, languages, groups and host', () => {
    expect(parseNewSession('Withdrawals | 2026-11-26 14:00 | en,de | -1001, -1002 | 42', 7n)).toEqual({
      title: 'Withdrawals',
      startsAt: new Date('2026-11-26T14:00:00Z'),
      languages: ['en', 'de'],
      groupIds: [-1001n, -1002n],
      hostId: 42n,
    });
    expect(parseNewSession('T | tomorrow | en | -1', 7n)).toBe('ama-new-bad-date');
    expect(parseNewSession('T | 2026-11-26 14:00 | fr | -1', 7n)).toBe('ama-new-bad-languages');
    expect(parseNewSession('T | 2026-11-26 14:00 | en | 123', 7n)).toBe('ama-new-bad-groups');
    expect(parseNewSession('just a title', 7n)).toBe('ama-new-usage');
  });
});
