import type { Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { PrismaClient } from '../db/client.js';
import type { Role } from '../access/roles.js';
import type { MemberView } from '../members/service.js';
import type { Services } from '../services.js';

/** What every handler can reach: built once in main.ts (or a test) and put on the context. */
export interface Deps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
  services: Services;
  /** The clock, so tests can control time. */
  now: () => Date;
}

export interface BotContextFlavor {
  deps: Deps;
  logger: Logger;
  /** The member who sent this update (absent for channel posts and the like). */
  member?: MemberView;
  /** Staff roles of the sender (empty for members). */
  roles: Set<Role>;
}

export type BotContext = Context & I18nFlavor & BotContextFlavor;
