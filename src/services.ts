import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PrismaClient } from './db/client.js';
import { createAccessService, type AccessService } from './access/service.js';
import { createMembersService, type MembersService, type MemberEraser } from './members/service.js';
import { defaultSeams, type Seams } from './seams.js';
import { createDeliveryService, type DeliveryService } from './delivery/service.js';
import { createSafetyService, type SafetyService } from './safety/service.js';

/**
 * Every capability's service, built once from the database and the configuration.
 * A capability talks to another through that one's service, never through its tables.
 */
export interface Services {
  access: AccessService;
  members: MembersService;
  /** Capabilities that keep personal data register how to erase it (/forgetme). */
  erasers: MemberEraser[];
  /** Cross-capability hooks; see seams.ts. */
  seams: Seams;
  /** The outbox for mass messages and the bot's shared 429 gate. */
  delivery: DeliveryService;
  safety: SafetyService;
}

export function createServices(prisma: PrismaClient, config: Config, logger: Logger): Services {
  const access = createAccessService(prisma, { owners: config.owners });
  const members = createMembersService(prisma);
  const erasers: MemberEraser[] = [];
  const seams = defaultSeams();
  // Capabilities are created below, each taking what it needs and filling the seams it provides.
  const safety = createSafetyService(prisma, access, config.safety);
  seams.officialMessageCode = (input) => safety.official.messageCode(input);
  erasers.push((tx, id) => safety.erase(tx, id));
  // delivery
  const delivery = createDeliveryService(prisma, { access, members, logger });
  seams.deliver = (input) => delivery.deliver(input);
  seams.correctDelivery = (input) => delivery.correct({ id: input.authorId ?? null, via: 'system' }, input.broadcastId, input);
  return { access, members, erasers, seams, safety, delivery };
}
