import { GrammyError, HttpError } from 'grammy';

/** What became of one request, and therefore of its outbox row. */
export type Outcome =
  | { kind: 'sent'; messageId?: number }
  /** 429: not delivered; the row goes back to the queue and the whole bot pauses. */
  | { kind: 'retry_after'; seconds: number }
  /** The request surely never reached Telegram: safe to send again. */
  | { kind: 'not_sent'; error: string }
  | { kind: 'blocked'; error: string }
  | { kind: 'left'; error: string }
  | { kind: 'not_found'; error: string }
  | { kind: 'migrated'; to: bigint; error: string }
  | { kind: 'failed'; error: string }
  /** It may have arrived: never repeated. */
  | { kind: 'uncertain'; error: string };

/**
 * Connection errors raised before a single byte of the request was written: the server never saw
 * it. Everything else (reset, timeout, abort, a 5xx) may have been delivered: Telegram has no
 * idempotency key, so such a message is marked uncertain and not sent again.
 */
const NEVER_SENT = new Set([
  // no connection: refused, no route, no address
  'ECONNREFUSED', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EADDRNOTAVAIL', 'ERR_INVALID_URL',
  // the name did not resolve
  'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME',
  // connecting timed out, or TLS refused the certificate: nothing was written yet
  'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function errorCode(err: unknown): string | undefined {
  let e: any = err;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string') return e.code;
    e = e.error ?? e.cause;
  }
  return undefined;
}

export function classify(err: unknown): Outcome {
  if (err instanceof GrammyError) {
    const d = err.description;
    const p = err.parameters ?? {};
    if (err.error_code === 429) return { kind: 'retry_after', seconds: p.retry_after ?? 1 };
    if (p.migrate_to_chat_id !== undefined) return { kind: 'migrated', to: BigInt(p.migrate_to_chat_id), error: d };
    if (err.error_code === 403) {
      if (/blocked|deactivated/i.test(d)) return { kind: 'blocked', error: d };
      if (/kicked|not a member|left/i.test(d)) return { kind: 'left', error: d };
      return { kind: 'failed', error: d };
    }
    if (err.error_code === 400 && /chat not found|user not found|PEER_ID_INVALID/i.test(d)) return { kind: 'not_found', error: d };
    if (err.error_code === 400 && /message is not modified/i.test(d)) return { kind: 'sent' };
    if (err.error_code >= 500) return { kind: 'uncertain', error: `${err.error_code} ${d}` };
    return { kind: 'failed', error: `${err.error_code} ${d}` };
  }
  const code = errorCode(err);
  const message = err instanceof HttpError ? `${err.message} (${code ?? 'network'})` : String((err as Error)?.message ?? err);
  if (code && NEVER_SENT.has(code)) return { kind: 'not_sent', error: message };
  return { kind: 'uncertain', error: message };
}
