import type { PrismaClient } from '../db/client.js';
import type { AmaSession } from '../generated/prisma/client.js';
import { t } from '../bot/i18n.js';
import type { AmaAi } from './ai.js';
import { detectLang } from './similarity.js';

/** The recap, shaped like the seed's: title, date, introduction, Q&As in order, top unanswered. */
export interface AmaExport {
  sessionId: number;
  title: string;
  date: string;
  language: string;
  machineTranslated: boolean;
  introduction: string;
  qa: { n: number; questionId: number; question: string; asker: string; votes: number; answer: string; voice: boolean; answeredAt: string; lang: string }[];
  topUnanswered: { questionId: number; question: string; votes: number; lang: string }[];
}

const TOP_UNANSWERED = 5;

export function createExporter(prisma: PrismaClient, ai: AmaAi) {
  async function build(session: AmaSession, language: string): Promise<AmaExport> {
    const answered = await prisma.amaQuestion.findMany({ where: { sessionId: session.id, status: 'answered' }, orderBy: [{ answeredAt: 'asc' }, { id: 'asc' }] });
    const open = await prisma.amaQuestion.findMany({ where: { sessionId: session.id, status: 'approved' }, orderBy: [{ voteCount: 'desc' }, { createdAt: 'asc' }], take: TOP_UNANSWERED });
    const date = session.startsAt.toISOString().slice(0, 10);
    const introduction =
      session.introduction ?? t(language, 'ama-export-intro', { title: session.title, date, asked: answered.length + open.length, answered: answered.length });
    const qa = answered.map((q, i) => ({
      n: i + 1,
      questionId: q.id,
      question: q.text,
      asker: q.anonymous || !q.askerName ? t(language, 'ama-anonymous') : q.askerName,
      votes: q.voteCount,
      answer: q.answer ?? t(language, 'ama-export-voice-answer'),
      voice: !!q.answerVoiceId,
      answeredAt: q.answeredAt!.toISOString(),
      lang: q.lang,
    }));
    const topUnanswered = open.map((q) => ({ questionId: q.id, question: q.text, votes: q.voteCount, lang: q.lang }));
    let machineTranslated = false;
    if (ai.enabled) {
      // Only texts in another language are translated; all or nothing, so a half-translated recap never ships.
      const items = [...qa.flatMap((x) => [{ get: () => x.question, set: (s: string) => (x.question = s), lang: x.lang }, { get: () => x.answer, set: (s: string) => (x.answer = s), lang: x.voice ? language : detectLang(x.answer, language) }]), ...topUnanswered.map((x) => ({ get: () => x.question, set: (s: string) => (x.question = s), lang: x.lang }))].filter((i) => i.lang !== language);
      const out = await ai.translate(items.map((i) => i.get()), language);
      if (out) {
        items.forEach((i, k) => i.set(out[k]!));
        machineTranslated = items.length > 0;
      }
    }
    return { sessionId: session.id, title: session.title, date, language, machineTranslated, introduction, qa, topUnanswered };
  }

  function markdown(e: AmaExport, hostLabel = t(e.language, 'ama-export-host')): string {
    const L = (k: string, v?: Record<string, string | number>) => t(e.language, k, v);
    const lines = [`# ${e.title}`, '', `_${e.date}_`, ''];
    if (e.machineTranslated) lines.push(`> ${L('ama-export-machine-translated')}`, '');
    lines.push(e.introduction, '', `## ${L('ama-export-qa-heading')}`, '');
    if (!e.qa.length) lines.push(L('ama-export-none'), '');
    for (const x of e.qa) {
      lines.push(`### ${x.n}. ${x.question}`, '', `*${L('ama-export-asked-by', { asker: x.asker, votes: x.votes })}*`, '', `**${hostLabel}:** ${x.answer}`, '');
    }
    lines.push(`## ${L('ama-export-unanswered-heading')}`, '');
    if (!e.topUnanswered.length) lines.push(L('ama-export-none'), '');
    e.topUnanswered.forEach((x, i) => lines.push(`${i + 1}. ${x.question} (${L('ama-export-votes', { votes: x.votes })})`));
    return `${lines.join('\n').trimEnd()}\n`;
  }

  return {
    build,
    markdown,
    json: (e: AmaExport) => `${JSON.stringify(e, null, 2)}\n`,
    /** One export per session language. */
    async all(session: AmaSession, format: 'md' | 'json') {
      const langs = session.languages.length ? session.languages : ['en'];
      const files: { language: string; filename: string; content: string }[] = [];
      for (const language of langs) {
        const e = await build(session, language);
        files.push({ language, filename: `ama-${session.id}-${e.date}.${language}.${format}`, content: format === 'md' ? markdown(e) : `${JSON.stringify(e, null, 2)}\n` });
      }
      return files;
    },

    /** The top unanswered questions become knowledge-base suggestions (idempotent per question). */
    async suggest(sessionId: number, limit = 10) {
      const open = await prisma.amaQuestion.findMany({ where: { sessionId, status: 'approved' }, orderBy: [{ voteCount: 'desc' }, { createdAt: 'asc' }], take: limit });
      for (const q of open) {
        await prisma.amaKbSuggestion.upsert({
          where: { questionId: q.id },
          create: { sessionId, questionId: q.id, text: q.text, lang: q.lang, votes: q.voteCount },
          update: { text: q.text, votes: q.voteCount },
        });
      }
      return open.length;
    },

    suggestions: (sessionId?: number, limit = 20) =>
      prisma.amaKbSuggestion.findMany({ where: { status: 'new', ...(sessionId ? { sessionId } : {}) }, orderBy: [{ votes: 'desc' }, { id: 'asc' }], take: limit }),
  };
}
export type Exporter = ReturnType<typeof createExporter>;
