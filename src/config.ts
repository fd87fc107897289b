import * as v from 'valibot';
import cron from 'node-cron';

/** Telegram ids are int64: kept as BigInt everywhere. */
const telegramId = v.pipe(v.string(), v.trim(), v.regex(/^-?\d{1,19}$/, 'must be a numeric Telegram id'), v.transform((s: string) => BigInt(s)));
const idList = v.pipe(
  v.optional(v.string(), ''),
  v.transform((s) => s.split(/[\s,]+/).filter(Boolean)),
  v.array(telegramId),
);
const bool = v.pipe(
  v.optional(v.string(), 'false'),
  v.trim(),
  v.toLowerCase(),
  v.picklist(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false'),
  v.transform((s) => ['true', '1', 'yes', 'on'].includes(s)),
);
const int = (def: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.string(), String(def)),
    v.trim(),
    v.regex(/^\d+$/, 'must be a whole number'),
    v.transform(Number),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const optionalString = v.pipe(
  v.optional(v.string(), ''),
  v.trim(),
  v.transform((s) => (s === '' ? undefined : s)),
);
const url = (protocols: RegExp, what: string) =>
  v.pipe(optionalString, v.optional(v.pipe(v.string(), v.url('must be a URL'), v.regex(protocols, what))));

/** A node-cron expression (5 or 6 fields), checked at start so a typo never silently disables a job. */
const cronExpr = (def: string) =>
  v.pipe(
    v.optional(v.string(), def),
    v.trim(),
    v.check((s) => cron.validate(s), 'is not a valid cron expression (e.g. "*/5 * * * *")'),
  );

export const LOCALES = ['en', 'de', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

const schema = v.object({
  BOT_TOKEN: v.pipe(optionalString, v.optional(v.pipe(v.string(), v.regex(/^\d+:[\w-]{20,}$/, 'does not look like a bot token from @BotFather')))),
  BOT_MODE: v.pipe(v.optional(v.string(), 'polling'), v.trim(), v.picklist(['polling', 'webhook'], 'must be polling or webhook')),
  BOT_OWNERS: idList,
  TELEGRAM_API_ROOT: v.pipe(v.optional(v.string(), 'https://api.telegram.org'), v.trim(), v.url('must be a URL')),
  WEBHOOK_URL: url(/^https:\/\//, 'must be an https:// URL'),
  WEBHOOK_SECRET: v.pipe(optionalString, v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16 to 256 characters of A-Z, a-z, 0-9, _ and -')))),
  HTTP_HOST: v.pipe(v.optional(v.string(), '127.0.0.1'), v.trim(), v.nonEmpty('must not be empty')),
  HTTP_PORT: int(8080, 0, 65535),
  DATABASE_URL: url(/^postgres(ql)?:\/\//, 'must start with postgresql://'),
  DATA_DIR: v.pipe(v.optional(v.string(), './data'), v.trim(), v.nonEmpty('must not be empty')),
  DEFAULT_LOCALE: v.pipe(v.optional(v.string(), 'en'), v.trim(), v.picklist([...LOCALES], `must be one of ${LOCALES.join(', ')}`)),
  LOG_LEVEL: v.pipe(v.optional(v.string(), 'info'), v.trim(), v.picklist(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be a pino level (info, debug, …)')),
  MEMBER_RATE_LIMIT: int(20, 1, 10_000),
  MEMBER_RATE_WINDOW_MS: int(60_000, 100, 3_600_000),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 120_000),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(/^https?:\/\//, 'must be an http(s):// URL'),
  OPENAI_MODEL: v.pipe(v.optional(v.string(), 'gpt-4o-mini'), v.trim()),
  OPENAI_EMBEDDING_MODEL: v.pipe(v.optional(v.string(), 'text-embedding-3-small'), v.trim()),
  OPENAI_TIMEOUT_MS: int(4000, 100, 60_000),
  STAFF_CHAT_ID: v.pipe(optionalString, v.optional(telegramId)),
  PRIVACY_CONTACT: optionalString,
  // delivery: the outgoing pipe for mass messages
  DELIVERY_RATE: int(25, 1, 30),
  DELIVERY_PAID: bool,
  DELIVERY_PAID_RATE: int(1000, 1, 1000),
  DELIVERY_CONCURRENCY: int(0, 0, 256),
  DELIVERY_PROGRESS_MS: int(3000, 1000, 600_000),
  DELIVERY_SENDER: v.pipe(v.optional(v.string(), 'true'), v.trim(), v.toLowerCase(), v.picklist(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false'), v.transform((s) => ['true', '1', 'yes', 'on'].includes(s))),
  // Safety (issue 7): impersonation guard, look-alike links, official lists.
  SAFETY_BRAND_WORDS: v.pipe(v.optional(v.string(), 'okex,okx'), v.transform((s) => s.split(',').map((w) => w.trim()).filter(Boolean)), v.minLength(1, 'must name at least one brand word')),
  SAFETY_IMPERSONATION_ACTION: v.pipe(v.optional(v.string(), 'restrict'), v.trim(), v.toLowerCase(), v.picklist(['restrict', 'ban', 'alert'], 'must be restrict, ban or alert')),
  SAFETY_LOOKALIKE_DELETE: bool,
  SAFETY_SEED_OFFICIAL: v.pipe(v.optional(v.string(), 'true'), v.trim(), v.toLowerCase(), v.picklist(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false'), v.transform((s) => ['true', '1', 'yes', 'on'].includes(s))),
  // Support desk
  SUPPORT_SIGNATURE: v.pipe(v.optional(v.string(), 'Support'), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(64, 'must be at most 64 characters')),
  SUPPORT_NOTE_PREFIX: v.pipe(v.optional(v.string(), '//'), v.trim(), v.nonEmpty('must not be empty')),
  SUPPORT_FIRST_RESPONSE_MINUTES: int(60, 1, 10_080),
  SUPPORT_OFFICER_ID: v.pipe(optionalString, v.optional(telegramId)),
  SUPPORT_DIGEST_CRON: v.pipe(v.optional(v.string(), '0 8 * * *'), v.trim(), v.check((s) => cron.validate(s), 'must be a cron expression (node-cron)')),
  SUPPORT_REMINDER_CRON: v.pipe(v.optional(v.string(), '*/5 * * * *'), v.trim(), v.check((s) => cron.validate(s), 'must be a cron expression (node-cron)')),
  SUPPORT_TICKETS_PER_HOUR: int(3, 1, 1000),
  SUPPORT_MAX_MESSAGE_CHARS: int(3000, 100, 4000),
  SUPPORT_MAX_FILE_MB: int(20, 1, 50),
  // AMA: live sessions
  AMA_MAX_QUESTIONS_PER_MEMBER: int(3, 1, 100),
  AMA_GROUP_MESSAGES_PER_MINUTE: int(20, 1, 60),
  // --- status & approvals ---
  APPROVALS_REQUIRED: int(1, 1, 5),
  APPROVAL_TTL_MINUTES: int(60, 1, 7 * 24 * 60),
  REMINDER_MIN_INTERVAL: int(30, 1, 7 * 24 * 60),
  STATUS_SOURCE_URL: url(/^https?:\/\//, 'must be an http(s):// URL'),
  STATUS_SOURCE_CRON: cronExpr('*/5 * * * *'),
  STATUS_JOBS_CRON: cronExpr('* * * * *'),
  // knowledge: OpenAI calls allowed per UTC day (then local answers only); group auto-answer threshold.
  KB_OPENAI_DAILY_CALLS: int(5000, 0, 10_000_000),
  KB_SEED_FILE: optionalString,
  KB_AUTO_ANSWER_MIN_CONFIDENCE: v.pipe(v.optional(v.string(), '0.85'), v.trim(), v.regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a number from 0 to 1'), v.transform(Number)),
  SET_COMMANDS: v.pipe(v.optional(v.string(), "true"), v.trim(), v.toLowerCase(), v.picklist(["true", "false", "1", "0", "yes", "no", "on", "off"], "must be true or false"), v.transform((s) => ["true", "1", "yes", "on"].includes(s))),
});

export type RawEnv = Record<string, string | undefined>;

export interface Config {
  botToken?: string;
  botMode: 'polling' | 'webhook';
  owners: bigint[];
  apiRoot: string;
  webhookUrl?: string;
  webhookSecret?: string;
  httpHost: string;
  httpPort: number;
  databaseUrl?: string;
  dataDir: string;
  defaultLocale: Locale;
  logLevel: string;
  memberRateLimit: number;
  memberRateWindowMs: number;
  shutdownTimeoutMs: number;
  openai: { apiKey?: string; baseUrl?: string; model: string; embeddingModel: string; timeoutMs: number };
  staffChatId?: bigint;
  privacyContact?: string;
  setCommands: boolean;
  // delivery
  delivery: {
    /** Messages a second for the whole bot (Telegram: about 30). */
    rate: number;
    /** allow_paid_broadcast: up to 1000 a second, paid in Stars. */
    paid: boolean;
    paidRate: number;
    /** Requests in flight at once; 0 = chosen from the rate. */
    concurrency: number;
    /** The author's progress message is edited at most this often. */
    progressMs: number;
    /** Run the sender inside the bot process (false when `delivery run` runs apart). */
    sender: boolean;
  };
  // Safety (issue 7)
  safety: { brandWords: string[]; impersonationAction: 'restrict' | 'ban' | 'alert'; lookalikeDelete: boolean; seedOfficial: boolean };
  // Support desk
  support: {
    signature: string;
    notePrefix: string;
    firstResponseMinutes: number;
    officerId?: bigint;
    digestCron: string;
    reminderCron: string;
    ticketsPerHour: number;
    maxMessageChars: number;
    maxFileBytes: number;
  };
  // AMA: live sessions
  ama: { maxQuestionsPerMember: number; groupMessagesPerMinute: number };
  // --- status & approvals ---
  approvals: { required: number; ttlMinutes: number };
  status: { reminderMinIntervalMinutes: number; sourceUrl?: string; sourceCron: string; jobsCron: string };
  /** knowledge */
  knowledge: { openaiDailyCalls: number; autoAnswerMinConfidence: number; seedFile?: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/**
 * Validates the environment once. Every problem is reported as one line that names the variable;
 * values are never echoed (a token must not reach a terminal log).
 */
export function createConfig(env: RawEnv, opts: { requireToken?: boolean } = {}): Config {
  const input = Object.fromEntries(Object.keys(schema.entries).map((k) => [k, env[k]]));
  const res = v.safeParse(schema, input);
  const problems: string[] = [];
  if (!res.success) {
    for (const issue of res.issues) {
      const key = issue.path?.[0]?.key ?? 'environment';
      problems.push(`${String(key)} ${issue.message}`);
    }
    throw new ConfigError(dedupe(problems));
  }
  const e = res.output;
  if (opts.requireToken !== false && !e.BOT_TOKEN) {
    problems.push('BOT_TOKEN is missing: get one from @BotFather and put it in .env (or try `npm run demo`, which needs none)');
  }
  if (e.BOT_MODE === 'webhook') {
    if (!e.WEBHOOK_URL) problems.push('WEBHOOK_URL is required when BOT_MODE=webhook');
    if (!e.WEBHOOK_SECRET) problems.push('WEBHOOK_SECRET is required when BOT_MODE=webhook');
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    botToken: e.BOT_TOKEN,
    botMode: e.BOT_MODE as Config['botMode'],
    owners: e.BOT_OWNERS,
    apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    httpHost: e.HTTP_HOST,
    httpPort: e.HTTP_PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    defaultLocale: e.DEFAULT_LOCALE as Locale,
    logLevel: e.LOG_LEVEL,
    memberRateLimit: e.MEMBER_RATE_LIMIT,
    memberRateWindowMs: e.MEMBER_RATE_WINDOW_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL,
      embeddingModel: e.OPENAI_EMBEDDING_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
    },
    staffChatId: e.STAFF_CHAT_ID,
    privacyContact: e.PRIVACY_CONTACT,
    setCommands: e.SET_COMMANDS,
    delivery: {
      rate: e.DELIVERY_RATE,
      paid: e.DELIVERY_PAID,
      paidRate: e.DELIVERY_PAID_RATE,
      concurrency: e.DELIVERY_CONCURRENCY,
      progressMs: e.DELIVERY_PROGRESS_MS,
      sender: e.DELIVERY_SENDER,
    },
    // Safety (issue 7)
    safety: {
      brandWords: e.SAFETY_BRAND_WORDS,
      impersonationAction: e.SAFETY_IMPERSONATION_ACTION as Config['safety']['impersonationAction'],
      lookalikeDelete: e.SAFETY_LOOKALIKE_DELETE,
      seedOfficial: e.SAFETY_SEED_OFFICIAL,
    },
    // Support desk
    support: {
      signature: e.SUPPORT_SIGNATURE,
      notePrefix: e.SUPPORT_NOTE_PREFIX,
      firstResponseMinutes: e.SUPPORT_FIRST_RESPONSE_MINUTES,
      officerId: e.SUPPORT_OFFICER_ID,
      digestCron: e.SUPPORT_DIGEST_CRON,
      reminderCron: e.SUPPORT_REMINDER_CRON,
      ticketsPerHour: e.SUPPORT_TICKETS_PER_HOUR,
      maxMessageChars: e.SUPPORT_MAX_MESSAGE_CHARS,
      maxFileBytes: e.SUPPORT_MAX_FILE_MB * 1024 * 1024,
    },
    // AMA: live sessions
    ama: { maxQuestionsPerMember: e.AMA_MAX_QUESTIONS_PER_MEMBER, groupMessagesPerMinute: e.AMA_GROUP_MESSAGES_PER_MINUTE },
    // --- status & approvals ---
    approvals: { required: e.APPROVALS_REQUIRED, ttlMinutes: e.APPROVAL_TTL_MINUTES },
    status: {
      reminderMinIntervalMinutes: e.REMINDER_MIN_INTERVAL,
      sourceUrl: e.STATUS_SOURCE_URL,
      sourceCron: e.STATUS_SOURCE_CRON,
      jobsCron: e.STATUS_JOBS_CRON,
    },
    // knowledge
    knowledge: { openaiDailyCalls: e.KB_OPENAI_DAILY_CALLS, autoAnswerMinConfidence: e.KB_AUTO_ANSWER_MIN_CONFIDENCE, seedFile: e.KB_SEED_FILE },
  };
}

function dedupe(lines: string[]) {
  return [...new Set(lines)];
}

/** Prints the problems, one a line, and exits 2: no stack trace for a configuration mistake. */
export function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configuration error:\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(2);
  }
  throw err;
}
