import { LOCALES, type Locale } from '../config.js';

/** The small, clear set of states an asset's withdrawals or deposits can be in. */
export const STATES = ['operational', 'delayed', 'paused', 'resumed'] as const;
export type State = (typeof STATES)[number];
export const DIRECTIONS = ['withdrawals', 'deposits'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const isState = (s: string): s is State => (STATES as readonly string[]).includes(s);
export const isDirection = (s: string): s is Direction => (DIRECTIONS as readonly string[]).includes(s);

/** Staff texts: English is required, German and Chinese fall back to a translated template. */
export type Texts = { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>;

/** What a `status.change` approval request carries. */
export interface ChangePayload {
  symbol: string;
  direction: Direction;
  /** null: an update without a state change. */
  state: State | null;
  texts: Texts;
  /** Reminder cadence while paused, minutes (null turns reminders off; absent leaves it). */
  reminderMinutes?: number | null;
  /** ISO time: an announcement scheduled for later (runs at that time once approved). */
  at?: string;
  /** 'external' when the external status source detected it. */
  source?: string;
}

/** What a `status.correction` approval request carries. */
export interface CorrectionPayload {
  updateId: number;
  texts: Texts;
}

/** Symbols are short upper-case tickers: BTC, USDT, 1INCH. */
export function normalizeSymbol(s: string): string | undefined {
  const sym = s.trim().toUpperCase();
  return /^[A-Z0-9]{2,12}$/.test(sym) ? sym : undefined;
}

/** Cleans a texts object (trimmed, empty optional ones dropped); undefined when English is missing. */
export function cleanTexts(input: Record<string, unknown>): Texts | undefined {
  const en = typeof input.en === 'string' ? input.en.trim() : '';
  if (!en) return undefined;
  const out: Texts = { en };
  for (const l of LOCALES) {
    if (l === 'en') continue;
    const v = input[l];
    if (typeof v === 'string' && v.trim()) out[l] = v.trim();
  }
  return out;
}

/** "2026-11-25 06:00 UTC": times in member messages are UTC, unambiguous in every language. */
export function utc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
