import type { PrismaClient } from '../db/client.js';
import type { AmaQuestion, AmaSession } from '../generated/prisma/client.js';
import type { AccessService, Actor } from '../access/service.js';
import { refusalReason, type RefusalReason } from './guard.js';
import { cosine, detectLang, features, LOCAL_THRESHOLD, similarity, type Features } from './similarity.js';
import type { AmaAi } from './ai.js';

export type SubmitResult =
  | { kind: 'no-session' | 'paused' | 'limit' }
  | { kind: 'refused'; reason: RefusalReason }
  | { kind: 'merged'; question: AmaQuestion; into: AmaQuestion }
  | { kind: 'pending'; question: AmaQuestion };

export interface Asker {
  id: bigint;
  name: string | null;
  locale: string;
  anonymous: boolean;
}

const EMBED_THRESHOLD = 0.88;

/**
 * Questions and near-duplicates. The duplicate index (features, embeddings) of each session's
 * board questions lives in memory, built from the database on first use.
 */
export function createQuestionStore(prisma: PrismaClient, access: AccessService, ai: AmaAi, opts: { maxPerMember: number }) {
  const index = new Map<number, Map<number, { f: Features; e: number[] | null }>>();

  async function boardIndex(sessionId: number) {
    let m = index.get(sessionId);
    if (!m) {
      const rows = await prisma.amaQuestion.findMany({ where: { sessionId, status: 'approved' }, select: { id: true, text: true, embedding: true } });
      m = new Map(rows.map((r) => [r.id, { f: features(r.text), e: (r.embedding as number[] | null) ?? null }]));
      index.set(sessionId, m);
    }
    return m;
  }

  async function findDuplicate(sessionId: number, text: string, e: number[] | null, exclude?: number): Promise<number | null> {
    const f = features(text);
    let best: { id: number; score: number } | null = null;
    for (const [id, entry] of await boardIndex(sessionId)) {
      if (id === exclude) continue;
      const score = e && entry.e ? cosine(e, entry.e) / EMBED_THRESHOLD : similarity(f, entry.f) / LOCAL_THRESHOLD;
      if (score >= 1 && (!best || score > best.score)) best = { id, score };
    }
    return best?.id ?? null;
  }

  /** Moves `fromId` into `intoId`: votes become the union of both voter sets. */
  async function mergeInto(fromId: number, intoId: number) {
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM ama_questions WHERE id IN (${fromId}, ${intoId}) ORDER BY id FOR UPDATE`;
      await tx.$executeRaw`INSERT INTO ama_votes (question_id, voter_id, created_at, updated_at)
        SELECT ${intoId}, voter_id, created_at, now() FROM ama_votes WHERE question_id = ${fromId}
        ON CONFLICT (question_id, voter_id) DO NOTHING`;
      await tx.$executeRaw`DELETE FROM ama_votes WHERE question_id = ${fromId}`;
      await tx.$executeRaw`UPDATE ama_questions SET vote_count = (SELECT count(*) FROM ama_votes WHERE question_id = ${intoId}), updated_at = now() WHERE id = ${intoId}`;
      await tx.$executeRaw`UPDATE ama_questions SET status = 'merged', merged_into_id = ${intoId}, vote_count = 0, updated_at = now() WHERE id = ${fromId}`;
      await tx.$executeRaw`UPDATE ama_questions SET merged_into_id = ${intoId} WHERE merged_into_id = ${fromId}`;
    });
    for (const m of index.values()) m.delete(fromId);
  }

  return {
    async submit(session: AmaSession | null, asker: Asker, text: string): Promise<SubmitResult> {
      if (!session) return { kind: 'no-session' };
      if (session.status === 'paused') return { kind: 'paused' };
      if (session.status !== 'open') return { kind: 'no-session' };
      const clean = text.replace(/#ama\b/gi, '').replace(/\s+/g, ' ').trim();
      const reason = refusalReason(clean);
      if (reason) return { kind: 'refused', reason };
      const asked = await prisma.amaQuestion.count({ where: { sessionId: session.id, askerId: asker.id } });
      if (asked >= opts.maxPerMember) return { kind: 'limit' };
      const e = ai.enabled ? await ai.embed(clean) : null;
      const dup = await findDuplicate(session.id, clean, e);
      const data = {
        sessionId: session.id,
        askerId: asker.id,
        askerName: asker.name,
        askerLocale: asker.locale,
        anonymous: asker.anonymous,
        text: clean,
        lang: detectLang(clean, asker.locale),
        ...(e ? { embedding: e } : {}),
      };
      if (dup !== null) {
        const question = await prisma.amaQuestion.create({ data: { ...data, status: 'merged', mergedIntoId: dup } });
        return { kind: 'merged', question, into: (await prisma.amaQuestion.findUnique({ where: { id: dup } }))! };
      }
      return { kind: 'pending', question: await prisma.amaQuestion.create({ data }) };
    },

    get: (id: number) => prisma.amaQuestion.findUnique({ where: { id } }),

    setStaffMessage: (id: number, chatId: bigint, messageId: number) => prisma.amaQuestion.update({ where: { id }, data: { staffChatId: chatId, staffMessageId: messageId } }),

    /**
     * Approves or rejects a pending question. An approved near-duplicate of a board question is
     * merged into it. Returns null when it was not pending (already moderated by someone else).
     */
    async moderate(actor: Actor, id: number, decision: 'approve' | 'reject'): Promise<{ question: AmaQuestion; mergedInto: AmaQuestion | null } | null> {
      const status = decision === 'approve' ? 'approved' : 'rejected';
      const { count } = await prisma.amaQuestion.updateMany({ where: { id, status: 'pending' }, data: { status, moderatedBy: actor.id } });
      if (!count) return null;
      let question = (await prisma.amaQuestion.findUnique({ where: { id } }))!;
      await access.audit(actor, { action: `ama.question.${decision}`, subject: String(id), before: { status: 'pending' }, after: { status } });
      if (decision === 'reject') return { question, mergedInto: null };
      const dup = await findDuplicate(question.sessionId, question.text, (question.embedding as number[] | null) ?? null, id);
      if (dup !== null) {
        await mergeInto(id, dup);
        question = (await prisma.amaQuestion.findUnique({ where: { id } }))!;
        return { question, mergedInto: await prisma.amaQuestion.findUnique({ where: { id: dup } }) };
      }
      (await boardIndex(question.sessionId)).set(id, { f: features(question.text), e: (question.embedding as number[] | null) ?? null });
      return { question, mergedInto: null };
    },

    /** A moderator rewrites a question (pending or on the board). */
    async edit(actor: Actor, id: number, text: string): Promise<AmaQuestion | RefusalReason | null> {
      const clean = text.replace(/\s+/g, ' ').trim();
      const reason = refusalReason(clean);
      if (reason) return reason;
      const before = await prisma.amaQuestion.findUnique({ where: { id } });
      if (!before || !['pending', 'approved'].includes(before.status)) return null;
      const q = await prisma.amaQuestion.update({ where: { id }, data: { text: clean, lang: detectLang(clean, before.lang), embedding: undefined } });
      await access.audit(actor, { action: 'ama.question.edit', subject: String(id), before: { text: before.text }, after: { text: clean } });
      index.get(q.sessionId)?.has(id) && index.get(q.sessionId)!.set(id, { f: features(clean), e: null });
      return q;
    },

    /** A moderator merges one board question into another (the index missed it). */
    async merge(actor: Actor, fromId: number, intoId: number): Promise<AmaQuestion | null> {
      const [from, into] = await Promise.all([prisma.amaQuestion.findUnique({ where: { id: fromId } }), prisma.amaQuestion.findUnique({ where: { id: intoId } })]);
      if (!from || !into || fromId === intoId || from.sessionId !== into.sessionId || from.status !== 'approved' || into.status !== 'approved') return null;
      await mergeInto(fromId, intoId);
      await access.audit(actor, { action: 'ama.question.merge', subject: String(fromId), after: { into: intoId } });
      return prisma.amaQuestion.findUnique({ where: { id: intoId } });
    },

    /**
     * One vote per member, pressed again to take it back. One statement: the question row is
     * locked, a merged question's votes go to the question it was merged into, and the count
     * moves by exactly the rows inserted or deleted, so it always equals the distinct voters.
     */
    async toggleVote(id: number, voterId: bigint): Promise<{ questionId: number; sessionId: number; added: boolean; count: number } | null> {
      const rows = await prisma.$queryRaw<{ id: number; session_id: number; vote_count: number; added: bigint }[]>`
        WITH q AS (
          SELECT t.id FROM ama_questions s JOIN ama_questions t ON t.id = COALESCE(s.merged_into_id, s.id)
          WHERE s.id = ${id} AND t.status = 'approved' FOR UPDATE OF t
        ), del AS (
          DELETE FROM ama_votes v USING q WHERE v.question_id = q.id AND v.voter_id = ${voterId} RETURNING v.id
        ), ins AS (
          INSERT INTO ama_votes (question_id, voter_id) SELECT q.id, ${voterId} FROM q
          WHERE NOT EXISTS (SELECT 1 FROM del) ON CONFLICT (question_id, voter_id) DO NOTHING RETURNING id
        )
        UPDATE ama_questions SET vote_count = vote_count + (SELECT count(*) FROM ins) - (SELECT count(*) FROM del), updated_at = now()
        FROM q WHERE ama_questions.id = q.id
        RETURNING ama_questions.id, ama_questions.session_id, ama_questions.vote_count, (SELECT count(*) FROM ins) AS added`;
      const r = rows[0];
      return r ? { questionId: r.id, sessionId: r.session_id, added: Number(r.added) > 0, count: r.vote_count } : null;
    },

    /** Board order: not deferred first, then votes, then age. */
    top: (sessionId: number, n: number) =>
      prisma.amaQuestion.findMany({
        where: { sessionId, status: 'approved' },
        orderBy: [{ deferredAt: { sort: 'asc', nulls: 'first' } }, { voteCount: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
        take: n,
      }),

    setConsoleMessage: (id: number, chatId: bigint, messageId: number) => prisma.amaQuestion.update({ where: { id }, data: { consoleChatId: chatId, consoleMessageId: messageId } }),

    byConsoleMessage: (chatId: bigint, messageId: number) => prisma.amaQuestion.findFirst({ where: { consoleChatId: chatId, consoleMessageId: messageId } }),

    /** Marks a board question answered; returns it with everyone to tell (askers of merged duplicates too). */
    async answer(actor: Actor, id: number, answer: { text?: string; voiceId?: string }, now: Date) {
      const { count } = await prisma.amaQuestion.updateMany({
        where: { id, status: 'approved' },
        data: { status: 'answered', answer: answer.text ?? null, answerVoiceId: answer.voiceId ?? null, answeredAt: now },
      });
      if (!count) return null;
      const question = (await prisma.amaQuestion.findUnique({ where: { id } }))!;
      await access.audit(actor, { action: 'ama.question.answer', subject: String(id), after: { voice: !!answer.voiceId } });
      index.get(question.sessionId)?.delete(id);
      const merged = await prisma.amaQuestion.findMany({ where: { mergedIntoId: id } });
      const tell = new Map<bigint, string>();
      for (const q of [question, ...merged]) if (q.askerId !== null && !tell.has(q.askerId)) tell.set(q.askerId, q.askerLocale);
      return { question, tell: [...tell].map(([memberId, locale]) => ({ memberId, locale })) };
    },

    /** The answer reached a group (array_append only once per group). */
    markPosted: (id: number, groupId: bigint) =>
      prisma.$executeRaw`UPDATE ama_questions SET posted_to = array_append(posted_to, ${groupId}::bigint), updated_at = now() WHERE id = ${id} AND NOT (${groupId}::bigint = ANY(posted_to))`,

    /** Answers given since `since` that have not reached every group of their session yet. */
    async unposted(since: Date) {
      const rows = await prisma.amaQuestion.findMany({ where: { status: 'answered', answeredAt: { gte: since } }, include: { session: true }, orderBy: { answeredAt: 'asc' } });
      return rows.filter((q) => q.session.groupIds.some((g) => !q.postedTo.includes(g)));
    },

    async skip(actor: Actor, id: number) {
      const { count } = await prisma.amaQuestion.updateMany({ where: { id, status: 'approved' }, data: { status: 'skipped' } });
      if (!count) return null;
      await access.audit(actor, { action: 'ama.question.skip', subject: String(id) });
      const q = (await prisma.amaQuestion.findUnique({ where: { id } }))!;
      index.get(q.sessionId)?.delete(id);
      return q;
    },

    async defer(actor: Actor, id: number, now: Date) {
      const { count } = await prisma.amaQuestion.updateMany({ where: { id, status: 'approved' }, data: { deferredAt: now } });
      if (!count) return null;
      await access.audit(actor, { action: 'ama.question.defer', subject: String(id) });
      return prisma.amaQuestion.findUnique({ where: { id } });
    },

    /** /forgetme: the member's questions stay (they are the session's record) but lose the asker; votes go. */
    async erase(tx: PrismaClient, memberId: bigint) {
      await tx.$executeRaw`UPDATE ama_questions q SET vote_count = q.vote_count - 1 FROM ama_votes v WHERE v.question_id = q.id AND v.voter_id = ${memberId}`;
      await tx.amaVote.deleteMany({ where: { voterId: memberId } });
      await tx.amaQuestion.updateMany({ where: { askerId: memberId }, data: { askerId: null, askerName: null, anonymous: true } });
    },
  };
}
export type QuestionStore = ReturnType<typeof createQuestionStore>;
