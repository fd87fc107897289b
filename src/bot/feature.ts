import type { Composer } from 'grammy';
import type { Role } from '../access/roles.js';
import type { BotContext } from './context.js';

export interface CommandSpec {
  command: string;
  /** i18n key of the description shown in Telegram's command menu. */
  descriptionKey: string;
  /** Staff commands are listed in /help for staff only and never in the public command menu. */
  roles?: Role[];
}

export interface MenuItem {
  /** i18n key of the button label. */
  labelKey: string;
  /** callback_data the button sends (handled by the feature's composer). */
  data: string;
}

/** One capability's contribution to the bot. */
export interface Feature {
  name: string;
  composer: Composer<BotContext>;
  commands?: CommandSpec[];
  menu?: MenuItem[];
}
