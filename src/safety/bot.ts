import { Composer } from 'grammy';
import type { MessageOrigin } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import { escapeHtml } from '../access/bot.js';
import { actorOf, requireRole } from '../access/guard.js';
import { judge } from './links.js';
import { CODE_PATTERN, OFFICIAL_KINDS, OfficialInputError } from './official.js';
import type { OfficialKind } from './links.js';
import { safetyGuards } from './guards.js';

const fmtDate = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** "official staff (role)" or "NOT staff": decided only by the numeric id. */
async function answerForId(ctx: BotContext, id: bigint, label: string) {
  const roles = await ctx.deps.services.access.rolesOf(id);
  const key = roles.size ? 'safety-verify-staff' : 'safety-verify-not-staff';
  await ctx.reply(ctx.t(key, { who: escapeHtml(label), id: id.toString(), roles: [...roles].join(', ') }), { parse_mode: 'HTML' });
}

async function answerForOrigin(ctx: BotContext, origin: MessageOrigin) {
  if (origin.type === 'user') {
    const u = origin.sender_user;
    return answerForId(ctx, BigInt(u.id), [u.first_name, u.last_name].filter(Boolean).join(' '));
  }
  if (origin.type === 'hidden_user') return ctx.reply(ctx.t('safety-verify-hidden', { name: escapeHtml(origin.sender_user_name) }), { parse_mode: 'HTML' });
  const chat = origin.type === 'channel' ? origin.chat : origin.sender_chat;
  const username = 'username' in chat ? chat.username : undefined;
  const list = await ctx.deps.services.safety.official.officialList();
  const official = !!username && list.handles.includes(username.toLowerCase());
  return ctx.reply(ctx.t(official ? 'safety-verify-chat-official' : 'safety-verify-chat-not-official', { name: escapeHtml(('title' in chat && chat.title) || username || '') }), { parse_mode: 'HTML' });
}

async function verify(ctx: BotContext) {
  const arg = (typeof ctx.match === 'string' ? ctx.match : '').trim();
  const { safety } = ctx.deps.services;
  if (!arg) {
    const reply = ctx.message?.reply_to_message;
    if (reply?.forward_origin) return answerForOrigin(ctx, reply.forward_origin);
    if (reply?.from && !reply.from.is_bot) return answerForId(ctx, BigInt(reply.from.id), reply.from.first_name);
    return ctx.reply(ctx.t('safety-verify-usage'));
  }
  if (/^\d{1,19}$/.test(arg)) return answerForId(ctx, BigInt(arg), arg);
  if (!arg.startsWith('@') && CODE_PATTERN.test(arg)) {
    const row = await safety.official.findCode(arg);
    if (!row) return ctx.reply(ctx.t('safety-code-unknown', { code: escapeHtml(arg.toUpperCase()) }), { parse_mode: 'HTML' });
    return ctx.reply(ctx.t('safety-code-official', { code: row.code, sent: fmtDate(row.sentAt), kind: escapeHtml(row.kind), summary: escapeHtml(row.summary) }), { parse_mode: 'HTML' });
  }
  const username = arg.replace(/^@/, '');
  if (!/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(username)) return ctx.reply(ctx.t('safety-verify-usage'));
  const id = await safety.idOfUsername(username);
  if (id === null) return ctx.reply(ctx.t('safety-verify-unknown-username', { username: escapeHtml(username) }), { parse_mode: 'HTML' });
  return answerForId(ctx, id, `@${username}`);
}

async function check(ctx: BotContext) {
  const arg = (typeof ctx.match === 'string' ? ctx.match : '').trim().split(/\s+/)[0] ?? '';
  if (!arg) return ctx.reply(ctx.t('safety-check-usage'));
  const { safety } = ctx.deps.services;
  const v = judge(arg, await safety.official.officialList(), safety.options.brandWords);
  const value = escapeHtml(v.value);
  if (v.status === 'official') {
    const where = v.kind === 'address' ? ` (${escapeHtml(v.asset ?? '')}, ${escapeHtml(v.network ?? '')})` : '';
    return ctx.reply(ctx.t('safety-check-official', { value, kind: v.kind, where }), { parse_mode: 'HTML' });
  }
  if (v.status === 'not_official') return ctx.reply(ctx.t('safety-check-not-official', { value, like: escapeHtml(v.like) }), { parse_mode: 'HTML' });
  return ctx.reply(ctx.t(v.kind === 'text' ? 'safety-check-usage' : 'safety-check-unknown', { value }), { parse_mode: 'HTML' });
}

function parseKind(s: string | undefined): OfficialKind | undefined {
  return OFFICIAL_KINDS.find((k) => k === s?.toLowerCase());
}

/** /verify, /check, official lists, the undo button; the guards come first in the composer. */
export function safetyFeature(): Feature {
  const composer = new Composer<BotContext>();
  composer.use(safetyGuards());

  composer.command('verify', verify);
  composer.command('check', check);
  // "Is this really staff?": a message forwarded to the bot privately is answered like /verify.
  composer.chatType('private').on('message', async (ctx, next) => (ctx.message.forward_origin ? answerForOrigin(ctx, ctx.message.forward_origin) : next()));

  for (const cmd of ['official_add', 'official_remove'] as const) {
    composer.command(cmd, requireRole('admin'), async (ctx) => {
      const words = ctx.match.trim().split(/\s+/);
      const kind = parseKind(words[0]);
      // "/official_add address BTC bitcoin 1ABC…": asset and network come before an address.
      const [asset, network, value] = kind === 'address' && cmd === 'official_add' ? words.slice(1) : [undefined, undefined, words[kind === 'address' && words.length > 2 ? 3 : 1]];
      if (!kind || !value) return ctx.reply(ctx.t('safety-official-usage'));
      const official = ctx.deps.services.safety.official;
      try {
        const changed = cmd === 'official_add' ? await official.add(actorOf(ctx), kind, value, asset, network) : await official.remove(actorOf(ctx), kind, value);
        const key = `safety-${cmd.replace('_', '-')}-${changed ? 'done' : 'unchanged'}`;
        await ctx.reply(ctx.t(key, { kind, value: escapeHtml(value) }), { parse_mode: 'HTML' });
      } catch (err) {
        if (err instanceof OfficialInputError) return ctx.reply(ctx.t('safety-official-invalid', { kind, value: escapeHtml(value) }), { parse_mode: 'HTML' });
        throw err;
      }
    });
  }

  composer.command('official_list', async (ctx) => {
    const rows = await ctx.deps.services.safety.official.entries();
    if (!rows.length) return ctx.reply(ctx.t('safety-official-list-empty'));
    const lines = rows.map((r) => `• ${r.kind}: <code>${escapeHtml(r.display)}</code>${r.asset ? ` (${escapeHtml(r.asset)}, ${escapeHtml(r.network ?? '')})` : ''}`);
    await ctx.reply(`${ctx.t('safety-official-list-title')}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
  });

  composer.callbackQuery(/^safety:undo:(\d+)$/, requireRole('moderator'), async (ctx) => {
    const { safety } = ctx.deps.services;
    const row = await safety.getCase(Number(ctx.match[1]));
    if (!row || row.status !== 'open') return ctx.answerCallbackQuery({ text: ctx.t('safety-undo-already') });
    const chatId = Number(row.chatId);
    const userId = Number(row.memberId);
    if (row.action === 'restrict') {
      await ctx.api.restrictChatMember(chatId, userId, { can_send_messages: true, can_send_audios: true, can_send_documents: true, can_send_photos: true, can_send_videos: true, can_send_video_notes: true, can_send_voice_notes: true, can_send_polls: true, can_send_other_messages: true, can_add_web_page_previews: true, can_invite_users: true });
    } else if (row.action === 'ban') {
      await ctx.api.unbanChatMember(chatId, userId, { only_if_banned: true });
    }
    await safety.undoCase(actorOf(ctx), row.id);
    await ctx.answerCallbackQuery({ text: ctx.t('safety-undo-done') });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
  });

  return {
    name: 'safety',
    composer,
    commands: [
      { command: 'verify', descriptionKey: 'safety-cmd-verify' },
      { command: 'check', descriptionKey: 'safety-cmd-check' },
      { command: 'official_list', descriptionKey: 'safety-cmd-official-list' },
      { command: 'official_add', descriptionKey: 'safety-cmd-official-add', roles: ['admin'] },
      { command: 'official_remove', descriptionKey: 'safety-cmd-official-remove', roles: ['admin'] },
    ],
  };
}
