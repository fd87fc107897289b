import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { I18n } from '@grammyjs/i18n';
import { LOCALES, type Locale } from '../config.js';
import type { BotContext } from './context.js';

export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

/** Maps a Telegram language code (en-US, de, zh-hans, zh-CN …) to one of our locales. */
export function toLocale(code: string | null | undefined, fallback: Locale = 'en'): Locale {
  if (!code) return fallback;
  const base = code.toLowerCase().split(/[-_]/)[0] as Locale;
  return (LOCALES as readonly string[]).includes(base) ? base : fallback;
}

export function createI18n(defaultLocale: Locale = 'en') {
  return new I18n<BotContext>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: false,
    // Plain text in tests and in Telegram: no Unicode isolation marks around variables.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => toLocale(ctx.member?.locale ?? ctx.from?.language_code, defaultLocale),
  });
}

/** One shared instance: the Fluent files are parsed once per process. */
let shared: I18n<BotContext> | undefined;
export function i18n(): I18n<BotContext> {
  shared ??= createI18n();
  return shared;
}

/** Translate outside an update (broadcasts, jobs, CLI). */
export function t(locale: string, key: string, vars?: Record<string, string | number>): string {
  return i18n().t(toLocale(locale), key, vars);
}
