import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PrismaClient } from './db/client.js';
import { createAccessService, type AccessService } from './access/service.js';
import { createMembersService, type MembersService, type MemberEraser } from './members/service.js';
import { defaultSeams, type Seams } from './seams.js';
import { createDeliveryService, type DeliveryService } from './delivery/service.js';
import { createSafetyService, type SafetyService } from './safety/service.js';
import { createSupportService, type SupportService } from './support/service.js';
import { createAmaService, type AmaService } from './ama/service.js';
import { createApprovalsService, type ApprovalsService } from './access/approvals.js';
import { createStatusService, type StatusService } from './status/service.js';
import { createKnowledgeService, type KnowledgeService } from './knowledge/service.js';
import { createKbAi } from './knowledge/openai.js';

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
  support: SupportService;
  ama: AmaService;
  /** Two-person approval: status changes and broadcasts register their executors here. */
  approvals: ApprovalsService;
  status: StatusService;
  /** Knowledge base and answer engine (built lazily on first use; seeds an empty KB from prisma/knowledge/base.yaml). */
  knowledge: KnowledgeService;
}

export interface ServicesOptions {
  /** The clock (tests control time through it). */
  now?: () => Date;
}

export function createServices(prisma: PrismaClient, config: Config, logger: Logger, opts: ServicesOptions = {}): Services {
  const now = opts.now ?? (() => new Date());
  const access = createAccessService(prisma, { owners: config.owners });
  const members = createMembersService(prisma);
  const erasers: MemberEraser[] = [];
  const seams = defaultSeams();
  // Capabilities are created below, each taking what it needs and filling the seams it provides.
  // knowledge
  const ai = config.openai.apiKey
    ? createKbAi({ ...config.openai, apiKey: config.openai.apiKey, dailyBudget: config.knowledge.openaiDailyCalls, logger })
    : null;
  const knowledge = createKnowledgeService(prisma, { access, seams, logger, ai, seedFile: config.knowledge.seedFile });
  seams.questionText = (id) => knowledge.questionText(id);
  seams.kbMatches = (text, lang) => knowledge.matches(text, lang);
  erasers.push((tx, memberId) => knowledge.erase(tx, memberId));
  const safety = createSafetyService(prisma, access, members, config.safety);
  seams.officialMessageCode = (input) => safety.official.messageCode(input);
  erasers.push((tx, id) => safety.erase(tx, id));
  const support = createSupportService(prisma, access);
  erasers.push((tx, memberId) => support.erase(tx, memberId));
  const ama = createAmaService(prisma, config, logger, access);
  erasers.push(ama.eraser);
  const approvals = createApprovalsService(prisma, access, { ...config.approvals, now });
  const status = createStatusService(prisma, { config, logger, access, approvals, members, seams, now });
  seams.assetStatus = (symbol) => status.fact(symbol);
  seams.knownAssets = () => status.knownAssets();
  erasers.push((tx, memberId) => status.followers.erase(tx, memberId));
  // delivery
  const delivery = createDeliveryService(prisma, { access, members, logger, approvals });
  seams.deliver = (input) => delivery.deliver(input);
  seams.correctDelivery = (input) => delivery.correct({ id: input.authorId ?? null, via: 'system' }, input.broadcastId, input);
  return { access, members, erasers, seams, safety, support, ama, approvals, status, knowledge, delivery };
}
