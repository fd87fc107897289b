import type { TelegramState } from './state.js';

/**
 * Webhook mode of the local server: once the bot calls setWebhook, pending updates are POSTed to
 * it one after another, in order, with X-Telegram-Bot-Api-Secret-Token, until it answers 2xx
 * (Telegram retries too). `origin` replaces the URL's scheme and host, so a bot that registered
 * https://bot.example/telegram/1 can be reached on http://127.0.0.1:PORT/telegram/1.
 */
export class WebhookDelivery {
  origin?: string;
  retryMs = 1000;
  delivered = 0;
  failed = 0;
  private running = false;
  private stopped = false;
  private cancel?: () => void;
  private offset = 0;

  constructor(private s: TelegramState) {}

  /** Starts (or keeps) the delivery loop; returns at once. */
  kick() {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.loop().finally(() => (this.running = false));
  }

  stop() {
    this.stopped = true;
    this.cancel?.();
  }

  private target(url: string) {
    if (!this.origin) return url;
    const u = new URL(url);
    return new URL(u.pathname + u.search, this.origin).toString();
  }

  private async loop() {
    while (this.s.webhook && !this.stopped) {
      const [update] = this.s.updates.take(this.offset, 1);
      if (!update) {
        const w = this.s.updates.wait(30_000);
        this.cancel = w.cancel;
        await w.done;
        continue;
      }
      const hook = this.s.webhook;
      let ok = false;
      try {
        const res = await fetch(this.target(hook.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(hook.secret_token ? { 'x-telegram-bot-api-secret-token': hook.secret_token } : {}) },
          body: JSON.stringify(update),
          signal: AbortSignal.timeout(60_000),
        });
        ok = res.ok;
        await res.arrayBuffer().catch(() => undefined);
      } catch {
        ok = false;
      }
      if (ok) {
        this.delivered++;
        this.offset = update.update_id + 1;
        this.s.updates.take(this.offset, 0);
      } else {
        this.failed++;
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, this.retryMs);
          this.cancel = () => (clearTimeout(t), resolve());
        });
      }
    }
  }
}
