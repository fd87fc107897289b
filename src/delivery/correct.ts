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

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Corrections of a broadcast already (being) sent:
 * - every copy that went out (`sent`, with its message id) gets an `edit` row in a new broadcast,
 *   paced and reported like any other, in the recipient's (or chat's) language;
 * - copies still queued in the original get the corrected text instead, so nobody receives the
 *   wrong text from now on: while the original is being sent they move into the correction (as
 *   sends, in one transaction the sender's SQL claim respects); the copies the sender held at that
 *   moment are awaited (up to `settleMs`) and edited like the others;
 *   while it waits for approval or is paused its texts are replaced in place;
 * - recipients whose copy failed, was blocked or is uncertain get nothing: there is no copy to
 *   edit, a correction of a message they never saw would confuse, and for an uncertain one a new
 *   message could be a duplicate (operators decide that with `broadcast resend-uncertain`).
 */
export function createCorrections(
  prisma: PrismaClient,
  deps: { access: AccessService; members: MembersService; chats: { list(): Promise<{ chatId: bigint; locale: string }[]> }; settleMs?: number; sleep?: (ms: number) => Promise<void> },
) {
  // Copies in flight at the moment of a correction settle within the sender's request timeout (30 s).
  const settleMs = deps.settleMs ?? 35_000;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
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

  type Original = { id: number; kind: string; priority: number; state: string; texts: unknown; progressChatId: bigint | null; progressLocale: string | null };
  type Row = { chatId: bigint; textIndex: number; op: string; messageId: number | null; pin: boolean };
  const inFlight = (id: number) => prisma.deliveryRecipient.count({ where: { broadcastId: id, state: { in: ['claimed', 'sending'] } } });

  return {
    /**
     * Returns the correction broadcast (null when nothing had gone out and nothing was queued
     * there), the copies to edit, the copies not sent yet that now carry the new text, and the
     * copies that were still in flight after `settleMs` (sent with the old text, not edited).
     */
    async correct(actor: Actor, b: Original, input: CorrectionInput) {
      const resolve = await resolver(input);
      const texts: string[] = [];
      const textIndex = (text: string) => {
        let i = texts.indexOf(text);
        if (i < 0) i = texts.push(text) - 1;
        return i;
      };
      let correctionId: number | null = null;
      let queued = 0;
      if (['approved', 'sending'].includes(b.state)) {
        // Being sent: the copies still queued move into the correction (new text, same pin) in
        // one transaction, so the sender, which claims rows by state in SQL, can never send them
        // with the old text. The correction waits (paused) until the edit rows are in too.
        const rows = await prisma.deliveryRecipient.findMany({ where: { broadcastId: b.id, state: 'queued' }, select: { id: true, chatId: true, pin: true } });
        await resolve.prepare(rows.map((r) => r.chatId));
        const moving = rows.flatMap((r) => {
          const text = resolve.textOf(r.chatId);
          return text ? [{ id: r.id, chatId: r.chatId, textIndex: textIndex(text), op: 'send', messageId: null, pin: r.pin }] : [];
        });
        if (moving.length) {
          ({ correctionId, queued } = await prisma.$transaction(async (tx) => {
            // Only rows still queued move (a row the sender claimed meanwhile is in flight: edited below).
            const gone = await tx.$queryRawUnsafe<{ id: number }[]>(`DELETE FROM delivery_recipients WHERE id = ANY($1::int[]) AND state = 'queued' RETURNING id`, moving.map((r) => r.id));
            const ids = new Set(gone.map((g) => g.id));
            const c = await create(tx, b, input, 'paused', texts, actor.id);
            await insert(tx, c, moving.filter((r) => ids.has(r.id)).map(({ id: _id, ...r }) => r));
            return { correctionId: c, queued: ids.size };
          }, { timeout: 60_000 }));
        }
        // What the sender holds right now goes out with the old text: wait until it is recorded, then edit it too.
        const until = Date.now() + settleMs;
        while ((await inFlight(b.id)) > 0 && Date.now() < until) await sleep(200);
      } else if (['pending', 'paused'].includes(b.state)) {
        // Not being sent (awaiting approval, or paused by staff): the queued copies get the new text in place.
        const firsts = await prisma.$queryRawUnsafe<{ text_index: number; chat_id: bigint }[]>(`SELECT DISTINCT ON (text_index) text_index, chat_id FROM delivery_recipients WHERE broadcast_id = $1 AND state = 'queued' ORDER BY text_index, id`, b.id);
        await resolve.prepare(firsts.map((q) => BigInt(q.chat_id)));
        const original = [...(b.texts as string[])];
        for (const q of firsts) {
          const text = resolve.textOf(BigInt(q.chat_id));
          if (text) original[q.text_index] = text;
        }
        queued = await prisma.$transaction(async (tx) => {
          await tx.deliveryBroadcast.update({ where: { id: b.id }, data: { texts: original } });
          return tx.deliveryRecipient.count({ where: { broadcastId: b.id, state: 'queued' } });
        });
      }
      const sent = await prisma.deliveryRecipient.findMany({ where: { broadcastId: b.id, state: 'sent', messageId: { not: null } }, select: { chatId: true, messageId: true }, orderBy: { id: 'asc' } });
      await resolve.prepare(sent.map((r) => r.chatId));
      const edits: Row[] = sent.flatMap((r) => {
        const text = resolve.textOf(r.chatId);
        return text ? [{ chatId: r.chatId, textIndex: textIndex(text), op: 'edit', messageId: r.messageId, pin: false }] : [];
      });
      const stillInFlight = correctionId !== null || edits.length ? await inFlight(b.id) : 0;
      if (correctionId === null && !edits.length) {
        if (!queued) return { correctionId, copies: 0, queued, inFlight: stillInFlight };
        await deps.access.audit(actor, { action: 'broadcast.correct', subject: String(b.id), after: { correction: null, copies: 0, queuedCorrected: queued } });
        return { correctionId, copies: 0, queued, inFlight: stillInFlight };
      }
      return prisma.$transaction(async (tx) => {
        const id = correctionId ?? (await create(tx, b, input, 'approved', texts, actor.id));
        await insert(tx, id, edits);
        await tx.deliveryBroadcast.update({ where: { id }, data: { state: 'approved', texts, total: queued + edits.length } });
        await deps.access.audit(actor, { action: 'broadcast.correct', subject: String(b.id), after: { correction: id, copies: edits.length, queuedCorrected: queued, inFlight: stillInFlight } }, tx);
        return { correctionId: id, copies: edits.length, queued, inFlight: stillInFlight };
      }, { timeout: 60_000 });
    },
  };

  async function create(tx: Tx, b: Original, input: CorrectionInput, state: string, texts: string[], authorId: bigint | null) {
    const c = await tx.deliveryBroadcast.create({
      data: {
        kind: `${b.kind}-correction`,
        priority: b.priority,
        authorId,
        state,
        texts,
        correctsId: b.id,
        progressChatId: input.progress?.chatId ?? b.progressChatId,
        progressLocale: input.progress?.locale ?? b.progressLocale,
      },
    });
    return c.id;
  }

  async function insert(tx: Tx, broadcastId: number, rows: Row[]) {
    for (let i = 0; i < rows.length; i += 5000) await tx.deliveryRecipient.createMany({ data: rows.slice(i, i + 5000).map((r) => ({ ...r, broadcastId })) });
  }
}
