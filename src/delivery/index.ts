import type { Capability } from '../capabilities.js';
import { deliveryFeature } from './bot.js';
import { deliveryCli } from './cli.js';
import { startSender } from './run.js';

/** delivery: the one outgoing pipe for mass messages. */
export const deliveryCapability: Capability = {
  name: 'delivery',
  features: () => [deliveryFeature()],
  jobs(deps, api) {
    if (!deps.config.delivery.sender) return [];
    return [startSender({ prisma: deps.prisma, config: deps.config, logger: deps.logger, services: deps.services, token: api.token, apiOptions: api.options })];
  },
  cli: deliveryCli,
};
