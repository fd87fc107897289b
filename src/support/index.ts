import { Composer } from 'grammy';
import type { Capability } from '../capabilities.js';
import type { BotContext } from '../bot/context.js';
import { memberComposer } from './member-bot.js';
import { staffComposer } from './staff-bot.js';
import { supportJobs } from './jobs.js';
import { supportCli } from './cli.js';

/** The support desk: tickets from members, answered from the staff group. */
export const supportCapability: Capability = {
  name: 'support',
  features: () => [
    {
      name: 'support',
      composer: new Composer<BotContext>(staffComposer(), memberComposer()),
      commands: [
        { command: 'support', descriptionKey: 'ticket-cmd-support' },
        { command: 'tickets', descriptionKey: 'ticket-cmd-tickets' },
        { command: 'queue', descriptionKey: 'ticket-cmd-queue', roles: ['support'] },
        { command: 'reply_group', descriptionKey: 'ticket-cmd-reply-group', roles: ['support'] },
        { command: 'ticket_ban', descriptionKey: 'ticket-cmd-ban', roles: ['support'] },
        { command: 'ticket_unban', descriptionKey: 'ticket-cmd-unban', roles: ['support'] },
        { command: 'ticket_category', descriptionKey: 'ticket-cmd-category', roles: ['admin'] },
      ],
      menu: [{ labelKey: 'ticket-menu', data: 'support:new' }],
    },
  ],
  jobs: (deps, api) => supportJobs(deps, api),
  cli: supportCli,
};
