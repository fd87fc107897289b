import { Composer, InlineKeyboard } from 'grammy';
import { conversations, createConversation, type ConversationFlavor } from '@grammyjs/conversations';
import type { BotContext, Deps } from '../bot/context.js';
import type { Feature } from '../bot/feature.js';
import type { Locale } from '../config.js';
import { actorOf, requireRole } from '../access/guard.js';
import { escapeHtml } from '../access/bot.js';
import { assetLine, bodyText } from './messages.js';
import { type Direction, type State, normalizeSymbol, utc } from './model.js';
import type { FollowState } from './followers.js';
import { StatusError } from './service.js';
import { flowPlugins, setStatusFlow } from './flow.js';
import { notifyApprovers } from '../access/approvals-bot.js';

type Ctx = ConversationFlavor<BotContext>;

const locale = async (ctx: BotContext) => ((await ctx.i18n.getLocale()) ?? 'en') as Locale;

function followSummary(ctx: BotContext, f: FollowState) {
  const lines = [ctx.t('status-follow-title'), ctx.t(f.all ? 'status-follow-all-on' : 'status-follow-all-off')];
  if (f.symbols.length) lines.push(ctx.t('status-follow-some', { symbols: f.symbols.join(', ') }));
  lines.push(ctx.t('status-follow-hint'));
  return lines.join('\n');
}

function followKeyboard(ctx: BotContext, f: FollowState, symbols: string[]) {
  const kb = new InlineKeyboard().text(ctx.t(f.all ? 'status-btn-unfollow-all' : 'status-btn-follow-all'), `st:all:${f.all ? 0 : 1}`).row();
  symbols.forEach((s, i) => {
    const on = f.symbols.includes(s);
    kb.text(ctx.t(on ? 'status-btn-unfollow-one' : 'status-btn-follow-one', { symbol: s }), `st:one:${s}:${on ? 0 : 1}`);
    if (i % 3 === 2) kb.row();
  });
  return kb;
}

/** /status: every asset, or one with its latest official text; follow buttons in private chats. */
async function overview(ctx: BotContext, arg: string) {
  const { status } = ctx.deps.services;
  const l = await locale(ctx);
  if (arg) {
    const sym = normalizeSymbol(arg);
    const a = sym ? await status.asset(sym) : null;
    if (!a) return ctx.reply(ctx.t('status-unknown-asset', { symbol: escapeHtml(arg.toUpperCase()), known: (await status.knownAssets()).join(', ') || '—' }), { parse_mode: 'HTML' });
    const { updates } = await status.history(a.symbol, 1);
    const lines = [assetLine(l, a)];
    const u = updates[0];
    if (u) {
      lines.push(ctx.t('status-updated-at', { time: utc(u.createdAt) }));
      lines.push(bodyText(l, { symbol: a.symbol, direction: u.direction as Direction, state: u.state as State | null, current: a[u.direction as Direction] as State, texts: { en: u.textEn, ...(u.textDe ? { de: u.textDe } : {}), ...(u.textZh ? { zh: u.textZh } : {}) } }));
    }
    return ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
  }
  const assets = await status.listAssets();
  const body = assets.length ? assets.map((a) => assetLine(l, a)).join('\n') : ctx.t('status-none');
  if (ctx.chat?.type !== 'private' || !ctx.from) return ctx.reply(`${ctx.t('status-title')}\n${body}`, { parse_mode: 'HTML' });
  const f = await status.followers.state(BigInt(ctx.from.id));
  await ctx.reply(`${ctx.t('status-title')}\n${body}\n\n${followSummary(ctx, f)}`, {
    parse_mode: 'HTML',
    reply_markup: followKeyboard(ctx, f, assets.map((a) => a.symbol)),
  });
}

async function history(ctx: BotContext, arg: string) {
  const { status } = ctx.deps.services;
  if (!arg.trim()) return ctx.reply(ctx.t('status-history-usage'));
  const sym = normalizeSymbol(arg);
  const a = sym ? await status.asset(sym) : null;
  if (!a) return ctx.reply(ctx.t('status-unknown-asset', { symbol: escapeHtml(arg.toUpperCase()), known: (await status.knownAssets()).join(', ') || '—' }), { parse_mode: 'HTML' });
  const { updates } = await status.history(a.symbol, 10);
  if (!updates.length) return ctx.reply(ctx.t('status-history-empty', { symbol: a.symbol }));
  const l = await locale(ctx);
  const lines = updates.map((u) => {
    const texts = { en: u.textEn, ...(u.textDe ? { de: u.textDe } : {}), ...(u.textZh ? { zh: u.textZh } : {}) };
    const d = u.direction as Direction;
    const text = bodyText(l, { symbol: a.symbol, direction: d, state: u.state as State | null, current: (u.state ?? u.previous ?? a[d]) as State, texts });
    if (u.correctsId) return ctx.t('status-history-correction', { time: utc(u.createdAt), text });
    return ctx.t('status-history-line', { time: utc(u.createdAt), direction: ctx.t(`status-direction-${d}`), state: ctx.t(`status-state-${u.state ?? u.previous ?? a[d]}`), text });
  });
  await ctx.reply(`${ctx.t('status-history-title', { symbol: a.symbol, name: escapeHtml(a.name) })}\n${lines.join('\n')}`, { parse_mode: 'HTML' });
}

export function statusFeature(deps: Deps): Feature {
  const composer = new Composer<Ctx>();
  composer.command('status', (ctx) => overview(ctx, ctx.match.trim()));
  composer.command('history', (ctx) => history(ctx, ctx.match));
  composer.callbackQuery('st:menu', async (ctx) => {
    await ctx.answerCallbackQuery();
    await overview(ctx, '');
  });
  composer.command('follow', (ctx) => overview(ctx, ''));

  const pm = composer.chatType('private');
  pm.callbackQuery(/^st:all:([01])$/, async (ctx) => {
    const on = ctx.match[1] === '1';
    const f = await ctx.deps.services.status.followers.setAll(BigInt(ctx.from.id), on);
    await ctx.answerCallbackQuery({ text: ctx.t(on ? 'status-followed-all' : 'status-unfollowed-all') });
    await refresh(ctx, f);
  });
  pm.callbackQuery(/^st:one:([A-Z0-9]{2,12}):([01])$/, async (ctx) => {
    const [, symbol, flag] = ctx.match;
    const on = flag === '1';
    if (on && !(await ctx.deps.services.status.asset(symbol!))) return ctx.answerCallbackQuery();
    const f = await ctx.deps.services.status.followers.setOne(BigInt(ctx.from.id), symbol!, on);
    await ctx.answerCallbackQuery({ text: ctx.t(on ? 'status-followed-one' : 'status-unfollowed-one', { symbol: symbol! }) });
    await refresh(ctx, f);
  });

  async function refresh(ctx: BotContext, f: FollowState) {
    const assets = await ctx.deps.services.status.listAssets();
    const l = await locale(ctx);
    const body = assets.length ? assets.map((a) => assetLine(l, a)).join('\n') : ctx.t('status-none');
    await ctx
      .editMessageText(`${ctx.t('status-title')}\n${body}\n\n${followSummary(ctx, f)}`, { parse_mode: 'HTML', reply_markup: followKeyboard(ctx, f, assets.map((a) => a.symbol)) })
      .catch(() => {}); // "message is not modified" after a double tap
  }

  // Staff
  composer.command('addasset', requireRole('admin'), async (ctx) => {
    const [symbol, ...name] = ctx.match.trim().split(/\s+/).filter(Boolean);
    if (!symbol || !name.length) return ctx.reply(ctx.t('status-addasset-usage'));
    try {
      const { asset, created } = await ctx.deps.services.status.addAsset(actorOf(ctx), symbol, name.join(' '));
      await ctx.reply(ctx.t(created ? 'status-asset-added' : 'status-asset-exists', { symbol: asset.symbol, name: asset.name }));
    } catch (err) {
      if (err instanceof StatusError) return ctx.reply(ctx.t(err.key, err.vars));
      throw err;
    }
  });

  // /correct 12 New English text — a correction of update #12, through the same approval.
  composer.command('correct', requireRole('admin', 'support'), async (ctx) => {
    const m = /^(\d{1,9})\s+([\s\S]+)$/.exec(ctx.match.trim());
    if (!m) return ctx.reply(ctx.t('status-correct-usage'));
    try {
      const req = await ctx.deps.services.status.requestCorrection(actorOf(ctx), Number(m[1]), { en: m[2]!.trim() });
      await notifyApprovers(ctx.api, ctx.deps, req);
      await ctx.reply(ctx.t('status-flow-submitted', { id: req.id }));
    } catch (err) {
      if (err instanceof StatusError) return ctx.reply(ctx.t(err.key, err.vars));
      throw err;
    }
  });

  const staffPm = composer.chatType('private');
  staffPm.use(conversations<Ctx, BotContext>());
  staffPm.use(createConversation<Ctx, BotContext>(setStatusFlow(deps), { id: 'setstatus', plugins: flowPlugins(deps) }));
  staffPm.command('setstatus', requireRole('admin', 'support'), async (ctx) => {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter('setstatus', ctx.match.trim());
  });

  return {
    name: 'status',
    composer: composer as unknown as Composer<BotContext>,
    menu: [{ labelKey: 'status-menu', data: 'st:menu' }],
    commands: [
      { command: 'status', descriptionKey: 'status-cmd-status' },
      { command: 'history', descriptionKey: 'status-cmd-history' },
      { command: 'follow', descriptionKey: 'status-cmd-follow' },
      { command: 'setstatus', descriptionKey: 'status-cmd-setstatus', roles: ['admin', 'support'] },
      { command: 'addasset', descriptionKey: 'status-cmd-addasset', roles: ['admin'] },
      { command: 'correct', descriptionKey: 'status-cmd-correct', roles: ['admin', 'support'] },
    ],
  };
}
