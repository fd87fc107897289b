import { LOCALES, type Locale } from '../config.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import type { Direction, State, Texts } from './model.js';
import { utc } from './model.js';

/**
 * What a member reads, in their language. Staff text is used as written (escaped); a language
 * staff left out gets the translated template of the state, so nobody gets a foreign text.
 */
export function memberText(locale: Locale, m: { symbol: string; name: string; direction: Direction; state: State | null; current: State; texts: Texts; correction?: boolean }): string {
  const direction = t(locale, `status-direction-${m.direction}`);
  const state = m.state ?? m.current;
  const body = bodyText(locale, m);
  const key = m.correction ? 'status-message-correction' : m.state ? 'status-message-change' : 'status-message-update';
  return t(locale, key, { symbol: m.symbol, name: escapeHtml(m.name), direction, state: t(locale, `status-state-${state}`), text: body });
}

/** The text part alone (staff text in this language, or the translated template), HTML-safe. */
export function bodyText(locale: Locale, m: { symbol: string; direction: Direction; state: State | null; current: State; texts: Texts }): string {
  const staff = m.texts[locale];
  if (staff) return escapeHtml(staff);
  const direction = t(locale, `status-direction-${m.direction}`);
  if (m.state) return t(locale, `status-template-${m.state}`, { symbol: m.symbol, direction });
  return t(locale, 'status-template-update', { symbol: m.symbol, direction, state: t(locale, `status-state-${m.current}`) });
}

/** Every language's text, for the preview and the approvers. */
export function allTexts(m: Parameters<typeof memberText>[1]): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, memberText(l, m)])) as Record<Locale, string>;
}

export function reminderText(locale: Locale, m: { symbol: string; direction: Direction; since: Date; next: Date }): string {
  return t(locale, 'status-reminder', {
    symbol: m.symbol,
    direction: t(locale, `status-direction-${m.direction}`),
    since: utc(m.since),
    next: utc(m.next),
  });
}

/** One line per asset for /status. */
export function assetLine(locale: Locale, a: { symbol: string; name: string; withdrawals: string; deposits: string }): string {
  return t(locale, 'status-asset-line', {
    symbol: a.symbol,
    name: escapeHtml(a.name),
    withdrawals: t(locale, `status-state-${a.withdrawals}`),
    deposits: t(locale, `status-state-${a.deposits}`),
  });
}
