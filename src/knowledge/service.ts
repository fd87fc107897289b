import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { AccessService, Actor } from '../access/service.js';
import type { Seams } from '../seams.js';
import { toLocale } from '../bot/i18n.js';
import { composeLocal, type KbAnswer } from './answer.js';
import { createEngine, type KbEngine } from './engine.js';
import { liveAnswer } from './live.js';
import { createKbStore } from './store.js';
import { createQuestionLog } from './question-log.js';
import type { KbAi } from './openai.js';
import { KB_LANGS, type KbEntry, type KbLang } from './types.js';

export const SEED_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prisma/knowledge/base.yaml');
const SYSTEM: Actor = { id: null, via: 'system' };

export interface KnowledgeOptions {
  access: AccessService;
  seams: Seams;
  logger: Logger;
  /** The file imported when the knowledge base is empty (default prisma/knowledge/base.yaml). */
  seedFile?: string | null;
  ai?: KbAi | null;
  now?: () => Date;
}

export interface AskOptions {
  /** The member's language; the question's own language wins when it is clearly another. */
  locale?: string | null;
  memberId?: bigint;
  chatId?: bigint;
  /** Keep the question (for 👍/👎, /kb_gaps and the support ticket). Default true. */
  log?: boolean;
  /** Only the local engine (CLI eval, benchmarks, inline mode). */
  localOnly?: boolean;
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;

/**
 * The knowledge base: curated entries in the database, an in-memory answer engine rebuilt on
 * every change, the question log behind 👍/👎 and /kb_gaps, and the support seam.
 */
export function createKnowledgeService(prisma: PrismaClient, opts: KnowledgeOptions) {
  const store = createKbStore(prisma, opts.access);
  const now = opts.now ?? (() => new Date());
  const log = createQuestionLog(prisma, { logger: opts.logger });
  let engine: KbEngine | undefined;
  let loading: Promise<KbEngine> | undefined;

  async function build(): Promise<KbEngine> {
    const seed = opts.seedFile === undefined ? SEED_FILE : opts.seedFile;
    if (seed && existsSync(seed) && (await store.count()) === 0) {
      try {
        const s = await store.importText(SYSTEM, readFileSync(seed, 'utf8'), 'merge');
        opts.logger.info({ created: s.created, file: seed }, 'knowledge base seeded');
      } catch (err) {
        opts.logger.error({ err }, 'knowledge base seed file is invalid: starting empty');
      }
    }
    const e = createEngine(await store.all());
    opts.ai?.reset(e);
    return e;
  }

  /** The engine, built on first use (seeding an empty knowledge base from the shipped file). */
  async function ready(): Promise<KbEngine> {
    if (engine) return engine;
    loading ??= build().then((e) => (engine = e)).finally(() => (loading = undefined));
    return loading;
  }
  async function refresh() {
    engine = undefined;
    return ready();
  }
  const changed = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const r = await fn(...a);
      await refresh();
      return r;
    };

  async function ask(question: string, o: AskOptions = {}): Promise<KbAnswer & { questionId: number | null }> {
    const e = await ready();
    const fallback = toLocale(o.locale) as KbLang;
    const lang = e.detect(question, fallback);
    const live = await liveAnswer(opts.seams, question, lang);
    let answer = live.answer;
    if (!answer) {
      // An asset's name is not what the knowledge base answers about: "withdraw ETH" asks about withdrawals.
      const words = live.symbols.length ? question.replace(new RegExp(`\\b(${live.symbols.join('|')})\\b`, 'gi'), ' ') : question;
      const r = e.search(words, { lang, now: now() });
      answer = composeLocal(e, r);
      if (opts.ai && !o.localOnly) {
        answer = (await opts.ai.improve(question, lang, r, answer).catch((err) => {
          opts.logger.warn({ err: (err as Error).message }, 'openai failed: local answer');
          return null;
        })) ?? answer;
      }
    }
    let questionId: number | null = null;
    if (o.log !== false) {
      // Written behind (see question-log.ts): the reply does not wait for the database.
      const row = { memberId: o.memberId, chatId: o.chatId, lang: answer.lang, text: question.slice(0, 1000), normalized: answer.normalized.slice(0, 500), outcome: answer.outcome, entryId: answer.entryId, confidence: answer.confidence, createdAt: now() };
      questionId = await log.add(row, answer.outcome === 'sure' ? answer.entryId : null);
    }
    return { ...answer, questionId };
  }

  return {
    ready,
    refresh,
    ask,
    /** The local engine's answer, nothing stored (CLI, benchmarks). */
    async askLocal(question: string, o: { lang?: KbLang; fallbackLang?: KbLang } = {}) {
      const e = await ready();
      return composeLocal(e, e.search(question, { lang: o.lang, fallbackLang: o.fallbackLang, now: now() }));
    },
    /** The support seam: entries that may answer a text (sure: the one; unsure: up to three). */
    async matches(text: string, lang: string) {
      const e = await ready();
      const l = (KB_LANGS as readonly string[]).includes(lang) ? (lang as KbLang) : undefined;
      const r = e.search(text, { fallbackLang: l, now: now() });
      if (r.outcome === 'none') return [];
      return r.candidates.slice(0, r.outcome === 'sure' ? 1 : 3).flatMap((c) => {
        const x = e.entry(c.entryId);
        const tx = x?.texts[r.lang] ?? x?.texts.en;
        return tx ? [{ id: c.entryId, title: tx.title, answer: tx.answer }] : [];
      });
    },
    entries: store.all,
    get: store.get,
    history: store.history,
    exportText: store.exportText,
    save: changed(store.save),
    remove: changed(store.remove),
    revert: changed(store.revert),
    importText: changed(store.importText),

    /** Writes the question log now (shutdown; tests that read the table). */
    flushQuestions: () => log.flush(),

    /** 👍 (1) or 👎 (-1) on an answer; only the member who asked may vote on it. */
    async feedback(questionId: number, memberId: bigint, vote: 1 | -1) {
      await log.flush();
      const r = await prisma.kbQuestion.updateMany({ where: { id: questionId, memberId }, data: { feedback: vote } });
      return r.count > 0;
    },

    /** Questions without a good answer (declined, unsure or 👎), grouped by their normalised words, most asked first. */
    async gaps(limit = 20, lang?: KbLang) {
      await log.flush();
      const rows = await prisma.kbQuestion.findMany({
        where: { OR: [{ outcome: { in: ['none', 'unsure'] } }, { feedback: -1 }], ...(lang ? { lang } : {}) },
        orderBy: { id: 'desc' },
        take: 5000,
        select: { lang: true, normalized: true, text: true, feedback: true, entryId: true },
      });
      const groups = new Map<string, { lang: string; example: string; count: number; downvotes: number; entryId: string | null }>();
      for (const r of rows) {
        const key = `${r.lang}\u0000${r.normalized || r.text.toLowerCase()}`;
        const g = groups.get(key) ?? { lang: r.lang, example: r.text, count: 0, downvotes: 0, entryId: r.entryId };
        g.count++;
        if (r.feedback === -1) g.downvotes++;
        groups.set(key, g);
      }
      return [...groups.values()].sort((a, b) => b.count - a.count || b.downvotes - a.downvotes).slice(0, limit);
    },

    /** A member picked an entry from "did you mean": remember it for the question and count the hit. */
    async chose(questionId: number, memberId: bigint, entryId: string) {
      await log.flush();
      if (questionId) await prisma.kbQuestion.updateMany({ where: { id: questionId, memberId }, data: { entryId } });
      await store.hit(entryId, now());
    },

    /** The language a question was asked in (a "did you mean" click answers in it). */
    async questionLang(id: number) {
      await log.flush();
      return (await prisma.kbQuestion.findUnique({ where: { id }, select: { lang: true } }))?.lang ?? null;
    },

    /** The support seam: the text of a question the bot could not answer. */
    async questionText(id: number) {
      await log.flush();
      const r = await prisma.kbQuestion.findUnique({ where: { id } });
      return r && r.memberId !== null ? { text: r.text, lang: r.lang, memberId: r.memberId } : null;
    },

    /** /forgetme: a member's questions go. */
    async erase(tx: PrismaClient, memberId: bigint) {
      // Nothing of the member may be written after the erasure.
      log.forget(memberId);
      await tx.kbQuestion.deleteMany({ where: { memberId } });
    },

    async groupAutoAnswer(chatId: bigint) {
      return (await prisma.kbGroupSetting.findUnique({ where: { chatId } }))?.autoAnswer ?? false;
    },
    async setGroupAutoAnswer(actor: Actor, chatId: bigint, on: boolean) {
      await prisma.$transaction(async (tx) => {
        const before = (await tx.kbGroupSetting.findUnique({ where: { chatId } }))?.autoAnswer ?? false;
        await tx.kbGroupSetting.upsert({ where: { chatId }, create: { chatId, autoAnswer: on, updatedBy: actor.id }, update: { autoAnswer: on, updatedBy: actor.id } });
        await opts.access.audit(actor, { action: 'kb.group.auto', subject: chatId.toString(), before, after: on }, tx);
      });
    },
  };
}

export type { KbEntry };
