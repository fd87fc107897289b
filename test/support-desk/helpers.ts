import type { Message, Update, User } from 'grammy/types';
import { createTestBot } from '../support/bot.js';
import { BOT_INFO } from '../support/fake-api.js';
import { nextUpdateId, user } from '../support/updates.js';
import { supportCapability } from '../../src/support/index.js';
import { i18n } from '../../src/bot/i18n.js';
import type { Database } from '../../src/db/client.js';
import type { RawEnv } from '../../src/config.js';
import type { Seams } from '../../src/seams.js';

export const STAFF_CHAT = -1009999000001;
export const OFFICER = 7777;
export const agent = user(5001, { first_name: 'Agnes', username: 'agnes_support' });
export const t = (l: string, k: string, v?: Record<string, string | number>) => i18n().t(l, k, v);

let messageId = 50_000;

export interface DeskOptions {
  env?: RawEnv;
  seams?: Partial<Seams>;
  clock?: { now: Date };
}

/** The production bot with the support capability, a staff group with topics, and one support agent. */
export async function desk(db: Database, opts: DeskOptions = {}) {
  const clock = opts.clock ?? { now: new Date() };
  const tb = createTestBot(db, {
    env: { STAFF_CHAT_ID: String(STAFF_CHAT), SUPPORT_OFFICER_ID: String(OFFICER), ...opts.env },
    features: (deps) => supportCapability.features!(deps),
    services: (s) => Object.assign(s.seams, opts.seams ?? {}),
    now: () => clock.now,
  });
  await tb.services.access.grant({ id: null, via: 'cli' }, BigInt(agent.id), 'support');
  return { ...tb, clock };
}

/** A message in the staff group: in a forum topic (threadId) or replying to a bot message (replyTo). */
export function staffMessage(from: User, content: Partial<Message>, where: { threadId?: number; replyTo?: number } = {}): Update {
  const chat = { id: STAFF_CHAT, type: 'supergroup' as const, title: 'Staff', is_forum: true };
  const extra: Record<string, unknown> = {};
  if (where.threadId) Object.assign(extra, { message_thread_id: where.threadId, is_topic_message: true });
  if (where.replyTo) extra.reply_to_message = { message_id: where.replyTo, date: 0, chat, from: BOT_INFO, text: '…' };
  const text = content.text;
  const entities = /^\/[A-Za-z0-9_]+/.test(text ?? '') ? [{ type: 'bot_command', offset: 0, length: text!.split(/\s/)[0]!.length }] : undefined;
  return {
    update_id: nextUpdateId(),
    message: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, from, ...content, ...(entities ? { entities } : {}), ...extra } as any,
  };
}

export function privatePhoto(from: User, caption = '', fileSize = 1000): Update {
  return {
    update_id: nextUpdateId(),
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      photo: [{ file_id: 'p1', file_unique_id: 'u1', width: 100, height: 100, file_size: fileSize }],
      ...(caption ? { caption } : {}),
    } as any,
  };
}

export function privateDocument(from: User, fileSize: number): Update {
  return {
    update_id: nextUpdateId(),
    message: {
      message_id: ++messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      document: { file_id: 'd1', file_unique_id: 'ud1', file_name: 'statement.pdf', file_size: fileSize },
    } as any,
  };
}
