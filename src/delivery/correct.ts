import type { PrismaClient } from '../db/client.js';
import type { AccessService, Actor } from '../access/service.js';
import type { MembersService } from '../members/service.js';
import { toLocale } from '../bot/i18n.js';

export interface CorrectionInput {
  /** The new text of individual recipients (already in their language). */
  messages?: { chatId: bigint; text: string }[];
  /** The new text by language, for recipients not in `messages` (looked up by the member's language). */
  texts?: Record<string, string>;
  /** The new text of the registered channels and groups, by their language. */
  chatTexts?: Record<string, string>;
  /** Where the correction's own progress and report go (default: the original's). */
  progress?: { chatId: bigint; locale: string };
}

const UNFINISHED = ['pending', 'approved', 'sending', 'paused'];

/**
 * Corrections of a broadcast already (being) sent:
 * - every copy that went out (`sent`, with its message id) gets an `edit` row in a new broadcast,
 *   paced and reported like any other, in the recipient's (or chat's) language;
 * - copies still queued in the original get the corrected text instead (the original's texts are
 *   replaced in place), so nobody receives the wrong text from now on;
 * - recipients whose copy failed, was blocked or is uncertain get nothing: there is no copy to
 *   edit, a correction of a message they never saw would confuse, and for an uncertain one a new
 *   message could be a duplicate (operators decide that with `broadcast resend-uncertain`).
 */
export function createCorrections(prisma: PrismaClient, deps: { access: AccessService; members: MembersService; chats: { list(): Promise<{ chatId: bigint; locale: string }[]> } }) {
  /** The new text of each chat, by the rule: given per chat → registered chat's language → member's language → English. */
  async function resolver(input: CorrectionInput) {
    const byChat = new Map((input.messages ?? []).map((m) => [m.chatId, m.text]));
    const registered = new Map((await deps.chats.list()).map((c) => [c.chatId, c.locale]));
    const memberLocale = new Map<bigint, string>();
    return {
      async prepare(chatIds: bigint[]) {
        const missing = chatIds.filter((id) => id > 0n && !byChat.has(id) && !memberLocale.has(id));
        if (!missing.length || !input.texts) return;
        for (let i = 0; i < missing.length; i += 10_000) {
          for (const m of await deps.members.views({ ids: missing.slice(i, i + 10_000) })) memberLocale.set(m.id, toLocale(m.locale ?? m.languageCode));
        }
      },
      textOf(chatId: bigint): string | undefined {
        const given = byChat.get(chatId);
        if (given) return given;
        const chatLocale = registered.get(chatId);
        if (chatLocale !== undefined) return input.chatTexts?.[chatLocale] ?? input.chatTexts?.en ?? input.texts?.[chatLocale] ?? input.texts?.en;
        if (!input.texts) return undefined;
        return input.texts[memberLocale.get(chatId) ?? 'en'] ?? input.texts.en;
      },
    };
  }

  return {
    /**
     * Returns the id of the correction broadcast (null when no copy had gone out yet: then only
     * the queued copies were corrected) and how many queued copies now carry the new text.
     */
    async correct(actor: Actor, b: { id: number; kind: string; priority: number; state: string; texts: unknown; progressChatId: bigint | null; progressLocale: string | null }, input: CorrectionInput) {
      const resolve = await resolver(input);
      const sent = await prisma.deliveryRecipient.findMany({ where: { broadcastId: b.id, state: 'sent', messageId: { not: null } }, select: { chatId: true, messageId: true }, orderBy: { id: 'asc' } });
      const unfinished = UNFINISHED.includes(b.state);
      // One queued row per text of the original tells which new text replaces it.
      const queued = unfinished
        ? await prisma.$queryRawUnsafe<{ text_index: number; chat_id: bigint }[]>(`SELECT DISTINCT ON (text_index) text_index, chat_id FROM delivery_recipients WHERE broadcast_id = $1 AND state = 'queued' ORDER BY text_index, id`, b.id)
        : [];
      await resolve.prepare([...sent.map((r) => r.chatId), ...queued.map((q) => BigInt(q.chat_id))]);
      const texts: string[] = [];
      const rows: { chatId: bigint; textIndex: number; op: string; messageId: number | null }[] = [];
      for (const r of sent) {
        const text = resolve.textOf(r.chatId);
        if (!text) continue;
        let i = texts.indexOf(text);
        if (i < 0) i = texts.push(text) - 1;
        rows.push({ chatId: r.chatId, textIndex: i, op: 'edit', messageId: r.messageId });
      }
      const original = [...(b.texts as string[])];
      let requeued = 0;
      for (const q of queued) {
        const text = resolve.textOf(BigInt(q.chat_id));
        if (text && original[q.text_index] !== text) (original[q.text_index] = text), requeued++;
      }
      if (!rows.length && !requeued) return { correctionId: null, copies: 0, queued: 0 };
      return prisma.$transaction(async (tx) => {
        if (requeued) await tx.deliveryBroadcast.update({ where: { id: b.id }, data: { texts: original } });
        const queuedRows = requeued ? await tx.deliveryRecipient.count({ where: { broadcastId: b.id, state: 'queued' } }) : 0;
        let correctionId: number | null = null;
        if (rows.length) {
          const c = await tx.deliveryBroadcast.create({
            data: {
              kind: `${b.kind}-correction`,
              priority: b.priority,
              authorId: actor.id,
              state: 'approved',
              texts,
              correctsId: b.id,
              total: rows.length,
              progressChatId: input.progress?.chatId ?? b.progressChatId,
              progressLocale: input.progress?.locale ?? b.progressLocale,
            },
          });
          for (let i = 0; i < rows.length; i += 5000) await tx.deliveryRecipient.createMany({ data: rows.slice(i, i + 5000).map((r) => ({ ...r, broadcastId: c.id })) });
          correctionId = c.id;
        }
        await deps.access.audit(actor, { action: 'broadcast.correct', subject: String(b.id), after: { correction: correctionId, copies: rows.length, queuedCorrected: queuedRows } }, tx);
        return { correctionId, copies: rows.length, queued: queuedRows };
      }, { timeout: 60_000 });
    },
  };
}
