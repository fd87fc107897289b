import type { Api } from 'grammy';
import type { Deps } from './bot/context.js';
import type { Feature } from './bot/feature.js';
import type { CliCommand } from './cli/types.js';

/** Something started at boot that shutdown must stop (a cron task, a sender loop). */
export interface Stoppable {
  stop(): void | Promise<void>;
}

/**
 * One capability's pieces. Each capability folder exports one of these; this list is the only
 * place that knows them all, so adding a capability is one line here.
 */
export interface Capability {
  name: string;
  features?(deps: Deps): Feature[];
  /** Scheduled work (node-cron), started after the bot; returned so shutdown can stop it. */
  jobs?(deps: Deps, api: Api): Stoppable[];
  cli?: CliCommand[];
}

import { foundationCli } from './cli/foundation.js';
import { safetyCapability } from './safety/index.js';
import { statusCapability } from './status/index.js';
import { supportCapability } from './support/index.js';
import { amaCapability } from './ama/index.js';
import { knowledgeCapability } from './knowledge/index.js';
import { deliveryCapability } from './delivery/index.js';

/**
 * Order matters:
 * - safety first: its guards stop seed phrases and keys before any other feature sees a message;
 * - staff flows that read free text (status's /setstatus conversation, delivery's /broadcast) next;
 * - support before the knowledge base: a member's message goes to their open ticket (or the ticket
 *   being written), AMA questions to the AMA, and only otherwise to the question answerer;
 * - the knowledge base last: it answers any remaining private text.
 */
export const capabilities: Capability[] = [
  { name: 'foundation', cli: foundationCli },
  safetyCapability,
  statusCapability,
  deliveryCapability,
  supportCapability,
  amaCapability,
  knowledgeCapability,
];
