import { GrammyError, type Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import type { Actor } from '../access/service.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';

/**
 * Sending pace when the delivery pipe is absent: one message per member (so at most one a second
 * per chat) and about 25 a second overall, under Telegram's ~30/s. Tests replace `sleep`.
 */
export const pacing = {
  intervalMs: 40,
  sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
};

export interface GroupReplyResult {
  asset: string;
  tickets: number;
  broadcastId: number | null;
  sent: number;
  blocked: number;
  failed: number;
}

/**
 * One staff reply to every open "where is my withdrawal" ticket of an asset (an incident). Goes
 * through the delivery pipe when it exists; otherwise sent here, paced, with a result per recipient
 * recorded on each ticket. Staff wrote it: it counts as the tickets' answer.
 */
export async function replyToGroup(deps: Deps, api: Api, actor: Actor, assetText: string, text: string): Promise<GroupReplyResult> {
  const { support, seams, access } = deps.services;
  const asset = assetText.toUpperCase();
  const tickets = await support.group(asset);
  const result: GroupReplyResult = { asset, tickets: tickets.length, broadcastId: null, sent: 0, blocked: 0, failed: 0 };
  if (!tickets.length) return result;
  const signature = escapeHtml(deps.config.support.signature);
  // One message per member even when they have several tickets in the group.
  const byMember = new Map<bigint, typeof tickets>();
  for (const tk of tickets) byMember.set(tk.memberId, [...(byMember.get(tk.memberId) ?? []), tk]);
  const messages = [...byMember.values()].map((list) => ({ chatId: list[0]!.memberId, text: t(list[0]!.locale, 'ticket-reply', { signature, text: escapeHtml(text) }) }));

  result.broadcastId = await seams
    .deliver({ kind: 'support-reply', priority: 5, messages, authorId: actor.id ?? undefined, progress: deps.config.staffChatId ? { chatId: deps.config.staffChatId, locale: deps.config.defaultLocale } : undefined })
    .catch((err) => {
      deps.logger.warn({ err }, 'delivery pipe failed: sending group reply directly');
      return null;
    });

  for (const [memberId, list] of byMember) {
    let status = 'queued';
    if (result.broadcastId === null) {
      status = await sendPaced(api, memberId, messages.find((m) => m.chatId === memberId)!.text);
      result[status as 'sent' | 'blocked' | 'failed']++;
    }
    for (const tk of list) {
      await support.addMessage({ ticketId: tk.id, direction: 'out', authorId: actor.id ?? undefined, text, status });
      if (status === 'sent' || status === 'queued') await support.staffAnswered(actor, tk.id, deps.now());
    }
  }
  await access.audit(actor, { action: 'ticket.reply_group', subject: `asset:${asset}`, after: { ...result, ticketIds: tickets.map((x) => x.id) } });
  return result;
}

async function sendPaced(api: Api, chatId: bigint, text: string): Promise<'sent' | 'blocked' | 'failed'> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await pacing.sleep(pacing.intervalMs);
    try {
      await api.sendMessage(Number(chatId), text, { parse_mode: 'HTML' });
      return 'sent';
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 403) return 'blocked';
      if (err instanceof GrammyError && err.error_code === 429) {
        await pacing.sleep((err.parameters.retry_after ?? 1) * 1000);
        continue;
      }
      return 'failed';
    }
  }
  return 'failed';
}
