import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotApiServer, type BotApiServer } from '../../src/demo/bot-api-server.js';
import { spawnBot, type BotProcess } from '../support/process.js';
import { i18n } from '../../src/bot/i18n.js';
import { alice } from '../support/updates.js';

const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
const buttonData = (markup: any): string[] => (markup?.inline_keyboard ?? []).flat().map((b: any) => b.callback_data);

let server: BotApiServer;
let bot: BotProcess;

beforeAll(async () => {
  server = await startBotApiServer();
  bot = spawnBot(server, { SET_COMMANDS: 'true' });
  await bot.ready(); // long-polls; a bot that dies first fails here with its output
}, 300_000);

afterAll(async () => {
  bot?.cleanUp();
  await server?.close();
});

describe('the real bot process over HTTP', () => {
  it('sets the command lists in every language', () => {
    expect(server.commands('')?.map((c: any) => c.command)).toEqual(expect.arrayContaining(['start', 'help', 'language']));
    expect(server.commands('de')).toEqual(expect.arrayContaining([{ command: 'help', description: t('de', 'cmd-help') }]));
  });

  it('answers /start with the welcome and the menu, and changes the language by button', async () => {
    const { message } = server.sendFromUser(alice, '/start');
    const welcome = await server.nextMessage(alice.id, { after: message.messageId, timeoutMs: 60_000 });
    expect(welcome.text).toBe(t('en', 'start-welcome', { name: 'Alice' }));
    expect(buttonData(welcome.replyMarkup)).toEqual(expect.arrayContaining(['menu:language', 'menu:privacy', 'menu:help']));

    const press = server.pressButton(alice.id, welcome.messageId, 'menu:language');
    const choose = await server.nextMessage(alice.id, { after: welcome.messageId, timeoutMs: 30_000 });
    expect(choose.text).toBe(t('en', 'language-choose'));
    expect(buttonData(choose.replyMarkup)).toEqual(['lang:en', 'lang:de', 'lang:zh']);
    await server.waitFor(() => server.callbackAnswer(press.callbackQueryId), 30_000);

    server.pressButton(alice.id, choose.messageId, 'lang:de');
    const done = await server.nextMessage(alice.id, { after: choose.messageId, timeoutMs: 30_000 });
    expect(done.text).toBe(t('de', 'language-set'));
    expect(server.stats()).toMatchObject({ requestsInsideRetryWindow: 0, duplicates: 0 });
  });

  it('shuts down on SIGTERM with exit code 0 within 10 s', async () => {
    bot.child.kill('SIGTERM');
    const result = await Promise.race([bot.exited, new Promise((r) => setTimeout(() => r('still running after 10 s'), 10_000))]);
    expect(result, bot.output()).toEqual({ code: 0, signal: null });
  }, 20_000);
});
