import pino, { type Logger } from 'pino';

export type { Logger };

const secrets = new Set<string>();

/** Registers a value (the bot token, an API key) that must never appear in a log line. */
export function registerSecret(value: string | undefined) {
  if (value && value.length >= 8) secrets.add(value);
}

/** Replaces every registered secret and anything shaped like a bot token. */
export function scrub(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[secret]');
  return out.replace(/(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}/g, '[bot-token]');
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/**
 * pino, with every logged object passed through `scrub`: tokens never reach a log, even inside an
 * error message that quotes a request URL. Member texts are not logged by the code at all.
 */
export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'botToken', 'apiKey', '*.apiKey', 'authorization', '*.authorization'], censor: '[secret]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: unknown) => scrubDeep(e) },
    },
    destination,
  );
}
