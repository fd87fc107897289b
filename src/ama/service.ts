import type { PrismaClient } from '../db/client.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { AccessService } from '../access/service.js';
import type { MemberEraser } from '../members/service.js';
import { createAmaAi, type AmaAi } from './ai.js';
import { createSessionStore } from './sessions.js';
import { createQuestionStore } from './questions.js';
import { createExporter } from './export.js';

/** The AMA capability's domain: sessions, questions and votes, exports. No grammY here. */
export function createAmaService(prisma: PrismaClient, config: Config, logger: Logger, access: AccessService, ai: AmaAi = createAmaAi(config, logger)) {
  const questions = createQuestionStore(prisma, access, ai, { maxPerMember: config.ama.maxQuestionsPerMember });
  const eraser: MemberEraser = (tx, memberId) => questions.erase(tx, memberId);
  return {
    ai,
    sessions: createSessionStore(prisma, access),
    questions,
    exporter: createExporter(prisma, ai),
    eraser,
  };
}
export type AmaService = ReturnType<typeof createAmaService>;
