import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, tgErrors, type TelegramErrorBody } from './errors.js';
import { createMethods, type Method, type Payload } from './methods.js';
import { parseMultipart, type Part } from './multipart.js';
import type { TelegramState } from './state.js';

export interface Scripted {
  method: string;
  chatId?: number;
  error: TelegramErrorBody;
  times: number;
}

export interface HandlerOptions {
  /** Only this token is accepted (401 otherwise); any token when absent. */
  token?: string;
  /** Keep every call (method and payload) in `state.calls`. */
  recordCalls: boolean;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Answers `/bot<token>/<method>` (JSON, multipart or urlencoded bodies, or a query string) and
 * `/file/bot<token>/<path>` the way api.telegram.org does.
 */
export function createHandler(s: TelegramState, opts: HandlerOptions, scripted: Scripted[]) {
  const methods = new Map<string, Method>(Object.entries(createMethods(s)).map(([k, v]) => [k.toLowerCase(), v]));
  let poll: { conflict: () => void } | undefined;

  async function getUpdates(p: Payload, res: ServerResponse) {
    if (s.webhook) throw new ApiError(tgErrors.conflictWebhook());
    if (Array.isArray(p.allowed_updates)) s.updates.allowed = p.allowed_updates.length ? new Set(p.allowed_updates) : undefined;
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
    const timeout = Math.min(50, Math.max(0, Number(p.timeout ?? 0)));
    let updates = s.updates.take(offset, limit);
    if (updates.length || !timeout) return updates;
    // Telegram ends an earlier long poll when a new one comes in.
    poll?.conflict();
    let conflicted = false;
    const wait = s.updates.wait(timeout * 1000);
    const me = { conflict: () => ((conflicted = true), wait.cancel()) };
    poll = me;
    res.once('close', wait.cancel);
    await wait.done;
    res.off('close', wait.cancel);
    if (poll === me) poll = undefined;
    if (conflicted) throw new ApiError(tgErrors.conflictPolling());
    return s.updates.take(offset, limit);
  }

  function answer(res: ServerResponse, status: number, body: unknown) {
    if (res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://local');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      const f = s.filesByPath.get(decodeURIComponent(file[2]!));
      if (!f || (opts.token && file[1] !== opts.token)) return answer(res, 404, tgErrors.notFound());
      res.writeHead(200, { 'content-type': f.mime_type ?? 'application/octet-stream', 'content-length': f.bytes.length });
      return res.end(f.bytes);
    }
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m) {
      if (url.pathname === '/') return answer(res, 200, { ok: true, result: 'local Bot API server' });
      return answer(res, 404, tgErrors.notFound());
    }
    const [, token, method] = m as unknown as [string, string, string];
    const body = await readBody(req);
    const f = s.faults;
    if (f.latencyMs || f.jitterMs) await delay(f.latencyMs + Math.random() * f.jitterMs);
    s.stats.requests++;
    s.stats.byMethod[method] = (s.stats.byMethod[method] ?? 0) + 1;
    const drop = f.dropProbability > 0 && Math.random() < f.dropProbability;
    if (drop && f.dropWhen === 'before') return dropConnection(res);
    let status = 200;
    let reply: unknown;
    try {
      if (opts.token && token !== opts.token) throw new ApiError(tgErrors.unauthorized());
      const handler = methods.get(method.toLowerCase());
      if (!handler) throw new ApiError(tgErrors.notFound());
      const { payload, files } = parse(body, req.headers['content-type'] ?? '', url.searchParams);
      if (opts.recordCalls) s.calls.push({ method, payload });
      const chatId = payload.chat_id !== undefined ? Number(payload.chat_id) : undefined;
      const sc = scripted.find((x) => x.times > 0 && x.method === method && (x.chatId === undefined || x.chatId === chatId));
      if (sc) {
        sc.times--;
        throw new ApiError(sc.error);
      }
      const result = method === 'getUpdates' ? await getUpdates(payload, res) : await handler(payload, files);
      reply = { ok: true, result };
    } catch (err) {
      const e = err instanceof ApiError ? err.body : { ok: false, error_code: 500, description: `Internal Server Error: ${(err as Error).message}` };
      status = e.error_code;
      reply = e;
      s.stats.errors[e.error_code] = (s.stats.errors[e.error_code] ?? 0) + 1;
    }
    if (drop) return dropConnection(res);
    answer(res, status, reply);
  }

  function dropConnection(res: ServerResponse) {
    s.stats.droppedConnections++;
    res.socket?.destroy();
  }

  // getUpdates is a method too (so the 404 check passes); its body lives above.
  methods.set('getupdates', () => []);
  return {
    handle: (req: IncomingMessage, res: ServerResponse) =>
      handle(req, res).catch((err) => answer(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${(err as Error).message}` })),
    endPolls: () => s.updates.cancelAll(),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Form fields arrive as strings: numbers, booleans and JSON objects are read back as Telegram does. */
function fieldValue(v: string): unknown {
  if (/^-?\d{1,15}$/.test(v)) return Number(v);
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

function parse(body: Buffer, type: string, query: URLSearchParams): { payload: Payload; files: Map<string, Part> } {
  const payload: Payload = {};
  const files = new Map<string, Part>();
  for (const [k, v] of query) payload[k] = fieldValue(v);
  if (!body.length) return { payload, files };
  if (type.startsWith('application/json')) {
    try {
      Object.assign(payload, JSON.parse(body.toString('utf8')));
    } catch {
      throw new ApiError(tgErrors.badRequest("can't parse JSON object"));
    }
  } else if (type.startsWith('multipart/form-data')) {
    for (const part of parseMultipart(body, type)) {
      if (part.filename !== undefined) files.set(part.name, part);
      else payload[part.name] = fieldValue(part.data.toString('utf8'));
    }
  } else {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) payload[k] = fieldValue(v);
  }
  return { payload, files };
}
