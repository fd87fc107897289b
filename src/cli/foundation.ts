import { applyMigrations, migrationStatus } from '../db/migrations.js';
import { ROLES } from '../access/roles.js';
import { UsageError, type CliCommand } from './types.js';

function parseId(s: string | undefined, what = 'telegram-id'): bigint {
  if (!s || !/^-?\d{1,19}$/.test(s)) throw new UsageError(`${what} must be a numeric Telegram id`);
  return BigInt(s);
}

function actor(values: Record<string, unknown>) {
  const as = values.as as string | undefined;
  return { id: as ? parseId(as, '--as') : null, via: 'cli' as const };
}

const asOption = { as: { type: 'string' as const, description: 'Telegram id of the staff member acting (recorded in the audit log)' } };

export const foundationCli: CliCommand[] = [
  {
    path: ['db', 'migrate'],
    summary: 'Apply pending database migrations',
    async run(ctx) {
      const db = await ctx.db();
      const applied = await applyMigrations(db.adapter);
      ctx.out(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
    },
  },
  {
    path: ['db', 'status'],
    summary: 'Show applied and pending migrations',
    async run(ctx) {
      const db = await ctx.db();
      const s = await migrationStatus(db.adapter);
      ctx.out(`Database: ${db.kind === 'embedded' ? `embedded (${ctx.config.dataDir})` : 'PostgreSQL'}`);
      for (const m of s.applied) ctx.out(`  applied  ${m}`);
      for (const m of s.pending) ctx.out(`  pending  ${m}`);
      ctx.out(s.pending.length ? `${s.pending.length} pending` : 'Up to date.');
    },
  },
  ...(['grant', 'revoke'] as const).map(
    (verb): CliCommand => ({
      path: ['staff', verb],
      summary: verb === 'grant' ? 'Give a staff role' : 'Take a staff role away',
      args: '<telegram-id> <role>',
      options: asOption,
      async run(ctx, { positionals, values }) {
        const [id, roleText] = positionals;
        const s = await ctx.services();
        const role = roleText ? s.access.parseRole(roleText) : undefined;
        if (!role) throw new UsageError(`role must be one of ${ROLES.join(', ')}`);
        const changed = await s.access[verb](actor(values), parseId(id), role);
        const done = verb === 'grant' ? `${id} is now ${role}.` : `${id} is no longer ${role}.`;
        const unchanged = verb === 'grant' ? `${id} already is ${role}: nothing changed.` : `${id} was not ${role}: nothing changed.`;
        ctx.out(changed ? done : unchanged);
      },
    }),
  ),
  {
    path: ['staff', 'list'],
    summary: 'List staff and their roles',
    async run(ctx) {
      const list = await (await ctx.services()).access.list();
      if (!list.length) ctx.out('No staff.');
      for (const s of list) ctx.out(`${s.memberId}\t${s.roles.join(',')}`);
    },
  },
  {
    path: ['audit', 'list'],
    summary: 'Show the audit log, newest first',
    options: {
      limit: { type: 'string', short: 'n', description: 'How many entries (default 20, at most 500)' },
      action: { type: 'string', description: 'Only actions starting with this (e.g. staff.)' },
      json: { type: 'boolean', description: 'One JSON object a line' },
    },
    async run(ctx, { values }) {
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a positive whole number');
      const entries = await (await ctx.services()).access.auditLog({ limit, action: values.action as string | undefined });
      for (const e of entries) {
        if (values.json) {
          ctx.out(JSON.stringify({ ...e, actorId: e.actorId?.toString() ?? null }));
        } else {
          const change = e.before !== null || e.after !== null ? `  ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}` : '';
          ctx.out(`#${e.id}\t${e.createdAt.toISOString()}\t${e.actorId ?? '-'}\t${e.via}\t${e.action}\t${e.subject ?? ''}${change}`);
        }
      }
      if (!entries.length && !values.json) ctx.out('The audit log is empty.');
    },
  },
];
