import { Composer, InlineKeyboard, type Api } from 'grammy';
import type { BotContext, Deps } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import { t, toLocale } from '../bot/i18n.js';
import { escapeHtml } from './bot.js';
import { actorOf, requireRole } from './guard.js';
import type { Actor } from './service.js';
import type { ApprovalOutcome, ApprovalView } from './approvals.js';

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

async function localeOf(deps: Deps, id: bigint | null): Promise<string> {
  if (id === null) return deps.config.defaultLocale;
  const m = await deps.services.members.get(id);
  return toLocale(m?.locale ?? m?.languageCode, deps.config.defaultLocale);
}

/**
 * Tells the approvers about a request, with Approve/Reject buttons: in the staff chat when
 * STAFF_CHAT_ID is set, else privately to every admin and owner but the author.
 */
export async function notifyApprovers(api: Api, deps: Deps, req: ApprovalView): Promise<number> {
  const { approvals } = deps.services;
  const targets = deps.config.staffChatId !== undefined ? [deps.config.staffChatId] : (await approvals.approvers()).filter((id) => id !== req.authorId);
  let sent = 0;
  for (const chatId of targets) {
    const locale = chatId < 0n ? deps.config.defaultLocale : await localeOf(deps, chatId);
    const text = t(locale, 'approval-request', {
      id: req.id,
      kind: req.kind,
      author: req.authorId === null ? t(locale, 'approval-system') : req.authorId.toString(),
      required: req.required,
      expires: utc(req.expiresAt),
      description: await approvals.describe(req, locale),
    });
    const kb = new InlineKeyboard().text(t(locale, 'approval-btn-approve'), `ap:ok:${req.id}`).text(t(locale, 'approval-btn-reject'), `ap:no:${req.id}`);
    try {
      await api.sendMessage(Number(chatId), text, { parse_mode: 'HTML', reply_markup: kb });
      sent++;
    } catch (err) {
      deps.logger.warn({ err, chat: chatId.toString(), request: req.id }, 'could not notify an approver');
    }
  }
  await approvals.markNotified(req.id);
  return sent;
}

/** The reply for an outcome, in the actor's language. */
export function outcomeText(locale: string, o: ApprovalOutcome): string {
  const id = o.request?.id ?? ('id' in o ? (o.id ?? 0) : 0);
  if (o.ok) {
    if (o.state === 'recorded') return t(locale, 'approval-recorded', { id, count: o.request.required - o.remaining, required: o.request.required, remaining: o.remaining });
    if (o.state === 'rejected') return t(locale, 'approval-rejected', { id });
    return t(locale, 'approval-executed', { id, result: t(locale, o.result.key, o.result.vars) });
  }
  if (o.reason === 'failed') return t(locale, 'approval-failed', { id, error: escapeHtml(o.error) });
  return t(locale, `approval-refused-${o.reason}`, { id, status: o.request?.status ?? '' });
}

/** After a final decision, the author hears about it in their own language. */
async function tellAuthor(api: Api, deps: Deps, actor: Actor, o: ApprovalOutcome) {
  const req = o.request;
  if (!req || req.authorId === null || req.authorId === actor.id || req.authorVia !== 'telegram') return;
  const locale = await localeOf(deps, req.authorId);
  let text: string | undefined;
  if (o.ok && o.state === 'executed') text = t(locale, 'approval-author-executed', { id: req.id, result: t(locale, o.result.key, o.result.vars) });
  else if (o.ok && o.state === 'rejected') text = t(locale, 'approval-author-rejected', { id: req.id });
  else if (!o.ok && o.reason === 'failed') text = t(locale, 'approval-failed', { id: req.id, error: escapeHtml(o.error) });
  if (text) await api.sendMessage(Number(req.authorId), text, { parse_mode: 'HTML' }).catch((err) => deps.logger.warn({ err }, 'could not tell the author'));
}

/** /approve, /reject, /override, /pending and the buttons under approval requests. */
export function approvalsFeature(): Feature {
  const composer = new Composer<BotContext>();

  async function decide(ctx: BotContext, what: 'approve' | 'reject' | 'override', id: number, reason?: string) {
    const { approvals } = ctx.deps.services;
    const actor = actorOf(ctx);
    const o = what === 'approve' ? await approvals.approve(actor, id) : what === 'reject' ? await approvals.reject(actor, id, reason) : await approvals.override(actor, id, reason ?? '');
    const text = outcomeText((await ctx.i18n.getLocale()) ?? 'en', o);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: text.replace(/<[^>]+>/g, '').slice(0, 190) });
    await ctx.reply(text, { parse_mode: 'HTML' });
    await tellAuthor(ctx.api, ctx.deps, actor, o);
  }

  const idArg = (ctx: BotContext) => {
    const [first, ...rest] = String(ctx.match ?? '').trim().split(/\s+/);
    return first && /^\d{1,9}$/.test(first) ? { id: Number(first), reason: rest.join(' ') || undefined } : undefined;
  };

  composer.command('approve', requireRole('admin'), async (ctx) => {
    const a = idArg(ctx);
    if (!a) return ctx.reply(ctx.t('approval-usage'));
    await decide(ctx, 'approve', a.id);
  });
  composer.command('reject', requireRole('admin'), async (ctx) => {
    const a = idArg(ctx);
    if (!a) return ctx.reply(ctx.t('approval-reject-usage'));
    await decide(ctx, 'reject', a.id, a.reason);
  });
  composer.command('override', requireRole('owner'), async (ctx) => {
    const a = idArg(ctx);
    if (!a?.reason) return ctx.reply(ctx.t('approval-override-usage'));
    await decide(ctx, 'override', a.id, a.reason);
  });
  composer.command('pending', requireRole('admin'), async (ctx) => {
    const list = await ctx.deps.services.approvals.list({ status: 'pending' });
    if (!list.length) return ctx.reply(ctx.t('approval-pending-empty'));
    const lines = list.map((r) => ctx.t('approval-pending-line', { id: r.id, summary: escapeHtml(r.summary), expires: utc(r.expiresAt) }));
    await ctx.reply(`${ctx.t('approval-pending-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });
  composer.callbackQuery(/^ap:(ok|no):(\d{1,9})$/, requireRole('admin'), (ctx) => decide(ctx, ctx.match[1] === 'ok' ? 'approve' : 'reject', Number(ctx.match[2])));

  return {
    name: 'approvals',
    composer,
    commands: [
      { command: 'approve', descriptionKey: 'approval-cmd-approve', roles: ['admin'] },
      { command: 'reject', descriptionKey: 'approval-cmd-reject', roles: ['admin'] },
      { command: 'pending', descriptionKey: 'approval-cmd-pending', roles: ['admin'] },
      { command: 'override', descriptionKey: 'approval-cmd-override', roles: ['owner'] },
    ],
  };
}
