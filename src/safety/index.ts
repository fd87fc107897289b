import type { Capability } from '../capabilities.js';
import { safetyFeature } from './bot.js';
import { safetyCli } from './cli.js';

/**
 * Trust and safety (issue 7). Its feature must be the FIRST capability feature: its guards stop
 * messages carrying recovery phrases or keys before any other feature can see or store them.
 */
export const safetyCapability: Capability = {
  name: 'safety',
  features: () => [safetyFeature()],
  jobs: (deps) => {
    if (!deps.config.safety.seedOfficial) return [];
    // First start: the official lists are filled from the seed file's links when empty. Shutdown
    // waits for it (stop), so the database is not closed under a running insert.
    const seeding = deps.services.safety.official
      .seedDefaults({ id: null, via: 'system' }, { onlyIfEmpty: true })
      .then((n) => n && deps.logger.info({ added: n }, 'safety: official lists seeded'))
      .catch((err) => deps.logger.warn({ err }, 'safety: seeding official lists failed'));
    return [{ stop: () => seeding.then(() => undefined) }];
  },
  cli: safetyCli,
};
