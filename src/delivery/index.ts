import type { Capability } from '../capabilities.js';
import { deliveryFeature } from './bot.js';
import { deliveryCli } from './cli.js';
import { startSender } from './run.js';
import { createSharedGate } from './shared-gate.js';

/** delivery: the one outgoing pipe for mass messages. */
export const deliveryCapability: Capability = {
  name: 'delivery',
  features: () => [deliveryFeature()],
  jobs(deps, api) {
    // The bot's replies wait out a 429 that a separate `delivery run` process got, and vice versa.
    const shared = createSharedGate({ prisma: deps.prisma, gate: deps.services.delivery.gate, logger: deps.logger });
    shared.start();
    if (!deps.config.delivery.sender) return [shared];
    return [shared, startSender({ prisma: deps.prisma, config: deps.config, logger: deps.logger, services: deps.services, token: api.token, apiOptions: api.options })];
  },
  cli: deliveryCli,
};
