import { afterEach, describe, expect, it } from 'vitest';
import { Api } from 'grammy';
import { DEMO_TOKEN, startBotApiServer, type BotApiServer } from '../../src/demo/bot-api-server.js';
import { leanFetch } from '../../src/delivery/fetch.js';
import { classify } from '../../src/delivery/outcome.js';

// The sender's own fetch against the local Bot API server over real HTTP.
let server: BotApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const apiFor = (apiRoot: string) => new Api(DEMO_TOKEN, { apiRoot, fetch: leanFetch(globalThis.fetch as never) as never });
const failure = (p: Promise<unknown>) => p.then(() => undefined, (err: unknown) => err);

describe('delivery lean fetch', () => {
  it('sends JSON requests and reads answers and Telegram errors', async () => {
    server = await startBotApiServer();
    const api = apiFor(server.apiRoot);
    const msg = await api.sendMessage(4242, 'hello <b>you</b>', { parse_mode: 'HTML' });
    expect(server.sentTo(4242).map((m) => m.messageId)).toEqual([msg.message_id]);
    server.block(4243);
    expect(classify(await failure(api.sendMessage(4243, 'hi'))).kind).toBe('blocked');
  });

  it('no server listening: surely never sent (retried); the answer lost after delivery: uncertain (not repeated)', async () => {
    server = await startBotApiServer();
    const root = server.apiRoot;
    await server.close();
    server = undefined;
    expect(classify(await failure(apiFor(root).sendMessage(4242, 'hi'))).kind).toBe('not_sent');

    server = await startBotApiServer({ dropProbability: 1, dropWhen: 'after' });
    expect(classify(await failure(apiFor(server.apiRoot).sendMessage(4242, 'hi'))).kind).toBe('uncertain');
    expect(server.sentTo(4242)).toHaveLength(1);
  });
});
