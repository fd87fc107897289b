import pino from 'pino';
import { Composer } from 'grammy';
import type { Update, User } from 'grammy/types';
import type { Database } from '../../src/db/client.js';
import type { BotContext } from '../../src/bot/context.js';
import type { RawEnv } from '../../src/config.js';
import { safetyCapability } from '../../src/safety/index.js';
import { createTestBot } from '../support/bot.js';
import { community, nextUpdateId, user } from '../support/updates.js';
import { i18n } from '../../src/bot/i18n.js';

export const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);
export const CLI = { id: null, via: 'cli' as const };
export const martina = user(501, { first_name: 'Martina', last_name: 'Weber', username: 'martina_weber', language_code: 'de' });

/**
 * The production bot with safety first and a "downstream" feature after it that records every
 * text it sees (as a knowledge base or ticket feature would), plus a logger captured at trace level.
 */
export function safetyBot(db: Database, env: RawEnv = {}) {
  const downstream: string[] = [];
  const logs: string[] = [];
  const bot = createTestBot(db, {
    env,
    services: (_s, deps) => {
      deps.logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) });
    },
    features: (deps) => {
      const spy = new Composer<BotContext>();
      spy.on(['message', 'edited_message'], (ctx) => void downstream.push(ctx.msg.text ?? ctx.msg.caption ?? ''));
      return [...safetyCapability.features!(deps), { name: 'downstream', composer: spy }];
    },
  });
  return { ...bot, downstream, logs };
}

let messageId = 50_000;
const now = () => Math.floor(Date.now() / 1000);

export function joinMessage(members: User[], chat = community): Update {
  return { update_id: nextUpdateId(), message: { message_id: messageId++, date: now(), chat, from: members[0]!, new_chat_members: members } as any };
}

export function chatMemberJoin(member: User, chat = community): Update {
  return {
    update_id: nextUpdateId(),
    chat_member: {
      chat,
      from: member,
      date: now(),
      old_chat_member: { status: 'left', user: member },
      new_chat_member: { status: 'member', user: member },
    } as any,
  };
}

/** Every text-like column of every table, to prove a secret is nowhere. */
export async function allText(db: Database): Promise<string> {
  const cols = await db.prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
  );
  const parts: string[] = [];
  for (const c of cols) {
    const rows = await db.prisma.$queryRawUnsafe<{ v: string | null }[]>(`SELECT "${c.column_name}"::text AS v FROM "${c.table_name}"`);
    parts.push(...rows.map((r) => r.v ?? ''));
  }
  return parts.join('\n');
}
