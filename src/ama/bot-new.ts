import { Composer, type Context } from 'grammy';
import { conversations, createConversation, type Conversation, type ConversationFlavor } from '@grammyjs/conversations';
import type { BotContext, Deps } from '../bot/context.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import { parseNewSession } from './bot-sessions.js';
import { amaRuntime } from './runtime.js';

type Outer = BotContext & ConversationFlavor<BotContext>;

/**
 * /ama_new without arguments: a guided conversation (title, start, languages, groups), each
 * answer checked with the same parser as the one-line form. /cancel leaves it.
 */
export function newSessionConversation(deps: Deps) {
  async function amaNew(conversation: Conversation<Outer, Context>, ctx: Context, locale: string) {
    const L = (key: string, vars?: Record<string, string | number>) => t(locale, key, vars);
    const hostId = BigInt(ctx.from!.id);
    const chatId = ctx.chat!.id;
    // Replies go through the bot's own Api (its transformers: retries, the tests' fake), once,
    // as external operations the conversation does not repeat when it replays.
    const say = (key: string, vars?: Record<string, string | number>) =>
      conversation.external(async () => {
        await amaRuntime(deps).api()!.sendMessage(chatId, L(key, vars), { parse_mode: 'HTML' });
      });
    const ask = async (key: string, check: (text: string) => string | null): Promise<string | null> => {
      await say(key);
      for (;;) {
        const reply = await conversation.waitFor('message:text');
        const text = reply.message.text.trim();
        if (text === '/cancel') {
          await say('ama-new-cancelled');
          return null;
        }
        const problem = check(text);
        if (!problem) return text;
        await say(problem);
      }
    };
    const sample = (field: number, value: string) => {
      const parts = ['T', '2030-01-01 00:00', 'en', '-1'];
      parts[field] = value;
      const r = parseNewSession(parts.join(' | '), hostId);
      return typeof r === 'string' ? r : null;
    };
    const title = await ask('ama-new-ask-title', (s) => (s && !s.includes('|') ? null : 'ama-new-usage'));
    if (title === null) return;
    const when = await ask('ama-new-ask-start', (s) => sample(1, s));
    if (when === null) return;
    const langs = await ask('ama-new-ask-languages', (s) => sample(2, s));
    if (langs === null) return;
    const groups = await ask('ama-new-ask-groups', (s) => sample(3, s));
    if (groups === null) return;
    const input = parseNewSession([title, when, langs, groups].join(' | '), hostId);
    if (typeof input === 'string') return say(input);
    const id = await conversation.external(async () => {
      const s = await deps.services.ama.sessions.create({ id: hostId, via: 'telegram' }, input);
      await amaRuntime(deps).announce(s, 'ama-announce');
      return s.id;
    });
    await say('ama-new-done', { id, title: escapeHtml(title) });
  }

  const composer = new Composer<Outer>();
  composer.use(conversations<Outer, Context>());
  composer.use(createConversation<Outer, Context>(amaNew, 'ama_new'));
  return composer as unknown as Composer<BotContext>;
}
