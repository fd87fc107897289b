import { Composer, InputFile } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { requireRole, actorOf } from '../access/guard.js';
import { escapeHtml } from '../access/bot.js';
import { LOCALES } from '../config.js';
import { toLocale } from '../bot/i18n.js';
import type { SessionStatus, NewSession } from './sessions.js';
import { amaRuntime } from './runtime.js';

export const HOST_ROLES = ['ama_host', 'admin'] as const;

/** "Title | 2026-11-26 14:00 | en,de,zh | -1001234567890 [| host id]" → a session, or the i18n key of the problem. */
export function parseNewSession(text: string, defaultHost: bigint): NewSession | string {
  const parts = text.split('|').map((s) => s.trim());
  if (parts.length < 4 || parts.length > 5) return 'ama-new-usage';
  const [title, when, langs, groups, host] = parts as [string, string, string, string, string?];
  if (!title) return 'ama-new-usage';
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(when);
  const startsAt = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)) : null;
  if (!startsAt || Number.isNaN(startsAt.getTime())) return 'ama-new-bad-date';
  const languages = langs.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!languages.length || !languages.every((l) => (LOCALES as readonly string[]).includes(l))) return 'ama-new-bad-languages';
  const groupList = groups.split(/[\s,]+/).filter(Boolean);
  if (!groupList.length || !groupList.every((g) => /^-\d{1,19}$/.test(g))) return 'ama-new-bad-groups';
  if (host && !/^\d{1,19}$/.test(host)) return 'ama-new-bad-host';
  return { title, startsAt, languages, groupIds: groupList.map(BigInt), hostId: host ? BigInt(host) : defaultHost };
}

function idArg(ctx: BotContext): number | undefined {
  const m = /^#?(\d+)/.exec(String(ctx.match ?? '').trim());
  return m ? Number(m[1]) : undefined;
}

/** /ama_new, /ama_list, /ama_open, /ama_pause, /ama_close, /ama_export, /ama_suggestions: hosts and admins. */
export function sessionComposer() {
  const composer = new Composer<BotContext>();
  const host = requireRole(...HOST_ROLES);

  composer.command('ama_new', host, async (ctx) => {
    const text = ctx.match.trim();
    if (!text) {
      // The guided form (bot-new.ts); the one-line form below does the same in one message.
      if (ctx.chat?.type !== 'private') return ctx.reply(ctx.t('ama-new-usage'), { parse_mode: 'HTML' });
      const locale = toLocale(ctx.member?.locale ?? ctx.from?.language_code, ctx.deps.config.defaultLocale);
      return (ctx as unknown as { conversation: { enter(id: string, ...args: unknown[]): Promise<void> } }).conversation.enter('ama_new', locale);
    }
    const parsed = parseNewSession(text, BigInt(ctx.from!.id));
    if (typeof parsed === 'string') return ctx.reply(ctx.t(parsed), { parse_mode: 'HTML' });
    const s = await ctx.deps.services.ama.sessions.create(actorOf(ctx), parsed);
    await ctx.reply(ctx.t('ama-new-done', { id: s.id, title: escapeHtml(s.title) }), { parse_mode: 'HTML' });
    await amaRuntime(ctx.deps).announce(s, 'ama-announce');
  });

  composer.command('ama_list', host, async (ctx) => {
    const list = await ctx.deps.services.ama.sessions.list();
    if (!list.length) return ctx.reply(ctx.t('ama-list-empty'));
    const lines = list.map((s) => ctx.t('ama-list-line', { id: s.id, title: escapeHtml(s.title), status: s.status, start: s.startsAt.toISOString().slice(0, 16).replace('T', ' ') }));
    await ctx.reply(`${ctx.t('ama-list-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  const transitions: [string, SessionStatus][] = [['ama_open', 'open'], ['ama_pause', 'paused'], ['ama_close', 'closed']];
  for (const [cmd, status] of transitions) {
    composer.command(cmd, host, async (ctx) => {
      const { ama } = ctx.deps.services;
      const target = await ama.sessions.resolve(idArg(ctx));
      if (!target) return ctx.reply(ctx.t('ama-session-unknown'));
      const res = await ama.sessions.setStatus(actorOf(ctx), target.id, status, ctx.deps.now());
      if (!res) return ctx.reply(ctx.t('ama-session-unknown'));
      const rt = amaRuntime(ctx.deps);
      if (status === 'closed') await ama.exporter.suggest(target.id);
      if (res.before !== status) await rt.announce(res.session, `ama-announce-${status}`);
      rt.refreshBoard(res.session);
      await ctx.reply(ctx.t(`ama-status-${status}`, { id: target.id, title: escapeHtml(target.title) }), { parse_mode: 'HTML' });
    });
  }

  composer.command('ama_export', host, async (ctx) => {
    const { ama } = ctx.deps.services;
    const [idText, fmt] = ctx.match.trim().split(/\s+/);
    const id = idText && /^\d+$/.test(idText) ? Number(idText) : undefined;
    const format = fmt === 'json' ? 'json' : fmt === undefined || fmt === 'md' ? 'md' : null;
    if (!format) return ctx.reply(ctx.t('ama-export-usage'));
    const session = await ama.sessions.resolve(id);
    if (!session) return ctx.reply(ctx.t('ama-session-unknown'));
    await ama.exporter.suggest(session.id);
    for (const f of await ama.exporter.all(session, format)) {
      await ctx.replyWithDocument(new InputFile(Buffer.from(f.content, 'utf8'), f.filename), { caption: ctx.t('ama-export-caption', { id: session.id, language: f.language }) });
    }
    await ctx.deps.services.access.audit(actorOf(ctx), { action: 'ama.session.export', subject: String(session.id), after: { format } });
  });

  composer.command('ama_suggestions', requireRole('ama_host', 'admin', 'support', 'moderator'), async (ctx) => {
    const list = await ctx.deps.services.ama.exporter.suggestions(idArg(ctx));
    if (!list.length) return ctx.reply(ctx.t('ama-suggestions-empty'));
    const lines = list.map((s) => ctx.t('ama-suggestions-line', { id: s.questionId, session: s.sessionId, votes: s.votes, lang: s.lang, text: escapeHtml(s.text) }));
    await ctx.reply(`${ctx.t('ama-suggestions-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  return composer;
}
