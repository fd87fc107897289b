import type { Api, InlineKeyboard } from 'grammy';
import type { Deps } from '../bot/context.js';
import { t } from '../bot/i18n.js';

/**
 * A notice to staff: the staff chat when configured, otherwise each owner privately.
 * Never throws (a guard must not fail an update because staff could not be told).
 */
export async function notifyStaff(api: Api, deps: Deps, key: string, vars: Record<string, string | number>, keyboard?: InlineKeyboard) {
  const locale = deps.config.defaultLocale;
  const text = t(locale, key, vars);
  const targets = deps.config.staffChatId ? [deps.config.staffChatId] : deps.config.owners;
  for (const chatId of targets) {
    try {
      await api.sendMessage(chatId.toString(), text, { parse_mode: 'HTML', ...(keyboard ? { reply_markup: keyboard } : {}) });
    } catch (err) {
      deps.logger.warn({ err: { description: (err as { description?: string }).description }, chatId: chatId.toString() }, 'safety: staff notice failed');
    }
  }
}

/** A person as staff read it: name, @username and the numeric id (the only thing that decides). */
export function who(user: { id: number | bigint; first_name?: string; last_name?: string; username?: string }, escape: (s: string) => string) {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return `${escape(name)}${user.username ? ` @${escape(user.username)}` : ''} (<code>${user.id}</code>)`;
}
