import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Services } from '../services.js';
import type { Logger } from '../logger.js';

export interface CliContext {
  config: Config;
  logger: Logger;
  /** Opens the database (joining a running bot's embedded one) and applies pending migrations. */
  db(): Promise<Database>;
  services(): Promise<Services>;
  out(line: string): void;
  err(line: string): void;
  /** Standard input as text (for commands that read lines). */
  stdin(): Promise<string>;
}

export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  description: string;
  multiple?: boolean;
}

export interface CliCommand {
  /** Words that name it: ['staff', 'grant']. */
  path: string[];
  summary: string;
  /** Positional arguments as shown in help: '<telegram-id> <role>'. */
  args?: string;
  options?: Record<string, CliOption>;
  run(ctx: CliContext, args: { positionals: string[]; values: Record<string, string | boolean | string[] | undefined> }): Promise<number | void>;
}

/** Bad usage: exit code 2 with the message and the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}
