// npm run bench:support [-- --tickets 300 --messages 2000 --group 500]
// The support desk on the embedded database through the production bot and the fake Bot API:
// latency of a member's message relayed into an open ticket's topic, of a staff answer relayed to the
// member, of a member text with no ticket (the cost the desk adds before the knowledge base), and the
// time to prepare and record a /reply_group to many tickets (sending pace excluded: it is fixed by design).
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrations.js';
import { createConfig } from '../src/config.js';
import { createServices } from '../src/services.js';
import { createBot } from '../src/bot/create-bot.js';
import { supportCapability } from '../src/support/index.js';
import { pacing } from '../src/support/group-reply.js';
import type { Deps } from '../src/bot/context.js';
import { createFakeApi, BOT_INFO } from '../test/support/fake-api.js';
import { callback, privateText, user } from '../test/support/updates.js';

const { values } = parseArgs({ options: { tickets: { type: 'string', default: '300' }, messages: { type: 'string', default: '2000' }, group: { type: 'string', default: '500' } } });
const T = Number(values.tickets);
const N = Number(values.messages);
const G = Number(values.group);
const STAFF = -1009999000001;

const db = await openDatabase({ memory: true });
await applyMigrations(db.adapter);
const config = createConfig({ BOT_TOKEN: '123456789:AAH-bench-token-which-is-long-enough', LOG_LEVEL: 'silent', MEMBER_RATE_LIMIT: '10000', BOT_OWNERS: '9001', STAFF_CHAT_ID: String(STAFF), SUPPORT_TICKETS_PER_HOUR: '1000' });
const logger = pino({ level: 'silent' });
const services = createServices(db.prisma, config, logger);
const deps: Deps = { config, logger, prisma: db.prisma, services, now: () => new Date() };
const api = createFakeApi();
const { bot } = createBot({ token: config.botToken!, deps, botInfo: BOT_INFO, transformers: [api.transformer], features: supportCapability.features!(deps), autoRetry: false });
const agent = user(5001, { first_name: 'Agent' });
await services.access.grant({ id: null, via: 'cli' }, 5001n, 'support');

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
async function measure(label: string, n: number, make: (i: number) => Parameters<typeof bot.handleUpdate>[0]) {
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await bot.handleUpdate(make(i));
    lat.push(performance.now() - s);
  }
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  console.log(`${label}: median ${pct(lat, 50).toFixed(2)} ms, p99 ${pct(lat, 99).toFixed(2)} ms, ${(n / secs).toFixed(0)}/s (${n})`);
}

const members = Array.from({ length: T }, (_, i) => user(200_000 + i, { language_code: ['en', 'de', 'zh-hans'][i % 3] }));
const t0 = performance.now();
for (const m of members) {
  await bot.handleUpdate(privateText('/support', m));
  await bot.handleUpdate(callback('support:cat:withdrawal', m));
  await bot.handleUpdate(privateText(`My BTC withdrawal 0x${'a'.repeat(64)} is missing`, m));
}
console.log(`opening ${T} tickets (3 updates each, topic + header + copy): ${(((performance.now() - t0) / T)).toFixed(2)} ms a ticket`);
const tickets = await db.prisma.supportTicket.findMany({ orderBy: { id: 'asc' } });

await measure('member → topic relay', N, (i) => privateText(`more details ${i}`, members[i % T]!));
await measure('staff (topic) → member relay', N, (i) => {
  const tk = tickets[i % T]!;
  return { update_id: 1_000_000 + i, message: { message_id: 900_000 + i, date: 0, chat: { id: STAFF, type: 'supergroup', title: 'Staff', is_forum: true }, from: agent, text: `answer ${i}`, message_thread_id: tk.topicId!, is_topic_message: true } } as any;
});
const strangers = Array.from({ length: 500 }, (_, i) => user(400_000 + i));
await measure('member text without a ticket (passed on)', N, (i) => privateText('how do I deposit?', strangers[i % strangers.length]!));

// Group reply: sending paced at 25/s is the design; measure the desk's own work per recipient.
const extra = Array.from({ length: Math.max(0, G - T) }, (_, i) => user(300_000 + i));
for (const m of extra) {
  await bot.handleUpdate(privateText('/support', m));
  await bot.handleUpdate(callback('support:cat:withdrawal', m));
  await bot.handleUpdate(privateText('BTC withdrawal missing', m));
}
pacing.sleep = async () => {};
const g0 = performance.now();
const r = await bot.handleUpdate(privateText('/reply_group BTC Withdrawals resume within the hour', agent)).then(() => api.last('sendMessage')!.payload.text);
const gms = performance.now() - g0;
const count = await db.prisma.supportTicket.count({ where: { tags: { has: 'asset:BTC' } } });
console.log(`/reply_group to ${count} tickets without pacing: ${gms.toFixed(0)} ms (${(gms / count).toFixed(2)} ms a recipient; with pacing ≥ ${(count / 25).toFixed(0)} s) → "${r}"`);
console.log(`memory: rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MiB`);
await db.close();
