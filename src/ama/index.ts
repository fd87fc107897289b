import { Composer } from 'grammy';
import type { Capability } from '../capabilities.js';
import type { BotContext } from '../bot/context.js';
import { sessionComposer } from './bot-sessions.js';
import { hostComposer } from './bot-host.js';
import { memberComposer } from './bot-member.js';
import { amaJobs } from './jobs.js';
import { amaCli } from './cli.js';
import { amaRuntime } from './runtime.js';
import { newSessionConversation } from './bot-new.js';
import { satisfies } from '../access/roles.js';

const HOST = ['ama_host', 'admin'] as const;
const MOD = ['moderator', 'ama_host', 'admin'] as const;

export const amaCapability: Capability = {
  name: 'ama',
  features: (deps) => {
    const composer = new Composer<BotContext>();
    composer.use((ctx, next) => {
      amaRuntime(ctx.deps).bind(ctx.api);
      return next();
    });
    // Staff first: a host's reply to a console question must not be taken for a new question.
    // The conversation plugin looks up state on every update it sees: only hosts' private chats need it.
    composer.filter((ctx) => ctx.chat?.type === 'private' && satisfies(ctx.roles, [...HOST]), newSessionConversation(deps));
    composer.use(sessionComposer(), hostComposer(), memberComposer());
    return [
      {
        name: 'ama',
        composer,
        commands: [
          { command: 'ask', descriptionKey: 'ama-cmd-ask' },
          { command: 'ask_anon', descriptionKey: 'ama-cmd-ask-anon' },
          { command: 'ama_new', descriptionKey: 'ama-cmd-new', roles: [...HOST] },
          { command: 'ama_list', descriptionKey: 'ama-cmd-list', roles: [...HOST] },
          { command: 'ama_open', descriptionKey: 'ama-cmd-open', roles: [...HOST] },
          { command: 'ama_pause', descriptionKey: 'ama-cmd-pause', roles: [...HOST] },
          { command: 'ama_close', descriptionKey: 'ama-cmd-close', roles: [...HOST] },
          { command: 'next', descriptionKey: 'ama-cmd-next', roles: [...HOST] },
          { command: 'ama_export', descriptionKey: 'ama-cmd-export', roles: [...HOST] },
          { command: 'ama_edit', descriptionKey: 'ama-cmd-edit', roles: [...MOD] },
          { command: 'ama_merge', descriptionKey: 'ama-cmd-merge', roles: [...MOD] },
          { command: 'ama_suggestions', descriptionKey: 'ama-cmd-suggestions', roles: ['ama_host', 'admin', 'support', 'moderator'] },
        ],
      },
    ];
  },
  jobs: (deps, api) => amaJobs(deps, api),
  cli: amaCli,
};
