import type { Capability } from '../capabilities.js';
import { approvalsFeature } from '../access/approvals-bot.js';
import { statusFeature } from './bot.js';
import { statusJobs } from './jobs.js';
import { statusCli, subscribersCli } from './cli.js';
import { approvalsCli } from '../access/approvals-cli.js';

/** Withdrawal/deposit status with two-person approval (the approvals feature lives in access/). */
export const statusCapability: Capability = {
  name: 'status',
  features: (deps) => [approvalsFeature(), statusFeature(deps)],
  jobs: (deps, api) => statusJobs(deps, api),
  cli: [...statusCli, ...subscribersCli, ...approvalsCli],
};
