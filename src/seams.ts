/**
 * Seams between capabilities. A capability that provides one of these replaces the default in
 * its create function (e.g. the knowledge base sets `questionText`); one that uses it calls
 * `services.seams.X` and works, degraded, while the provider is absent.
 */
export interface AssetStatusFact {
  symbol: string;
  /** operational | delayed | paused | resumed */
  withdrawals: string;
  deposits: string;
  updatedAt: Date;
}

export interface Seams {
  /** Knowledge base → support: a question the bot could not answer, to open a ticket with it. */
  questionText(id: number): Promise<{ text: string; lang: string; memberId: bigint } | null>;
  /**
   * Knowledge base → support: the entries that may answer a text (best first, at most 3, in the
   * language asked for, falling back to English), for the agent who works the ticket.
   */
  kbMatches(text: string, lang: string): Promise<{ id: string; title: string; answer: string }[]>;
  /** Status → knowledge base: the current state of an asset (symbol like BTC), or null if unknown. */
  assetStatus(symbol: string): Promise<AssetStatusFact | null>;
  /** Status → everyone: the asset symbols the exchange tracks. */
  knownAssets(): Promise<string[]>;
  /**
   * Delivery → safety: registers an official message (a broadcast) and returns the short code
   * printed under it, which members check with /verify CODE. null when safety is absent.
   */
  officialMessageCode(input: { kind: string; summary: string; sentAt: Date }): Promise<string | null>;
  /**
   * Anyone → delivery: queue one text per member (already in their language) through the outbox,
   * paced to Telegram's limits. Returns the broadcast id, or null when delivery is absent
   * (the caller then sends itself, slowly).
   */
  deliver(input: DeliverInput): Promise<number | null>;
  /**
   * Anyone → delivery: corrects a broadcast already sent: every copy is edited (paced), copies
   * still queued get the new text. Returns what was done, or null when delivery is absent.
   * Throws when there is nothing to correct (no copy went out).
   */
  correctDelivery(input: CorrectInput): Promise<CorrectResult | null>;
}

export interface CorrectResult {
  /** The broadcast of edits (null when no copy had gone out yet, only queued ones were corrected). */
  correctionId: number | null;
  /** Copies to be edited. */
  copies: number;
  /** Copies not sent yet that now carry the corrected text. */
  queued: number;
  /** Copies still in flight after the wait (sent with the old text, not edited). */
  inFlight?: number;
}

export interface CorrectInput {
  broadcastId: number;
  /** The new text per recipient (in their language). */
  messages?: { chatId: bigint; text: string }[];
  /** The new text by language, for recipients of the original not in `messages` (by member language). */
  texts?: Record<string, string>;
  /** Where the correction's progress and final report go. */
  progress?: { chatId: bigint; locale: string };
  /** The new text for the registered channels and groups, by language. */
  chatTexts?: Record<string, string>;
  authorId?: bigint;
}

export interface DeliverInput {
  /** What it is, for reports and the audit log: 'status', 'newsletter', 'support-reply', … */
  kind: string;
  /** Higher goes first: a status change (10) overtakes a newsletter (1). */
  priority: number;
  /** One message per recipient, already in the recipient's language (HTML parse mode). */
  messages: { chatId: bigint; text: string }[];
  /** Where to keep one live progress message (edited every few seconds) and the final report. */
  progress?: { chatId: bigint; locale: string };
  /** Who asked for it (audit). */
  authorId?: bigint;
  /**
   * Text for the official channel and groups that staff registered, by language (en, de, zh):
   * when given, each registered chat gets one post (pinned if registered so). Optional.
   */
  chatTexts?: Record<string, string>;
}

export function defaultSeams(): Seams {
  return {
    questionText: async () => null,
    kbMatches: async () => [],
    assetStatus: async () => null,
    knownAssets: async () => [],
    officialMessageCode: async () => null,
    deliver: async () => null,
    correctDelivery: async () => null,
  };
}
