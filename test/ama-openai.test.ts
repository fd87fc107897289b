import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './support/db.js';
import { createTestBot } from './support/bot.js';
import { alice, bernd, callback, community, privateText, user } from './support/updates.js';
import { i18n } from '../src/bot/i18n.js';
import type { Database } from '../src/db/client.js';
import { amaCapability } from '../src/ama/index.js';

/**
 * A local OpenAI-compatible server (127.0.0.1): embeddings put texts about "leaving with money"
 * on one axis whatever the wording, something the local word tables do not know; translation
 * prefixes each text with the target language.
 */
function fakeOpenAi() {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const input = JSON.parse(body || '{}');
      seen.push(req.url!);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/embeddings') {
        const text = String(input.input);
        const v = /cash out|geld raus|take my money/i.test(text) ? [1, 0, 0] : /fees?|gebühr/i.test(text) ? [0, 1, 0] : [0, 0, 1];
        return res.end(JSON.stringify({ object: 'list', model: input.model, data: [{ object: 'embedding', index: 0, embedding: v }], usage: { prompt_tokens: 1, total_tokens: 1 } }));
      }
      if (req.url === '/v1/chat/completions') {
        const { texts } = JSON.parse(input.messages[1].content) as { texts: string[] };
        const to = /German/.test(input.messages[0].content) ? 'de' : /Chinese/.test(input.messages[0].content) ? 'zh' : 'en';
        const content = JSON.stringify({ texts: texts.map((t) => `[${to}] ${t}`) });
        return res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: input.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }] }));
      }
      res.statusCode = 404;
      res.end('{}');
    });
  });
  return { server, seen };
}

let db: Database;
const fake = fakeOpenAi();
let baseUrl = '';
beforeAll(async () => {
  db = await testDatabase();
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  fake.server.close();
  await db.close();
});

describe('AMA with OpenAI configured (local fake server)', () => {
  it('merges by embeddings what the local similarity misses, and exports machine-translated recaps', async () => {
    const tb = createTestBot(db, { env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseUrl, STAFF_CHAT_ID: '-1009999' }, features: (deps) => amaCapability.features!(deps) });
    const cli = { id: null, via: 'cli' as const };
    const host = user(5001);
    await tb.services.access.grant(cli, BigInt(host.id), 'ama_host');
    const s = await tb.services.ama.sessions.create(cli, { title: 'Cash AMA', hostId: BigInt(host.id), startsAt: new Date('2026-11-26T14:00:00Z'), languages: ['en', 'de'], groupIds: [BigInt(community.id)] });
    await tb.services.ama.sessions.setStatus(cli, s.id, 'open', new Date());
    await tb.send(privateText('/ask Can I cash out today?', alice));
    const first = (await db.prisma.amaQuestion.findFirst())!;
    await tb.send(callback(`ama:m:a:${first.id}`, host));
    await tb.send(privateText('/ask Bekomme ich mein Geld raus?', bernd));
    const second = (await db.prisma.amaQuestion.findFirst({ where: { askerId: BigInt(bernd.id) } }))!;
    expect(second).toMatchObject({ status: 'merged', mergedIntoId: first.id });
    expect(tb.api.texts(bernd.id)).toEqual([i18n().t('de', 'ama-merged', { id: first.id, text: first.text })]);
    expect(fake.seen.filter((u) => u === '/v1/embeddings')).toHaveLength(2);

    await tb.send(privateText('/next', host));
    const m = (await db.prisma.amaQuestion.findUnique({ where: { id: first.id } }))!.consoleMessageId!;
    await tb.send(privateText('Yes, withdrawals are open.', host, { reply_to_message: { message_id: m, from: { id: 7000000001, is_bot: true, first_name: 'Bot' }, chat: { id: host.id, type: 'private' }, date: 0 } } as any));
    const session = (await tb.services.ama.sessions.get(s.id))!;
    const de = await tb.services.ama.exporter.build(session, 'de');
    expect(de.machineTranslated).toBe(true);
    expect(de.qa[0]).toMatchObject({ question: '[de] Can I cash out today?', answer: '[de] Yes, withdrawals are open.' });
    expect(tb.services.ama.exporter.markdown(de)).toContain(`> ${i18n().t('de', 'ama-export-machine-translated')}`);
  });
});
