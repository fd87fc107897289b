import { afterEach, describe, expect, it } from 'vitest';
import { Bot, InlineKeyboard } from 'grammy';
import { startBotApiServer, DEMO_TOKEN, type BotApiServer } from '../../src/demo/bot-api-server.js';
import { TerminalChat } from '../../src/demo/terminal.js';
import { stripHtml } from '../../src/demo/html.js';

let server: BotApiServer | undefined;
let bot: Bot | undefined;
afterEach(async () => {
  await bot?.stop();
  await server?.close();
  bot = server = undefined;
});

/** The terminal chat over the local server, with a small grammY bot answering. */
async function setup() {
  server = await startBotApiServer();
  const lines: string[] = [];
  const chat = new TerminalChat(server, (l) => lines.push(l));
  bot = new Bot(DEMO_TOKEN, { client: { apiRoot: server.apiRoot } });
  bot.command('start', (ctx) =>
    ctx.reply(`<b>Hi</b> ${ctx.from!.first_name} (${ctx.from!.language_code}) &lt;3`, {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text('A', 'a').text('B', 'b').row().url('Site', 'https://example.com'),
    }),
  );
  bot.callbackQuery(/^[ab]$/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: `toast ${ctx.match[0]}` });
    await ctx.reply(`pressed ${ctx.match[0]} by ${ctx.from.first_name}`);
  });
  await new Promise<void>((resolve) => void bot!.start({ onStart: () => resolve() }));
  return { chat, lines, server };
}

describe('terminal chat', () => {
  it('prints replies without HTML and with numbered buttons; /press presses them', async () => {
    const { chat, lines, server } = await setup();
    expect(chat.line('/start')).toBe('sent');
    await server.waitFor(() => lines.length >= 1);
    expect(lines[0]).toBe('🤖 Bot:\nHi Alice (en) <3\n   [1] A   [2] B\n   [Site ↗ https://example.com]');
    expect(chat.line('/press 2')).toBe('sent');
    await server.waitFor(() => lines.some((l) => l.includes('pressed b by Alice')) && lines.includes('💬 toast b'));
    expect(chat.line('/press 9')).toBe('local');
    expect(lines.at(-1)).toBe('No button 9.');
  });

  it('switches users and their language', async () => {
    const { chat, lines, server } = await setup();
    chat.line('/as olga');
    expect(chat.prompt).toBe('Olga> ');
    chat.line('/lang de');
    chat.line('/users');
    expect(lines.join('\n')).toMatch(/\* Olga \(id 9001, owner \(staff\), language de\)/);
    chat.line('/start');
    await server.waitFor(() => lines.some((l) => l.includes('Hi Olga (de)')));
    expect(chat.line('/as nobody')).toBe('local');
    expect(chat.line('/quit')).toBe('quit');
  });

  it('strips tags and decodes entities for display', () => {
    expect(stripHtml('<b>a</b> &amp; <a href="x">b</a> &#x1F600; &lt;i&gt;')).toBe('a & b 😀 <i>');
  });
});
