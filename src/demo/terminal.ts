import type { User } from 'grammy/types';
import type { BotApiServer, StoredMessage } from './bot-api-server.js';
import { stripHtml } from './html.js';

export interface DemoUser {
  user: User;
  role: string;
}

/** The people you can be in the demo: members in three languages and the owner (BOT_OWNERS). */
export const DEMO_USERS: DemoUser[] = [
  { user: { id: 1001, is_bot: false, first_name: 'Alice', username: 'alice', language_code: 'en' }, role: 'member' },
  { user: { id: 1002, is_bot: false, first_name: 'Bernd', username: 'bernd', language_code: 'de' }, role: 'member' },
  { user: { id: 1003, is_bot: false, first_name: '李', username: 'li', language_code: 'zh-hans' }, role: 'member' },
  { user: { id: 9001, is_bot: false, first_name: 'Olga', username: 'olga_owner', language_code: 'en' }, role: 'owner (staff)' },
];
export const DEMO_OWNER_ID = 9001;
/** The community group, where /group writes. */
export const COMMUNITY = { id: -1001234567890, type: 'supergroup', title: 'Exchange Community' } as const;

export const DEMO_HELP = `Demo commands (everything else is sent to the bot as the current user):
  /as <name|id>   write as another user        /users      list the users
  /lang <code>    Telegram language (en, de, zh) of the current user
  /group <text>   write <text> in the community group
  /press N        press the button numbered N  /demo       this help
  /quit           stop the bot and leave`;

type Out = (line: string) => void;

/**
 * The chat in the terminal: what you type goes to the local server as the current user, what the
 * bot sends is printed (HTML tags stripped) with its inline buttons numbered for /press.
 */
export class TerminalChat {
  current: DemoUser;
  private buttons = new Map<number, { chatId: number; messageId: number; data: string }>();
  private nextButton = 1;
  /** Bumped on every bot message or callback answer: scripted mode waits for it to settle. */
  activity = 0;

  constructor(private server: BotApiServer, private out: Out, readonly users: DemoUser[] = DEMO_USERS) {
    for (const u of users) server.addUser(u.user);
    this.current = users[0]!;
    server.onMessage((m, kind) => this.show(m, kind));
  }

  get prompt() {
    return `${this.current.user.first_name}> `;
  }

  /** Handles one typed line: 'sent' when something went to the bot, 'quit' on /quit, else 'local'. */
  line(input: string): 'sent' | 'local' | 'quit' {
    const text = input.trim();
    if (!text) return 'local';
    const [cmd, ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    switch (cmd) {
      case '/quit':
      case '/exit':
        return 'quit';
      case '/demo':
        this.out(DEMO_HELP);
        return 'local';
      case '/users':
        for (const u of this.users) this.out(`${u === this.current ? '*' : ' '} ${u.user.first_name} (id ${u.user.id}, ${u.role}, language ${u.user.language_code})`);
        return 'local';
      case '/as': {
        const found = this.users.find((u) => u.user.first_name.toLowerCase() === arg.toLowerCase() || u.user.username === arg || String(u.user.id) === arg);
        if (!found) this.out(`No user "${arg}". /users lists them.`);
        else {
          this.current = found;
          this.out(`You are now ${found.user.first_name} (${found.role}).`);
        }
        return 'local';
      }
      case '/lang':
        if (!/^[a-z]{2}(-[a-z]+)?$/i.test(arg)) this.out('Usage: /lang en|de|zh');
        else {
          this.current.user.language_code = arg.toLowerCase() === 'zh' ? 'zh-hans' : arg.toLowerCase();
          this.server.addUser(this.current.user);
          this.out(`${this.current.user.first_name} now uses Telegram in "${this.current.user.language_code}".`);
        }
        return 'local';
      case '/group':
        if (!arg) {
          this.out('Usage: /group <text>');
          return 'local';
        }
        this.resetButtons();
        this.server.sendFromUser(this.current.user.id, arg, { chat: { ...COMMUNITY } });
        return 'sent';
      case '/press': {
        const b = this.buttons.get(Number(arg));
        if (!b) {
          this.out(`No button ${arg || '(missing number)'}.`);
          return 'local';
        }
        this.resetButtons();
        const { callbackQueryId } = this.server.pressButton(b.chatId, b.messageId, b.data, b.chatId > 0 ? b.chatId : this.current.user.id);
        this.server
          .waitFor(() => this.server.callbackAnswer(callbackQueryId), 15_000)
          .then((a) => {
            this.activity++;
            if (a.text) this.out(`💬 ${a.text}`);
          })
          .catch(() => {});
        return 'sent';
      }
      default:
        this.resetButtons();
        this.server.sendFromUser(this.current.user.id, text);
        return 'sent';
    }
  }

  private resetButtons() {
    this.buttons.clear();
    this.nextButton = 1;
  }

  private show(m: StoredMessage, kind: 'sent' | 'edited' | 'deleted') {
    if (m.from !== 'bot') return;
    this.activity++;
    const chat = this.server.state.chats.get(m.chatId)?.chat;
    const name = chat && 'title' in chat ? chat.title : chat && 'first_name' in chat ? chat.first_name : String(m.chatId);
    const where = m.chatId === this.current.user.id ? '' : ` → ${name}${m.threadId ? ` (topic ${m.threadId})` : ''}`;
    if (kind === 'deleted') return this.out(`🤖 Bot${where} deleted a message.`);
    const label = kind === 'edited' ? ' (edited)' : '';
    const file = m.file ? `📎 ${m.file.kind} ${m.file.file.file_name ?? ''} (${m.file.file.file_size} bytes)\n` : '';
    const body = m.parseMode?.toUpperCase() === 'HTML' ? stripHtml(m.text ?? '') : (m.plain ?? '');
    const lines = [`🤖 Bot${where}${label}:\n${file}${body}`];
    const rows: any[][] = m.replyMarkup?.inline_keyboard ?? [];
    for (const row of rows) {
      const cells = row.map((b) => {
        if (b.callback_data === undefined) return `[${b.text} ↗ ${b.url ?? '…'}]`;
        const n = this.nextButton++;
        this.buttons.set(n, { chatId: m.chatId, messageId: m.messageId, data: b.callback_data });
        return `[${n}] ${b.text}`;
      });
      lines.push(`   ${cells.join('   ')}`);
    }
    this.out(lines.join('\n'));
  }
}
