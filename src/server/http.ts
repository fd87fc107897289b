import http from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import type { Logger } from '../logger.js';
import type { PrismaClient } from '../db/client.js';

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  prisma: PrismaClient;
  /** Webhook mode: the bot and the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token. */
  webhook?: { bot: Bot<BotContext>; secret: string; path: string };
  /** Extra health facts (mode, uptime). */
  health?: () => Record<string, unknown>;
}

/**
 * Health (GET /healthz) always; in webhook mode also the webhook endpoint (POST path).
 * Telegram sends an update again when it gets no 200 in time, so update ids are deduplicated:
 * in memory for speed, and in the database so that a restart does not handle one twice.
 */
export function createHttpServer(opts: HttpServerOptions) {
  const recent = new Set<number>();
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  async function firstTime(updateId: number): Promise<boolean> {
    if (recent.has(updateId)) return false;
    recent.add(updateId);
    if (recent.size > 10_000) recent.delete(recent.values().next().value as number);
    const inserted = await opts.prisma.$executeRaw`INSERT INTO processed_updates (update_id) VALUES (${BigInt(updateId)}) ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      let db = 'ok';
      try {
        await opts.prisma.$queryRaw`SELECT 1`;
      } catch {
        db = 'unreachable';
      }
      const body = JSON.stringify({ ok: db === 'ok' && accepting, db, accepting, ...opts.health?.() });
      res.writeHead(db === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(body);
      return;
    }
    const hook = opts.webhook;
    if (hook && req.method === 'POST' && url.pathname === hook.path) {
      if (req.headers['x-telegram-bot-api-secret-token'] !== hook.secret) {
        res.writeHead(401).end('secret token mismatch');
        return;
      }
      if (!accepting) {
        res.writeHead(503).end('shutting down');
        return;
      }
      let update: Update;
      try {
        update = JSON.parse(await readBody(req, 1_000_000));
        if (typeof update?.update_id !== 'number') throw new Error('no update_id');
      } catch {
        res.writeHead(400).end('bad update');
        return;
      }
      const work = (async () => {
        if (!(await firstTime(update.update_id))) return;
        await hook.bot.handleUpdate(update);
      })();
      inFlight.add(work);
      try {
        await work;
        res.writeHead(200).end();
      } catch (err) {
        opts.logger.error({ err, update_id: update.update_id }, 'webhook update failed');
        res.writeHead(200).end(); // handled and logged: a retry would only fail again
      } finally {
        inFlight.delete(work);
      }
      return;
    }
    res.writeHead(404).end();
  });

  return {
    server,
    async listen(): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port, opts.host, () => resolve());
      });
      const addr = server.address();
      return typeof addr === 'object' && addr ? addr.port : opts.port;
    },
    /** Stops taking updates, waits for those in flight, then closes. */
    async close() {
      accepting = false;
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
    },
  };
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) reject(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
