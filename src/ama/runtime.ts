import { InlineKeyboard, type Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import type { AmaQuestion, AmaSession } from '../generated/prisma/client.js';
import { escapeHtml } from '../access/bot.js';
import { t } from '../bot/i18n.js';
import { createPacer, type Pacer } from './pacer.js';
import { realScheduler, type Scheduler } from './clock.js';

const BOARD_SIZE = 10;

/**
 * What the AMA keeps per bot process: the group pacer (board edits and posts), the members who
 * are about to type a question, moderators' pending edits. Created on first use for a Deps.
 */
export interface AmaRuntime {
  pacer: Pacer;
  scheduler: Scheduler;
  /** Members who sent /ask without text: their next private message is the question. */
  asking: Map<bigint, { anonymous: boolean; at: number }>;
  /** "chatId:messageId" of an edit prompt → question id. */
  editPrompts: Map<string, number>;
  bind(api: Api): void;
  /** The bot's own Api (with its transformers), once an update or a job has bound it. */
  api(): Api | undefined;
  refreshBoard(session: AmaSession): void;
  /** Posts an answer to every group of its session it has not reached yet (recorded per group). */
  postAnswer(session: AmaSession, q: AmaQuestion): Promise<void>;
  /** After a start: posts the answers given since `since` that never reached all their groups. */
  recover(since: Date): Promise<number>;
  announce(session: AmaSession, key: string): Promise<void>;
  tell(memberId: bigint, text: string): Promise<void>;
}

const runtimes = new WeakMap<Deps, AmaRuntime>();
const schedulers = new WeakMap<Deps, Scheduler>();

/** Tests and the benchmark drive the pacer with a manual clock: call before the first update. */
export function useAmaScheduler(deps: Deps, scheduler: Scheduler) {
  schedulers.set(deps, scheduler);
}

export function groupLocale(session: AmaSession) {
  return session.languages[0] ?? 'en';
}

export function askerLabel(q: AmaQuestion, locale: string) {
  return q.anonymous || !q.askerName ? t(locale, 'ama-anonymous') : q.askerName;
}

function short(s: string, n = 140) {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function amaRuntime(deps: Deps): AmaRuntime {
  const existing = runtimes.get(deps);
  if (existing) return existing;
  let api: Api | undefined;
  const scheduler = schedulers.get(deps) ?? realScheduler;
  const { ama } = deps.services;
  const pacer = createPacer({
    scheduler,
    limit: deps.config.ama.groupMessagesPerMinute,
    sendText: async (chatId, text) => {
      await api!.sendMessage(chatId, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
    },
    onError: (err, chatId) => deps.logger.warn({ err: (err as Error).message, chatId }, 'ama: group post failed'),
  });

  async function renderBoard(session: AmaSession) {
    const L = groupLocale(session);
    const fresh = (await ama.sessions.get(session.id)) ?? session;
    const top = fresh.status === 'closed' ? [] : await ama.questions.top(fresh.id, BOARD_SIZE);
    const lines = [t(L, 'ama-board-title', { title: escapeHtml(fresh.title), id: fresh.id }), t(L, `ama-board-status-${fresh.status}`)];
    if (fresh.nowAnsweringId) {
      const now = await ama.questions.get(fresh.nowAnsweringId);
      if (now) lines.push('', t(L, 'ama-board-now-answering', { id: now.id, text: escapeHtml(short(now.text)) }));
    }
    lines.push('');
    if (!top.length) lines.push(t(L, 'ama-board-empty'));
    top.forEach((q, i) => lines.push(t(L, 'ama-board-line', { n: i + 1, id: q.id, votes: q.voteCount, text: escapeHtml(short(q.text)), asker: escapeHtml(askerLabel(q, L)) })));
    const kb = new InlineKeyboard();
    top.forEach((q, i) => {
      kb.text(t(L, 'ama-board-vote-button', { id: q.id, votes: q.voteCount }), `ama:v:${q.id}`);
      if (i % 2 === 1) kb.row();
    });
    return { text: lines.join('\n'), kb, fresh };
  }

  /** "questionId:groupId" of answers waiting in this process's pacer (recovery skips them). */
  const queued = new Set<string>();

  const runtime: AmaRuntime = {
    pacer,
    scheduler,
    asking: new Map(),
    editPrompts: new Map(),
    bind(a) {
      api ??= a;
    },
    api: () => api,
    refreshBoard(session) {
      for (const g of session.groupIds) {
        const chatId = Number(g);
        void pacer.touch(chatId, `board:${session.id}`, async () => {
          const { text, kb, fresh } = await renderBoard(session);
          const msgId = (fresh.boardMessages as Record<string, number>)[g.toString()];
          if (msgId) {
            await api!.editMessageText(chatId, msgId, text, { parse_mode: 'HTML', reply_markup: kb }).catch((err: Error) => {
              if (!/not modified/.test(err.message)) throw err;
            });
          } else {
            const m = await api!.sendMessage(chatId, text, { parse_mode: 'HTML', reply_markup: kb });
            await ama.sessions.setBoardMessage(session.id, g, m.message_id);
          }
        });
      }
    },
    async postAnswer(session, q) {
      const L = groupLocale(session);
      const vars = { id: q.id, question: escapeHtml(q.text), asker: escapeHtml(askerLabel(q, L)), answer: escapeHtml(q.answer ?? '') };
      for (const g of session.groupIds) {
        const key = `${q.id}:${g}`;
        if (q.postedTo.includes(g) || queued.has(key)) continue;
        queued.add(key);
        const chatId = Number(g);
        const posted = async () => {
          queued.delete(key);
          await ama.questions.markPosted(q.id, g);
        };
        if (q.answerVoiceId) {
          await pacer.touch(chatId, `voice:${q.id}`, async () => {
            try {
              await api!.sendVoice(chatId, q.answerVoiceId!, { caption: t(L, 'ama-answer-voice-post', vars), parse_mode: 'HTML' });
            } catch (err) {
              queued.delete(key); // tried again by the next recovery
              throw err;
            }
            await posted();
          });
        } else await pacer.post(chatId, t(L, 'ama-answer-post', vars), posted, () => queued.delete(key));
      }
    },
    async recover(since) {
      const due = await ama.questions.unposted(since);
      for (const q of due) void runtime.postAnswer(q.session, q).catch((err: Error) => deps.logger.warn({ err: err.message }, 'ama: answer not posted again'));
      if (due.length) deps.logger.info({ answers: due.length }, 'ama: answers not yet in every group posted again');
      return due.length;
    },
    async announce(session, key) {
      const L = groupLocale(session);
      const text = t(L, key, { title: escapeHtml(session.title), id: session.id, start: session.startsAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
      for (const g of session.groupIds) await pacer.post(Number(g), text);
    },
    async tell(memberId, text) {
      await api?.sendMessage(Number(memberId), text, { parse_mode: 'HTML' }).catch((err: Error) => deps.logger.info({ err: err.message }, 'ama: could not tell a member'));
    },
  };
  runtimes.set(deps, runtime);
  return runtime;
}
