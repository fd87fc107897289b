import { Composer, InlineKeyboard } from 'grammy';
import { LOCALES } from '../config.js';
import type { BotContext } from '../bot/context.js';
import type { Feature, MenuItem } from '../bot/feature.js';
import { satisfies } from '../access/roles.js';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', zh: '简体中文' };

export function languageKeyboard() {
  const kb = new InlineKeyboard();
  for (const l of LOCALES) kb.text(LANGUAGE_NAMES[l] ?? l, `lang:${l}`);
  return kb;
}

/** The main menu: each feature's buttons first, then language, privacy and help. */
export function mainMenu(ctx: BotContext, features: Feature[]) {
  const items: MenuItem[] = [
    ...features.flatMap((f) => f.menu ?? []),
    { labelKey: 'menu-language', data: 'menu:language' },
    { labelKey: 'menu-privacy', data: 'menu:privacy' },
    { labelKey: 'menu-help', data: 'menu:help' },
  ];
  const kb = new InlineKeyboard();
  items.forEach((item, i) => {
    kb.text(ctx.t(item.labelKey), item.data);
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

export function helpText(ctx: BotContext, features: Feature[]) {
  const specs = features.flatMap((f) => f.commands ?? []);
  const line = (c: { command: string; descriptionKey: string }) => `/${c.command} — ${ctx.t(c.descriptionKey)}`;
  const publicLines = specs.filter((c) => !c.roles).map(line);
  let text = ctx.t('help-text', { commands: publicLines.join('\n') });
  const staff = specs.filter((c) => c.roles && satisfies(ctx.roles, c.roles)).map(line);
  if (staff.length) text += `\n\n${ctx.t('help-staff-text', { commands: staff.join('\n') })}`;
  return text;
}

function privacyText(ctx: BotContext) {
  return ctx.t('privacy-text', { contact: ctx.deps.config.privacyContact ?? 'none' });
}

/** /start, /help, /language, /privacy, /forgetme. `features` is filled in once every feature is known. */
export function coreFeature(): Feature & { bind(list: Feature[]): void } {
  const features: Feature[] = [];
  const composer = new Composer<BotContext>();
  const feature: Feature = {
    name: 'core',
    composer,
    commands: [
      { command: 'start', descriptionKey: 'cmd-start' },
      { command: 'help', descriptionKey: 'cmd-help' },
      { command: 'language', descriptionKey: 'cmd-language' },
      { command: 'privacy', descriptionKey: 'cmd-privacy' },
      { command: 'forgetme', descriptionKey: 'cmd-forgetme' },
    ],
  };
  const pm = composer.chatType('private');

  pm.command('start', async (ctx) => {
    if (ctx.member && !ctx.member.started) await ctx.deps.services.members.markStarted(ctx.member.id);
    await ctx.reply(ctx.t('start-welcome', { name: ctx.from.first_name }), {
      reply_markup: mainMenu(ctx, allFeatures(ctx)),
    });
  });
  composer.command('help', (ctx) => ctx.reply(helpText(ctx, allFeatures(ctx)), { parse_mode: 'HTML' }));
  composer.callbackQuery('menu:help', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(helpText(ctx, allFeatures(ctx)), { parse_mode: 'HTML' });
  });

  composer.command('language', async (ctx) => {
    const wanted = ctx.match.trim().toLowerCase();
    if (wanted) {
      if (!(LOCALES as readonly string[]).includes(wanted)) {
        return ctx.reply(ctx.t('language-unknown'), { reply_markup: languageKeyboard() });
      }
      return setLanguage(ctx, wanted);
    }
    await ctx.reply(ctx.t('language-choose'), { reply_markup: languageKeyboard() });
  });
  composer.callbackQuery('menu:language', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t('language-choose'), { reply_markup: languageKeyboard() });
  });
  composer.callbackQuery(/^lang:(\w+)$/, async (ctx) => {
    const wanted = ctx.match[1]!;
    if (!(LOCALES as readonly string[]).includes(wanted)) return ctx.answerCallbackQuery({ text: ctx.t('language-unknown') });
    await ctx.answerCallbackQuery();
    await setLanguage(ctx, wanted);
  });

  composer.command('privacy', (ctx) => ctx.reply(privacyText(ctx), { parse_mode: 'HTML' }));
  composer.callbackQuery('menu:privacy', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(privacyText(ctx), { parse_mode: 'HTML' });
  });

  pm.command('forgetme', (ctx) =>
    ctx.reply(ctx.t('forgetme-confirm'), {
      reply_markup: new InlineKeyboard().text(ctx.t('forgetme-yes'), 'forget:yes').text(ctx.t('forgetme-no'), 'forget:no'),
    }),
  );
  composer.callbackQuery('forget:no', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('forgetme-cancelled'));
  });
  composer.callbackQuery('forget:yes', async (ctx) => {
    const { members, access, erasers } = ctx.deps.services;
    const id = BigInt(ctx.from.id);
    // Say it in the member's language before the language itself is forgotten.
    const done = ctx.t('forgetme-done');
    await members.forget({ id, via: 'telegram' }, id, access, erasers);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(done);
  });

  function allFeatures(_ctx: BotContext) {
    return features;
  }
  return Object.assign(feature, {
    /** Called by createBot once the whole list is known, so menus and /help include every feature. */
    bind(list: Feature[]) {
      features.splice(0, features.length, ...list);
    },
  });
}

async function setLanguage(ctx: BotContext, locale: string) {
  if (ctx.from) await ctx.deps.services.members.setLocale(BigInt(ctx.from.id), locale);
  if (ctx.member) ctx.member = { ...ctx.member, locale };
  await ctx.i18n.renegotiateLocale();
  await ctx.reply(ctx.t('language-set'));
}
