import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/db.js';
import { createTestBot } from '../support/bot.js';
import { buttons } from '../support/fake-api.js';
import { alice, callback, privateText } from '../support/updates.js';
import { knowledgeCapability } from '../../src/knowledge/index.js';
import type { Database } from '../../src/db/client.js';
import { KB_ENV } from './helpers.js';

const useDb = useTestDatabase();
let db: Database;
beforeEach(() => {
  db = useDb();
});
const started: ReturnType<typeof createTestBot>[] = [];
afterEach(async () => {
  for (const b of started.splice(0)) await b.services.knowledge.flushQuestions();
});
const bot = () => {
  const b = createTestBot(db, { env: KB_ENV, features: (deps) => knowledgeCapability.features!(deps) });
  started.push(b);
  return b;
};
const dataOf = (b: ReturnType<typeof createTestBot>, prefix: string) =>
  buttons(b.api.last('sendMessage')!.payload)
    .map((x) => x.data!)
    .find((d) => d.startsWith(prefix))!;

describe('question log written behind the reply', () => {
  it('a 👍 on a question whose row is not written yet still counts', async () => {
    const b = bot();
    await b.send(privateText('is my money safe??', alice));
    const up = dataOf(b, 'kb:fb:');
    const id = Number(up.split(':')[2]);
    await b.send(callback(up, alice));
    const row = await db.prisma.kbQuestion.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ feedback: 1, outcome: 'sure', entryId: 'funds-safe', memberId: BigInt(alice.id) });
    expect((await db.prisma.kbEntry.findUniqueOrThrow({ where: { id: 'funds-safe' } })).hits).toBe(1);
  });

  it('the support button of a declined question finds its text before any flush', async () => {
    const b = bot();
    await b.send(privateText('what is the best leverage for trading BTC', alice));
    const id = Number(dataOf(b, 'support:q:').split(':')[2]);
    expect(await b.services.seams.questionText(id)).toEqual({ text: 'what is the best leverage for trading BTC', lang: 'en', memberId: BigInt(alice.id) });
  });

  it('reserved ids never collide with rows other writers insert', async () => {
    const b = bot();
    await b.send(privateText('is my money safe??', alice));
    const other = await db.prisma.kbQuestion.create({ data: { lang: 'en', text: 'x', normalized: 'x', outcome: 'none' } });
    await b.send(privateText('why were withdrawals paused', alice));
    await b.services.knowledge.flushQuestions();
    const rows = await db.prisma.kbQuestion.findMany({ orderBy: { id: 'asc' } });
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(rows.filter((r) => r.id !== other.id).map((r) => r.text)).toEqual(['is my money safe??', 'why were withdrawals paused']);
  });

  it('shutdown (stopping the capability jobs) writes what is pending', async () => {
    const b = bot();
    for (let i = 0; i < 5; i++) await b.send(privateText(`is my money safe ${i}`, alice));
    for (const job of knowledgeCapability.jobs!(b.deps, b.bot.api)) await job.stop();
    expect(await db.prisma.kbQuestion.count()).toBe(5);
  });
});
