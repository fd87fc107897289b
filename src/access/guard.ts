import type { NextFunction } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { type Role, satisfies } from './roles.js';

/**
 * Lets the update through only for staff holding one of `roles` (owners and admins hold all but
 * owner-only powers). Anyone else gets a polite refusal and nothing changes.
 */
export function requireRole(...roles: Role[]) {
  return async (ctx: BotContext, next: NextFunction) => {
    if (satisfies(ctx.roles, roles)) return next();
    ctx.logger.info({ from: ctx.from?.id, roles }, 'staff action refused');
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('access-denied'), show_alert: true });
    else await ctx.reply(ctx.t('access-denied'));
  };
}

/** The actor of a staff action taken in Telegram, for the audit log. */
export function actorOf(ctx: BotContext) {
  return { id: ctx.from ? BigInt(ctx.from.id) : null, via: 'telegram' as const };
}
