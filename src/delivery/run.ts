import { Api } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { PrismaClient } from '../db/client.js';
import type { Services } from '../services.js';
import { createSender } from './sender.js';
import { leanFetch } from './fetch.js';

/**
 * The sender wired for production: its own Api (no auto-retry: the sender decides what is
 * repeated; a 30 s timeout, after which a message is uncertain) behind this process's 429 gate.
 */
export function startSender(o: { prisma: PrismaClient; config: Config; logger: Logger; services: Services; token: string; apiOptions?: Api['options']; transformers?: Parameters<Api['config']['use']>[0][] }) {
  const { delivery, members } = o.services;
  const fetch = o.apiOptions?.fetch ?? (leanFetch(globalThis.fetch as never) as never);
  const api = new Api(o.token, { apiRoot: o.config.apiRoot, ...o.apiOptions, timeoutSeconds: 30, fetch });
  for (const t of o.transformers ?? []) api.config.use(t);
  api.config.use(delivery.gate.transformer);
  const c = o.config.delivery;
  const sender = createSender({
    prisma: o.prisma,
    api,
    gate: delivery.gate,
    logger: o.logger.child({ capability: 'delivery' }),
    rate: c.paid ? c.paidRate : c.rate,
    paid: c.paid,
    concurrency: c.concurrency,
    progressMs: c.progressMs,
    onBlocked: (id) => members.setBlocked(id, true),
    onMigrated: (from, to) => delivery.chats.migrate(from, to),
  });
  sender.start();
  return sender;
}
