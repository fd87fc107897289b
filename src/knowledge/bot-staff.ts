import { Composer, InputFile } from 'grammy';
import type { BotContext } from '../bot/context.js';
import { requireRole, actorOf } from '../access/guard.js';
import { escapeHtml } from './answer.js';
import { parseKb, type KbProblem } from './format.js';
import { KbValidationError } from './store.js';

const MAX_FILE = 1024 * 1024;

function problemsText(problems: KbProblem[], lineShift = 0) {
  return problems
    .slice(0, 15)
    .map((p) => `line ${Math.max(1, p.line - lineShift)}: ${escapeHtml(p.message)}`)
    .join('\n');
}

/**
 * One entry as YAML in a message (the fields of one list item) becomes a one-entry file, so the
 * file validator checks it and its line numbers point into the message.
 */
function entryFromMessage(text: string) {
  const lines = text.replace(/^```(?:yaml)?\n?|```$/g, '').split('\n');
  const wrapped = `version: 1\nentries:\n${lines.map((l, i) => (i === 0 ? `  - ${l.replace(/^-\s*/, '')}` : `    ${l}`)).join('\n')}\n`;
  const res = parseKb(wrapped);
  if (res.ok) return { entry: res.entries[0]! };
  // A related id that exists in the knowledge base but not in the one-entry file is fine here.
  const real = res.problems.filter((p) => !/related id ".*" does not exist/.test(p.message));
  if (real.length) return { problems: real };
  const lenient = parseKb(wrapped.replace(/^(\s*)related:.*$/m, '$1related: []'));
  if (!lenient.ok) return { problems: lenient.problems };
  const related = (/related:\s*\[([^\]]*)\]/.exec(wrapped)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { entry: { ...lenient.entries[0]!, related } };
}

/** Staff curation in Telegram: admins (and owners) change entries; support may read the gaps. */
export function staffComposer() {
  const c = new Composer<BotContext>();
  const admin = requireRole('admin');

  async function guarded(ctx: BotContext, fn: () => Promise<unknown>) {
    try {
      await fn();
    } catch (e) {
      if (e instanceof KbValidationError) return ctx.reply(ctx.t('kb-invalid', { problems: problemsText(e.problems) }), { parse_mode: 'HTML' });
      throw e;
    }
  }

  c.command('kb', admin, (ctx) => ctx.reply(ctx.t('kb-staff-usage'), { parse_mode: 'HTML' }));

  c.command('kb_list', admin, async (ctx) => {
    const tag = ctx.match.trim();
    const all = await ctx.deps.services.knowledge.entries();
    const list = tag ? all.filter((e) => e.tags.includes(tag)) : all;
    if (!list.length) return ctx.reply(ctx.t('kb-list-empty'));
    const lang = (await ctx.i18n.getLocale()) as 'en';
    const lines = list.slice(0, 100).map((e) => `• <code>${e.id}</code> ${escapeHtml(e.texts[lang]?.title ?? e.texts.en?.title ?? '')}`);
    await ctx.reply(`${ctx.t('kb-list-title', { count: list.length })}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  c.command('kb_show', admin, async (ctx) => {
    const id = ctx.match.trim();
    const kb = ctx.deps.services.knowledge;
    const row = id ? await kb.get(id) : null;
    if (!row) return ctx.reply(ctx.t('kb-not-found', { id: id || '?' }));
    const versions = (await kb.history(id)).map((v) => `v${v.version} ${v.action} ${v.createdAt.toISOString().slice(0, 16)}`).join('; ');
    const lang = (await ctx.i18n.getLocale()) as 'en';
    const text = row.entry.texts[lang] ?? row.entry.texts.en!;
    await ctx.reply(
      `${ctx.t('kb-show', { id, version: row.version, hits: row.hits, tags: row.entry.tags.join(', ') || '-', title: escapeHtml(text.title), versions })}\n\n${text.answer}`,
      { parse_mode: 'HTML' },
    );
  });

  for (const [cmd, mode] of [['kb_add', 'create'], ['kb_edit', 'update']] as const) {
    c.command(cmd, admin, async (ctx) => {
      const src = ctx.msg?.reply_to_message?.text ?? ctx.match.trim();
      if (!src) return ctx.reply(ctx.t('kb-edit-need-yaml'));
      const parsed = entryFromMessage(src);
      if (!parsed.entry) return ctx.reply(ctx.t('kb-invalid', { problems: problemsText(parsed.problems!, 2) }), { parse_mode: 'HTML' });
      await guarded(ctx, async () => {
        const version = await ctx.deps.services.knowledge.save(actorOf(ctx), parsed.entry, mode);
        await ctx.reply(ctx.t('kb-saved', { id: parsed.entry.id, version }));
      });
    });
  }

  c.command('kb_delete', admin, async (ctx) => {
    const id = ctx.match.trim();
    await guarded(ctx, async () => {
      const r = id ? await ctx.deps.services.knowledge.remove(actorOf(ctx), id) : null;
      if (!r) return ctx.reply(ctx.t('kb-not-found', { id: id || '?' }));
      await ctx.reply(ctx.t('kb-deleted', { id, version: r.version, previous: r.previous }));
    });
  });

  c.command('kb_revert', admin, async (ctx) => {
    const [id, v] = ctx.match.trim().split(/\s+/);
    if (!id || !v || !/^\d+$/.test(v)) return ctx.reply(ctx.t('kb-staff-usage'), { parse_mode: 'HTML' });
    await guarded(ctx, async () => {
      const now = await ctx.deps.services.knowledge.revert(actorOf(ctx), id, Number(v));
      if (now === null) return ctx.reply(ctx.t('kb-version-missing', { id, version: v }));
      await ctx.reply(ctx.t('kb-reverted', { id, from: v, version: now }));
    });
  });

  c.command('kb_export', admin, async (ctx) => {
    const kb = ctx.deps.services.knowledge;
    const text = await kb.exportText();
    const count = (await kb.entries()).length;
    await ctx.deps.services.access.audit(actorOf(ctx), { action: 'kb.export', after: { count } });
    await ctx.replyWithDocument(new InputFile(Buffer.from(text, 'utf8'), 'knowledge-base.yaml'), { caption: ctx.t('kb-export-caption', { count }) });
  });

  c.command('kb_import', admin, async (ctx) => {
    const doc = ctx.msg?.reply_to_message?.document ?? ctx.msg?.document;
    if (!doc) return ctx.reply(ctx.t('kb-import-need-file'));
    if ((doc.file_size ?? 0) > MAX_FILE) return ctx.reply(ctx.t('kb-import-too-big'));
    const file = await ctx.api.getFile(doc.file_id);
    const { apiRoot, botToken } = ctx.deps.config;
    const res = await fetch(`${apiRoot}/file/bot${botToken}/${file.file_path}`);
    if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_FILE) return ctx.reply(ctx.t('kb-import-too-big'));
    const mode = /merge/i.test(ctx.match) ? 'merge' : 'replace';
    await guarded(ctx, async () => {
      const s = await ctx.deps.services.knowledge.importText(actorOf(ctx), text, mode);
      await ctx.reply(ctx.t('kb-import-done', { created: s.created, updated: s.updated, deleted: s.deleted, unchanged: s.unchanged }));
    });
  });

  c.command('kb_gaps', requireRole('support'), async (ctx) => {
    const gaps = await ctx.deps.services.knowledge.gaps(20);
    if (!gaps.length) return ctx.reply(ctx.t('kb-gaps-empty'));
    const lines = gaps.map((g) => `${g.count}× [${g.lang}]${g.downvotes ? ` 👎${g.downvotes}` : ''} ${escapeHtml(g.example.slice(0, 120))}`);
    await ctx.reply(`${ctx.t('kb-gaps-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });
  return c;
}
