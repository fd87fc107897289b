import type { Capability } from '../capabilities.js';
import { knowledgeFeature } from './bot.js';
import { knowledgeCli } from './cli.js';

/**
 * Knowledge base and answers. The engine is built lazily on first use; `jobs` warms it at boot
 * (seeding an empty knowledge base from prisma/knowledge/base.yaml), so the first member does not wait.
 */
export const knowledgeCapability: Capability = {
  name: 'knowledge',
  features: () => [knowledgeFeature()],
  jobs: (deps) => {
    deps.services.knowledge.ready().catch((err) => deps.logger.error({ err }, 'knowledge base failed to load'));
    // Shutdown stops jobs before it closes the database: the question log is written then.
    return [{ stop: () => deps.services.knowledge.flushQuestions() }];
  },
  cli: knowledgeCli,
};
