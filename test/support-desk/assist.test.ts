import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, truncateAll } from '../support/db.js';
import { alice, callback, privateText } from '../support/updates.js';
import { resetAlerts } from '../../src/support/staff.js';
import type { Database } from '../../src/db/client.js';
import { STAFF_CHAT, desk, t } from './helpers.js';

let db: Database;
let server: http.Server;
let baseUrl: string;
const requests: any[] = [];
const SUGGESTION = '{"summary":"BTC withdrawal delayed","reply":"Withdrawals of BTC are delayed <for now>."}';
let answer = SUGGESTION;

beforeAll(async () => {
  db = await testDatabase();
  // A local OpenAI-compatible server: records the request, answers a chat completion.
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(body || '{}') });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.close();
  await db.close();
});
beforeEach(async () => {
  await truncateAll(db);
  resetAlerts();
  requests.length = 0;
  answer = SUGGESTION;
});

describe('Knowledge base help for the agent', () => {
  it('without OpenAI: the topic gets the knowledge-base entries that may answer the ticket, in the member\'s language', async () => {
    const d = await desk(db, {
      seams: { kbMatches: async (text, lang) => (/private key/i.test(text) && lang === 'en' ? [{ id: 'keys-multisig', title: 'How private keys are kept', answer: 'Multisig <b>hot wallet</b>.' }] : []) },
    });
    await d.send(privateText('/support', alice));
    await d.send(callback('support:cat:other', alice));
    await d.send(privateText('Who holds the private keys now?', alice));
    const entry = t('en', 'ticket-staff-kb-entry', { title: 'How private keys are kept', id: 'keys-multisig' });
    expect(d.api.texts(STAFF_CHAT)).toContain(t('en', 'ticket-staff-kb-matches', { entries: entry }));
    expect(d.api.texts(alice.id).some((x) => x.includes('keys-multisig'))).toBe(false);
    expect(requests).toHaveLength(0);
  });

  it('with OpenAI: the matching entries are the facts the suggestion is built from', async () => {
    answer = '{"summary":"keys","reply":"Multisig."}';
    const d = await desk(db, {
      env: { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: baseUrl },
      seams: { kbMatches: async () => [{ id: 'keys-multisig', title: 'How private keys are kept', answer: 'Multisig <b>hot wallet</b>.' }] },
    });
    await d.send(privateText('/support', alice));
    await d.send(callback('support:cat:other', alice));
    await d.send(privateText('Who holds the private keys now?', alice));
    expect(JSON.stringify(requests[0].body.messages)).toContain('Knowledge base [keys-multisig] How private keys are kept: Multisig hot wallet.');
  });
});

describe('AI help for the agent', () => {
  it('shows a summary and a suggested reply in the topic, with the asset status facts; nothing reaches the member', async () => {
    const d = await desk(db, {
      env: { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: baseUrl },
      seams: { assetStatus: async (s) => (s === 'BTC' ? { symbol: 'BTC', withdrawals: 'delayed', deposits: 'operational', updatedAt: new Date('2026-11-25T06:00:00Z') } : null) },
    });
    await d.send(privateText('/support', alice));
    await d.send(callback('support:cat:withdrawal', alice));
    await d.send(privateText('Where is my BTC withdrawal?', alice));
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe('/v1/chat/completions');
    expect(JSON.stringify(requests[0].body.messages)).toContain('BTC: withdrawals delayed');
    const note = d.api.texts(STAFF_CHAT).pop()!;
    expect(note).toBe(t('en', 'ticket-staff-suggestion', { summary: 'BTC withdrawal delayed', reply: 'Withdrawals of BTC are delayed &lt;for now&gt;.' }));
    expect(d.api.texts(alice.id).some((x) => x.includes('delayed'))).toBe(false);
  });

  it('without OpenAI configured, or when it fails, the desk works as before', async () => {
    const d = await desk(db);
    await d.send(privateText('/support', alice));
    await d.send(callback('support:cat:withdrawal', alice));
    await d.send(privateText('Where is my BTC withdrawal?', alice));
    expect(requests).toHaveLength(0);
    answer = '';
    const d2 = await desk(db, { env: { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: baseUrl } });
    await d2.send(privateText('/support', alice));
    await d2.send(callback('support:cat:other', alice));
    await d2.send(privateText('Another question', alice));
    expect(requests).toHaveLength(1);
    expect(d2.api.texts(STAFF_CHAT).some((x) => x.includes('🤖'))).toBe(false);
    expect(await db.prisma.supportTicket.count()).toBe(2);
  });
});
