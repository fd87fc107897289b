import { Composer } from 'grammy';
import type { BotContext } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import { AccessDenied } from './service.js';
import { actorOf, requireRole } from './guard.js';
import { ROLES } from './roles.js';

/** Reads "<id> <role>" or, replying to someone's message, "<role>". */
function parseTarget(ctx: BotContext): { id: bigint; roleText: string } | undefined {
  const args = (typeof ctx.match === 'string' ? ctx.match : '').trim().split(/\s+/).filter(Boolean);
  const replied = ctx.message?.reply_to_message?.from;
  if (args.length === 1 && replied && !replied.is_bot) return { id: BigInt(replied.id), roleText: args[0]! };
  if (args.length === 2 && /^\d{1,19}$/.test(args[0]!)) return { id: BigInt(args[0]!), roleText: args[1]! };
  return undefined;
}

/** /grant, /revoke, /staff, /audit: owners manage staff and read the audit log. */
export function accessFeature(): Feature {
  const composer = new Composer<BotContext>();
  const roles = ROLES.join(', ');

  for (const cmd of ['grant', 'revoke'] as const) {
    composer.command(cmd, requireRole('owner'), async (ctx) => {
      const target = parseTarget(ctx);
      const role = target && ctx.deps.services.access.parseRole(target.roleText);
      if (!target || !role) return ctx.reply(ctx.t(`staff-${cmd}-usage`, { roles }));
      try {
        const changed = await ctx.deps.services.access[cmd](actorOf(ctx), target.id, role);
        const key = changed ? `staff-${cmd}-done` : `staff-${cmd}-unchanged`;
        await ctx.reply(ctx.t(key, { id: target.id.toString(), role }));
      } catch (err) {
        if (err instanceof AccessDenied) return ctx.reply(ctx.t('staff-revoke-configured-owner'));
        throw err;
      }
    });
  }

  composer.command('staff', requireRole('admin'), async (ctx) => {
    const list = await ctx.deps.services.access.list();
    if (!list.length) return ctx.reply(ctx.t('staff-list-empty'));
    const lines = list.map((s) => `• <code>${s.memberId}</code>: ${s.roles.join(', ')}`);
    await ctx.reply(`${ctx.t('staff-list-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  composer.command('audit', requireRole('owner'), async (ctx) => {
    const [first, second] = ctx.match.trim().split(/\s+/).filter(Boolean);
    const n = first && /^\d+$/.test(first) ? Number(first) : 10;
    const action = first && !/^\d+$/.test(first) ? first : second;
    const entries = await ctx.deps.services.access.auditLog({ limit: Math.min(n, 50), action });
    if (!entries.length) return ctx.reply(ctx.t('audit-empty'));
    const lines = entries.map(
      (e) =>
        `#${e.id} ${e.createdAt.toISOString().slice(0, 16).replace('T', ' ')} <code>${e.actorId ?? e.via}</code> ${escapeHtml(e.action)}${e.subject ? ` → ${escapeHtml(e.subject)}` : ''}`,
    );
    await ctx.reply(`${ctx.t('audit-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  return {
    name: 'access',
    composer,
    commands: [
      { command: 'grant', descriptionKey: 'cmd-grant', roles: ['owner'] },
      { command: 'revoke', descriptionKey: 'cmd-revoke', roles: ['owner'] },
      { command: 'staff', descriptionKey: 'cmd-staff', roles: ['admin'] },
      { command: 'audit', descriptionKey: 'cmd-audit', roles: ['owner'] },
    ],
  };
}

export function escapeHtml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
