// The local Bot API server of `npm run bench:broadcast`, in a process of its own (so its CPU is
// measured apart and it does not share an event loop with the bench's database). Driven over IPC:
// the parent sends { id, op, args } and gets { id, result } back.
import { startBotApiServer, type BotApiServer } from '../src/demo/bot-api-server.js';

let server: BotApiServer | undefined;
/** When each message to a recipient (not the author) arrived, ms since the epoch. */
let times: number[] = [];

const ops: Record<string, (args: any) => unknown> = {
  async start(a: { faults: Parameters<typeof startBotApiServer>[0]; blocked: number[]; deactivated: number[]; forgotten: number[]; groups: { id: number; migrate: boolean }[]; author: number }) {
    server = await startBotApiServer({ recordCalls: false, ...a.faults });
    for (const id of a.blocked) server.block(id);
    for (const id of a.deactivated) server.deactivate(id);
    for (const id of a.forgotten) server.forget(id);
    for (const g of a.groups) {
      server.addGroup({ id: g.id, type: 'group', title: `Group ${-g.id}` });
      if (g.migrate) server.migrate(g.id);
    }
    server.onMessage((m, kind) => {
      if (kind === 'sent' && m.chatId !== a.author) times.push(Date.now());
    });
    return { apiRoot: server.apiRoot };
  },
  stats: () => ({ ...server!.stats(), delivered: times.length }),
  delivered: () => times.length,
  times: () => times,
  /** How many messages each chat got. */
  sentCounts: (ids: number[]) => ids.map((id) => server!.sentTo(id).length),
  async close() {
    await server?.close();
    times = [];
    setImmediate(() => process.exit(0));
    return true;
  },
};

process.on('message', async (msg: { id: number; op: string; args: unknown }) => {
  try {
    process.send!({ id: msg.id, result: await ops[msg.op]!(msg.args) });
  } catch (err) {
    process.send!({ id: msg.id, error: String((err as Error).stack ?? err) });
  }
});
process.on('disconnect', () => process.exit(0));
