import { Composer, InlineKeyboard } from 'grammy';
import type { Chat, Message, User } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import { escapeHtml } from '../access/bot.js';
import { detectSecret } from './secrets.js';
import { lookalikesIn } from './links.js';
import { notifyStaff, who } from './notify.js';
import { t } from '../bot/i18n.js';

const isGroup = (chat?: Chat): chat is Chat.GroupChat | Chat.SupergroupChat => chat?.type === 'group' || chat?.type === 'supergroup';
const titleOf = (chat: Chat) => ('title' in chat && chat.title) || String(chat.id);

/**
 * Guards that must run BEFORE every other feature: a message with a recovery phrase or a key is
 * stopped here, so no later feature (knowledge base, tickets) sees, stores or logs it.
 */
export function safetyGuards() {
  const composer = new Composer<BotContext>();
  const cannotDeleteAlerted = new Set<number>();
  const recentLookalikes = new Map<string, number>();

  // 1. Secrets. Text and captions, new and edited messages.
  composer.use(async (ctx, next) => {
    const msg = ctx.msg;
    const text = msg && ('text' in msg ? msg.text : 'caption' in msg ? msg.caption : undefined);
    const kind = text ? detectSecret(text) : null;
    if (!kind && msg && ctx.chat && repliesToSecret(msg)) {
      // A reply quoting a phrase carries it too: the original goes (if it is still there) and
      // the reply is not passed on, so no later feature stores the quoted text.
      await ctx.api.deleteMessage(ctx.chat.id, msg.reply_to_message!.message_id).catch(() => {});
      return;
    }
    if (!kind || !msg || !ctx.chat) return next();
    // From here on: no next(). Only the kind is logged, never the text.
    ctx.logger.info({ chat: ctx.chat.id, from: ctx.from?.id, kind }, 'safety: secret stopped');
    if (ctx.chat.type === 'private') {
      await ctx.reply(ctx.t('safety-secret-private-warning'));
      return;
    }
    if (!isGroup(ctx.chat)) return;
    let deleted = true;
    try {
      await ctx.api.deleteMessage(ctx.chat.id, msg.message_id);
    } catch (err) {
      deleted = false;
      ctx.logger.warn({ chat: ctx.chat.id, description: (err as { description?: string }).description }, 'safety: could not delete a secret');
      if (!cannotDeleteAlerted.has(ctx.chat.id)) {
        cannotDeleteAlerted.add(ctx.chat.id);
        await notifyStaff(ctx.api, ctx.deps, 'safety-staff-cannot-delete', { chat: escapeHtml(titleOf(ctx.chat)) });
      }
    }
    // Privately only to members who started the bot (Telegram refuses the others with a 403).
    if (ctx.from && ctx.member?.started && !ctx.member.blocked) {
      await ctx.api.sendMessage(ctx.from.id, ctx.t('safety-secret-private-warning')).catch(() => {});
    }
    const name = escapeHtml(ctx.from?.first_name ?? '');
    await ctx.reply(ctx.t(deleted ? 'safety-secret-group-notice' : 'safety-secret-group-notice-undeleted', { name }), { parse_mode: 'HTML' }).catch(() => {});
    await ctx.deps.services.access
      .audit({ id: null, via: 'system' }, { action: 'safety.secret.stop', subject: ctx.from?.id.toString(), after: { chatId: ctx.chat.id, kind, deleted } })
      .catch((err) => ctx.logger.warn({ err }, 'safety: audit failed'));
  });

  // 2. Impersonation: joins, and any sighting with new names.
  composer.use(async (ctx, next) => {
    if (isGroup(ctx.chat)) {
      const joined: User[] = [...(ctx.message?.new_chat_members ?? [])];
      const cm = ctx.chatMember;
      if (cm && ['left', 'kicked'].includes(cm.old_chat_member.status) && ['member', 'restricted'].includes(cm.new_chat_member.status)) joined.push(cm.new_chat_member.user);
      const seen = ctx.from && !ctx.from.is_bot && !ctx.chatMember ? [ctx.from] : [];
      for (const user of [...joined, ...seen.filter((u) => !joined.some((j) => j.id === u.id))]) {
        await checkPerson(ctx, user, joined.includes(user));
      }
    } else if (ctx.from && !ctx.from.is_bot) {
      await ctx.deps.services.safety.trackNames(BigInt(ctx.from.id), nameOf(ctx.from));
    }
    return next();
  });

  // 3. Look-alike links in group messages: staff are told (deleted only when configured).
  composer.on(['message', 'edited_message'], async (ctx, next) => {
    const msg = ctx.msg;
    if (!isGroup(ctx.chat) || !ctx.from || ctx.roles.size > 0) return next();
    const text = ('text' in msg ? msg.text : msg.caption) ?? '';
    const urls = [...(msg.entities ?? []), ...(msg.caption_entities ?? [])].flatMap((e) => (e.type === 'text_link' ? [e.url] : []));
    if (!text && !urls.length) return next();
    const { safety } = ctx.deps.services;
    const list = await safety.official.officialList();
    const found = lookalikesIn(`${text}\n${urls.join('\n')}`, list, safety.options.brandWords);
    if (!found.length) return next();
    const now = ctx.deps.now().getTime();
    const fresh = found.filter((f) => now - (recentLookalikes.get(`${ctx.chat.id}:${f.value}`) ?? -Infinity) > 10 * 60_000);
    let deleted = false;
    if (safety.options.lookalikeDelete) deleted = await ctx.api.deleteMessage(ctx.chat.id, msg.message_id).then(() => true, () => false);
    for (const f of fresh) {
      recentLookalikes.set(`${ctx.chat.id}:${f.value}`, now);
      await safety.openCase({ kind: 'lookalike', chatId: BigInt(ctx.chat.id), memberId: BigInt(ctx.from.id), action: deleted ? 'delete' : 'flag', reason: `${f.kind}:${f.value}~${f.like}` });
      await notifyStaff(ctx.api, ctx.deps, 'safety-staff-lookalike', {
        chat: escapeHtml(titleOf(ctx.chat)),
        who: who(ctx.from, escapeHtml),
        value: escapeHtml(f.value),
        like: escapeHtml(f.like),
        deleted: deleted ? 'yes' : 'no',
      });
    }
    if (!deleted) return next();
  });

  return composer;
}

function repliesToSecret(msg: Message): boolean {
  const r = msg.reply_to_message;
  const quoted = [r?.text, r?.caption, msg.quote?.text].filter((x): x is string => !!x);
  return quoted.some((q) => detectSecret(q) !== null);
}

const nameOf = (u: User) => ({ firstName: u.first_name, lastName: u.last_name, username: u.username });

async function checkPerson(ctx: BotContext, user: User, joined: boolean) {
  const { safety, access } = ctx.deps.services;
  if (user.id === ctx.me.id) return;
  const changed = await safety.trackNames(BigInt(user.id), nameOf(user));
  if (!changed && !joined) return;
  if ((await access.rolesOf(BigInt(user.id))).size > 0) return; // real staff, by id, are never flagged
  // One case per person: a join arrives as a message and as chat_member; after staff undid a
  // case, the same names are not flagged again (a new rename is).
  const prior = await safety.lastCase(BigInt(ctx.chat!.id), BigInt(user.id));
  if (prior?.status === 'open' || (prior?.status === 'undone' && !changed)) return;
  const verdict = safety.matcher.check(nameOf(user), await safety.staffNames(ctx.deps.now().getTime()));
  if (!verdict) return;
  const chatId = ctx.chat!.id;
  let action: string = safety.options.impersonationAction;
  try {
    if (action === 'restrict') await ctx.api.restrictChatMember(chatId, user.id, { can_send_messages: false, can_send_other_messages: false, can_add_web_page_previews: false, can_send_polls: false, can_invite_users: false });
    if (action === 'ban') await ctx.api.banChatMember(chatId, user.id);
  } catch (err) {
    ctx.logger.warn({ chat: chatId, description: (err as { description?: string }).description }, 'safety: impersonation action failed');
    action = 'alert';
  }
  const row = await safety.openCase({ kind: 'impersonation', chatId: BigInt(chatId), memberId: BigInt(user.id), action, reason: verdict.reason + (verdict.staffId ? ` staff:${verdict.staffId}` : '') });
  const keyboard = action === 'alert' ? undefined : new InlineKeyboard().text(t(ctx.deps.config.defaultLocale, `safety-undo-${action}`), `safety:undo:${row.id}`);
  await notifyStaff(ctx.api, ctx.deps, `safety-staff-impersonation-${action}`, {
    chat: escapeHtml(titleOf(ctx.chat!)),
    who: who(user, escapeHtml),
    reason: escapeHtml(verdict.reason),
    staff: verdict.staffId ? verdict.staffId.toString() : '-',
    case: row.id,
  }, keyboard);
}
