/** The knowledge base as staff write it (prisma/knowledge/base.yaml) and as the engine reads it. */
export const KB_LANGS = ['en', 'de', 'zh'] as const;
export type KbLang = (typeof KB_LANGS)[number];

export interface KbText {
  title: string;
  /** Paraphrases: how members really ask it (slang and typos welcome). */
  questions: string[];
  /** Telegram HTML (<b>, <i>, <a href>, <code>). */
  answer: string;
}

export interface KbEntry {
  id: string;
  tags: string[];
  related: string[];
  /** ISO date or date-time; the entry is not answered before it. */
  validFrom?: string | null;
  /** ISO date or date-time; the entry is not answered after it. */
  validUntil?: string | null;
  texts: Partial<Record<KbLang, KbText>>;
}

/**
 * The tag of a decline entry: a kind of question the knowledge base deliberately does not answer
 * (price advice, tax, one member's own account…). Its questions are examples of that kind and its
 * answer says why the bot declines; a question closest to it is declined with the support button,
 * never answered. Staff teach the bot what not to answer the same way they teach it answers.
 */
export const DECLINE_TAG = 'decline';

export function isDecline(e: Pick<KbEntry, 'tags'>): boolean {
  return e.tags.includes(DECLINE_TAG);
}

export function isKbLang(x: string): x is KbLang {
  return (KB_LANGS as readonly string[]).includes(x);
}

/** Whether an entry may be answered at `now` (its validity window). */
export function isValidAt(e: Pick<KbEntry, 'validFrom' | 'validUntil'>, now: Date): boolean {
  if (e.validFrom && new Date(e.validFrom).getTime() > now.getTime()) return false;
  // A date without a time is inclusive: valid_until 2020-12-31 still answers on that day.
  const until = e.validUntil && /^\d{4}-\d{2}-\d{2}$/.test(e.validUntil) ? `${e.validUntil}T23:59:59.999Z` : e.validUntil;
  if (until && new Date(until).getTime() < now.getTime()) return false;
  return true;
}
