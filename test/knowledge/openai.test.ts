import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, truncateAll } from '../support/db.js';
import { testConfig } from '../support/bot.js';
import { createServices } from '../../src/services.js';
import { i18n } from '../../src/bot/i18n.js';
import { numbersIn } from '../../src/knowledge/openai.js';
import type { Database } from '../../src/db/client.js';
import { fixtureEntries, fixtureWithDecline, KB_ENV } from './helpers.js';

/** Concepts of the fake embedding model: a text's vector counts the words of each concept it holds. */
const CONCEPTS = [/safe|secur|sicher|安全|segur|fondos/i, /paus|suspend|暂停|stop/i, /multisig|多签/i, /backup|备份|sicherung/i, /rebate|返还|rabatt/i, /support|客服|kundenservice/i];
function embedding(text: string) {
  return [0.05, ...CONCEPTS.map((re) => (re.test(text) ? 1 : 0))];
}

interface Fake {
  url: string;
  requests: { path: string; body: any }[];
  chat: { content?: string; status?: number; delayMs?: number }[];
  close(): Promise<void>;
}
async function fakeOpenAi(): Promise<Fake> {
  const fake = { requests: [], chat: [] } as unknown as Fake;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      fake.requests.push({ path: req.url!, body });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.url === '/v1/embeddings') {
        const input: string[] = Array.isArray(body.input) ? body.input : [body.input];
        return send(200, { object: 'list', model: body.model, data: input.map((x, index) => ({ object: 'embedding', index, embedding: embedding(x) })), usage: { prompt_tokens: 1, total_tokens: 1 } });
      }
      if (req.url === '/v1/chat/completions') {
        const next = fake.chat.shift() ?? { content: 'NO_ANSWER' };
        const reply = () =>
          next.status
            ? send(next.status, { error: { message: 'boom', type: 'server_error' } })
            : send(200, { id: 'c1', object: 'chat.completion', created: 0, model: body.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: next.content } }] });
        if (next.delayMs) setTimeout(() => !res.destroyed && reply(), next.delayMs);
        else reply();
        return;
      }
      send(404, { error: { message: 'not found' } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  return fake;
}

let db: Database;
let fake: Fake;
beforeAll(async () => {
  db = await testDatabase();
  fake = await fakeOpenAi();
});
afterAll(async () => {
  await fake.close();
  await db.close();
});
beforeEach(async () => {
  await truncateAll(db);
  fake.requests.length = 0;
  fake.chat.length = 0;
});

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const entries = fixtureEntries();
const plain = (id: string, lang: 'en' | 'de' | 'zh') => {
  const x = entries.find((e) => e.id === id)!.texts[lang]!;
  return t(lang, 'kb-answer', { title: x.title, answer: x.answer });
};
function knowledge(env: Record<string, string> = {}) {
  const config = testConfig({ ...KB_ENV, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000', ...env });
  return createServices(db.prisma, config, pino({ level: process.env.KB_DEBUG ? 'debug' : 'silent' })).knowledge;
}
const chats = () => fake.requests.filter((r) => r.path === '/v1/chat/completions').length;

describe('OpenAI path (fake OpenAI-compatible server)', () => {
  it('finds an entry across languages and composes a cited answer from it', async () => {
    const kb = knowledge();
    fake.chat.push({ content: 'Yes: all user funds were safe the whole time [funds-safe].' });
    const a = await kb.ask('¿Mis fondos están seguros?', { locale: 'en' });
    expect(a).toMatchObject({ outcome: 'sure', entryId: 'funds-safe', composed: true, lang: 'en' });
    expect(a.text).toBe(`Yes: all user funds were safe the whole time.\n\n${t('en', 'kb-sources', { titles: 'Are my funds safe?' })}`);
    const prompt = fake.requests.find((r) => r.path === '/v1/chat/completions')!.body.messages[1].content as string;
    expect(prompt).toContain('[funds-safe]');
    // Without OpenAI the same question is declined.
    expect((await kb.askLocal('¿Mis fondos están seguros?', { fallbackLang: 'en' })).outcome).toBe('none');
  });

  it('discards a composed answer citing an entry that was not retrieved, or stating a number not in its sources', async () => {
    const kb = knowledge();
    fake.chat.push({ content: 'Funds are safe [made-up-entry].' });
    expect((await kb.ask('is my money safe?', { locale: 'en' })).text).toBe(plain('funds-safe', 'en'));
    fake.chat.push({ content: 'Funds are safe and you get 500 USDT [funds-safe].' });
    const b = await kb.ask('are my funds secure or not', { locale: 'en' });
    expect(b).toMatchObject({ text: plain('funds-safe', 'en') });
    expect(b.composed).toBeUndefined();
    fake.chat.push({ content: 'Over 10.000 USDT on 24 November 2020 gets 100 to 1000 USDT [rebate-card].' });
    const c = await kb.ask('wer bekommt die rabattkarte', { locale: 'de' });
    expect(c.composed).toBe(true);
  });

  it('falls back to the local answer on a timeout and on an API error', async () => {
    const kb = knowledge({ OPENAI_TIMEOUT_MS: '1000' });
    await kb.ask('warm up the embeddings', { locale: 'en' });
    const before = chats();
    fake.chat.push({ content: 'late [funds-safe]', delayMs: 3000 });
    expect((await kb.ask('is my money safe?', { locale: 'en' })).text).toBe(plain('funds-safe', 'en'));
    fake.chat.push({ status: 500 });
    expect((await kb.ask('Ist mein Geld sicher?', { locale: 'de' })).text).toBe(plain('funds-safe', 'de'));
    expect(chats()).toBe(before + 2);
  });

  it('caches answers and stops calling when the daily budget is spent', async () => {
    const kb = knowledge({ KB_OPENAI_DAILY_CALLS: '2' });
    fake.chat.push({ content: 'Yes, funds were safe [funds-safe].' });
    expect((await kb.ask('is my money safe?', { locale: 'en' })).composed).toBe(true);
    const n = fake.requests.length;
    expect((await kb.ask('is my money safe?', { locale: 'en' })).composed).toBe(true);
    expect(fake.requests.length).toBe(n); // cached
    const c = await kb.ask('why did you suspend withdrawals', { locale: 'en' });
    expect(c.text).toBe(plain('pause-why', 'en'));
    expect(fake.requests.length).toBe(n); // budget spent: no call at all
  });

  it('a question closest to a decline entry stays declined with the key: no model call', async () => {
    const kb = knowledge({ KB_SEED_FILE: fixtureWithDecline() });
    const a = await kb.ask('do i have to pay tax on the rebate card', { locale: 'en' });
    expect(a).toMatchObject({ outcome: 'none', declinedBy: 'no-tax-advice', text: t('en', 'kb-declined', { answer: 'I cannot give tax advice.' }) });
    expect(fake.requests).toEqual([]);
    // The decline entry is never a source for the model either.
    fake.chat.push({ content: 'Yes, funds were safe [funds-safe].' });
    await kb.ask('is my money safe?', { locale: 'en' });
    const embedded = fake.requests.filter((r) => r.path === '/v1/embeddings').flatMap((r) => r.body.input as string[]);
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.some((x) => x.includes('tax advice') || x.includes('Steuerberatung'))).toBe(false);
  });

  it('reads numbers the way people write them', () => {
    expect([...numbersIn('10,000 USDT, 10.000 USDT, 20 %, 1.000 and 00:00 on 24 Nov 2020')].sort()).toEqual(['0', '1000', '10000', '2020', '20', '24'].sort());
  });
});
