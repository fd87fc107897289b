// npx tsx bench/ama-sample.ts: a small AMA through the real bot and the fake Bot API, then its
// recap (Markdown, every session language) printed: the sample export of the report.
import { openDatabase } from '../src/db/client.js';
import { applyMigrations } from '../src/db/migrations.js';
import { amaCapability } from '../src/ama/index.js';
import { createTestBot } from '../test/support/bot.js';
import { BOT_INFO } from '../test/support/fake-api.js';
import { alice, bernd, callback, community, li, privateText, user } from '../test/support/updates.js';

const db = await openDatabase({ memory: true });
await applyMigrations(db.adapter);
const tb = createTestBot(db, { env: { STAFF_CHAT_ID: '-1009999' }, features: (deps) => amaCapability.features!(deps) });
const host = user(5001, { first_name: 'Jay' });
const mod = user(5002, { first_name: 'Mia' });
const cli = { id: null, via: 'cli' as const };
await tb.services.access.grant(cli, BigInt(host.id), 'ama_host');
await tb.services.access.grant(cli, BigInt(mod.id), 'moderator');
await tb.send(privateText(`/ama_new CEO AMA: withdrawals, keys and rewards | 2026-11-26 14:00 | en,de,zh | ${community.id}`, host));
await tb.send(privateText('/ama_open 1', host));
const members = Array.from({ length: 12 }, (_, i) => user(300 + i, { language_code: ['en', 'de', 'zh-hans'][i % 3] }));
const asks: [typeof alice, string][] = [
  [alice, 'When will withdrawals resume?'],
  [bernd, 'Wie schützen Sie die privaten Schlüssel?'],
  [li, '忠实用户有奖励吗？'],
  [members[0]!, 'Why should we trust the exchange again after the pause?'],
  [members[1]!, 'Wann werden die Auszahlungen wieder aufgenommen?'], // merged into the first
  [members[2]!, 'Will you publish your wallet addresses for transparency?'],
  [members[3]!, 'Is my seed abandon ability able about above absent absorb abstract absurd abuse access accident safe?'], // refused
];
for (const [u, text] of asks) await tb.send(privateText(`/ask ${text}`, u));
for (const q of await db.prisma.amaQuestion.findMany({ where: { status: 'pending' } })) await tb.send(callback(`ama:m:a:${q.id}`, mod));
const board = await db.prisma.amaQuestion.findMany({ where: { status: 'approved' }, orderBy: { id: 'asc' } });
for (const [i, m] of members.entries()) for (const q of board.slice(0, 1 + (i % board.length))) await tb.send(callback(`ama:v:${q.id}`, m, { chat: community } as never));
const answers = [
  'Withdrawals reopen on Friday at 00:00 HKT; every asset, no limits beyond the usual ones.',
  'Unser Hot-Wallet-System nutzt Multisig, und jeder private Schlüssel hat ein Backup.',
  'Yes: the Happy Friday programme puts 20% of contract fees into a fund for everyone who held or traded during the pause.',
];
for (const a of answers) {
  await tb.send(privateText('/next', host));
  const s = await db.prisma.amaSession.findUnique({ where: { id: 1 } });
  const q = await db.prisma.amaQuestion.findUnique({ where: { id: s!.nowAnsweringId! } });
  await tb.send(privateText(a, host, { reply_to_message: { message_id: q!.consoleMessageId!, from: BOT_INFO, chat: { id: host.id, type: 'private' }, date: 0 } } as never));
}
await tb.send(privateText('/ama_close 1', host));
const session = (await tb.services.ama.sessions.get(1))!;
for (const lang of session.languages) {
  const e = await tb.services.ama.exporter.build(session, lang);
  console.log(`----- ama-1-${e.date}.${lang}.md -----`);
  console.log(tb.services.ama.exporter.markdown(e));
}
console.log('----- ama-1 (en) JSON -----');
console.log(tb.services.ama.exporter.json(await tb.services.ama.exporter.build(session, 'en')));
await db.close();
