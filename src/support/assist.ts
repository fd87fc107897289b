import OpenAI from 'openai';
import type { Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import { t } from '../bot/i18n.js';
import { escapeHtml } from '../access/bot.js';
import { noteToStaff, staffLocale } from './staff.js';
import { assetsOf } from './triage.js';
import type { Ticket } from './service.js';

let client: { key: string; api: OpenAI } | undefined;
function openai(deps: Deps): OpenAI | null {
  const { apiKey, baseUrl, timeoutMs } = deps.config.openai;
  if (!apiKey) return null;
  const key = `${apiKey}\u0000${baseUrl ?? ''}`;
  if (client?.key !== key) client = { key, api: new OpenAI({ apiKey, baseURL: baseUrl, timeout: timeoutMs, maxRetries: 0 }) };
  return client.api;
}

/**
 * With OpenAI configured, the agent sees a one-line summary and a suggested reply in the ticket's
 * topic, built from the member's words and the facts the bot has (asset status from the status
 * capability, the knowledge base's matching entries). It is a note for staff: it is never sent to the member; a person writes the answer.
 */
export async function suggestForAgent(deps: Deps, api: Api, tk: Ticket, text: string): Promise<boolean> {
  if (!text.trim()) return false;
  // Without a key too: the knowledge-base entries that may answer it, for the agent to use.
  const entries = await deps.services.seams.kbMatches(text, tk.locale).catch(() => []);
  if (entries.length) {
    const list = entries.map((e) => t(staffLocale(deps), 'ticket-staff-kb-entry', { title: escapeHtml(e.title), id: e.id })).join('\n');
    await noteToStaff(deps, api, tk, t(staffLocale(deps), 'ticket-staff-kb-matches', { entries: list }));
  }
  const ai = openai(deps);
  if (!ai) return false;
  const facts: string[] = entries.map((e) => `Knowledge base [${e.id}] ${e.title}: ${e.answer.replace(/<[^>]+>/g, '')}`);
  for (const symbol of assetsOf(tk.tags)) {
    const f = await deps.services.seams.assetStatus(symbol).catch(() => null);
    if (f) facts.push(`${f.symbol}: withdrawals ${f.withdrawals}, deposits ${f.deposits} (as of ${f.updatedAt.toISOString()})`);
  }
  try {
    const res = await ai.chat.completions.create({
      model: deps.config.openai.model,
      temperature: 0.2,
      response_format: { type: 'json_object' },
      messages: [
        {
          role: 'system',
          content:
            'You assist a crypto exchange support agent. Reply with JSON {"summary": one short English sentence, "reply": a draft answer in the member\'s language}. ' +
            'Use only the facts given; never ask for passwords, private keys, seed phrases or 2FA codes; if the facts do not answer it, say what the agent should check.',
        },
        { role: 'user', content: `Language: ${tk.locale}\nCategory: ${tk.category}\nFacts:\n${facts.join('\n') || 'none'}\n\nMember wrote:\n${text.slice(0, 3000)}` },
      ],
    });
    const raw = res.choices[0]?.message?.content ?? '';
    let parsed: { summary?: string; reply?: string } = {};
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = { reply: raw };
    }
    if (!parsed.summary && !parsed.reply) return false;
    await noteToStaff(deps, api, tk, t(staffLocale(deps), 'ticket-staff-suggestion', { summary: escapeHtml(parsed.summary ?? '—'), reply: escapeHtml(parsed.reply ?? '—') }));
    return true;
  } catch (err) {
    deps.logger.info({ err: (err as Error).message, ticket: tk.id }, 'no AI suggestion');
    return false;
  }
}
