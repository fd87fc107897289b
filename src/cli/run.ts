import { parseArgs } from 'node:util';
import pino from 'pino';
import { ConfigError, createConfig, type RawEnv } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { applyMigrations, MigrationError } from '../db/migrations.js';
import { createServices, type Services } from '../services.js';
import { AccessDenied } from '../access/service.js';
import { UsageError, type CliCommand, type CliContext } from './types.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  stdin?(): Promise<string>;
}

export interface RunCliOptions {
  env: RawEnv;
  io: CliIo;
  commands: CliCommand[];
  /** A database to use instead of opening one (tests). */
  database?: Database;
}

function usageOf(cmd: CliCommand) {
  const lines = [`Usage: npm run cli -- ${cmd.path.join(' ')}${cmd.args ? ` ${cmd.args}` : ''}${cmd.options ? ' [options]' : ''}`, '', cmd.summary];
  const opts = Object.entries(cmd.options ?? {});
  if (opts.length) {
    lines.push('', 'Options:');
    for (const [name, o] of opts) lines.push(`  --${name}${o.type === 'string' ? ' <value>' : ''}${o.short ? `, -${o.short}` : ''}\n      ${o.description}`);
  }
  lines.push('  --help\n      Show this help');
  return lines.join('\n');
}

function groupHelp(prefix: string[], commands: CliCommand[]) {
  const below = commands.filter((c) => prefix.every((w, i) => c.path[i] === w));
  const width = Math.max(...below.map((c) => c.path.join(' ').length), 10);
  return [
    `Usage: npm run cli -- ${prefix.length ? `${prefix.join(' ')} ` : ''}<command> [options]`,
    '',
    'Commands:',
    ...below.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Add --help after any command for its options. Exit codes: 0 done, 1 failed, 2 bad usage.',
  ].join('\n');
}

/**
 * The operator's command line. Returns the exit code: 0 done, 1 failed, 2 bad usage.
 */
export async function runCli(argv: string[], opts: RunCliOptions): Promise<number> {
  const { io, commands } = opts;
  const words = argv.filter((a) => !a.startsWith('-'));
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  // The longest command path that the leading words name.
  const cmd = commands
    .filter((c) => c.path.every((w, i) => words[i] === w))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!cmd) {
    let depth = 0;
    while (depth < words.length && commands.some((c) => words.slice(0, depth + 1).every((w, i) => c.path[i] === w))) depth++;
    const prefix = words.slice(0, depth);
    if (wantsHelp || argv.length === 0 || (depth > 0 && depth === words.length)) {
      io.out(groupHelp(prefix, commands));
      return argv.length === 0 || (depth > 0 && !wantsHelp) ? 2 : 0;
    }
    io.err(`Unknown command: ${words.join(' ') || argv.join(' ')}\n\n${groupHelp(prefix, commands)}`);
    return 2;
  }
  if (wantsHelp) {
    io.out(usageOf(cmd));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const rest = argv.slice(argv.indexOf(cmd.path[cmd.path.length - 1]!) + 1);
    parsed = parseArgs({ args: rest, options: (cmd.options ?? {}) as any, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${usageOf(cmd)}`);
    return 2;
  }

  let config;
  try {
    config = createConfig(opts.env, { requireToken: false });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(`Configuration error:\n${e.problems.map((p) => `  - ${p}`).join('\n')}`);
      return 2;
    }
    throw e;
  }
  const logger = pino({ level: 'silent' });
  let db: Database | undefined = opts.database;
  let services: Services | undefined;
  const ctx: CliContext = {
    config,
    logger,
    async db() {
      if (!db) {
        db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
        if (db.owner || db.kind === 'embedded') await applyMigrations(db.adapter);
      }
      return db;
    },
    async services() {
      services ??= createServices((await ctx.db()).prisma, config, logger);
      return services;
    },
    out: io.out,
    err: io.err,
    stdin: io.stdin ?? (async () => ''),
  };
  try {
    const code = await cmd.run(ctx, parsed as any);
    return code ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${usageOf(cmd)}`);
      return 2;
    }
    if (e instanceof AccessDenied || e instanceof MigrationError) {
      io.err(`Failed: ${e.message}`);
      return 1;
    }
    io.err(`Failed: ${(e as Error).message?.split('\n')[0] ?? String(e)}`);
    return 1;
  } finally {
    if (db && db !== opts.database) await db.close();
  }
}
