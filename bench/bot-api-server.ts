// `npm run bench:api-server`: how fast the local Bot API server answers over HTTP, with grammY's Api
// as the client: 27,000 sendMessage to distinct chats (paid broadcast, so the 1000/s limit applies)
// with N in flight, then the same without limits. Prints the rate and latency median/p99.
import { Api } from 'grammy';
import { DEMO_TOKEN, startBotApiServer, type BotApiServerOptions } from '../src/demo/bot-api-server.js';

const N = Number(process.env.BENCH_RECIPIENTS ?? 27_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

async function round(name: string, opts: BotApiServerOptions, paid: boolean) {
  const server = await startBotApiServer({ recordCalls: false, ...opts });
  const api = new Api(DEMO_TOKEN, { apiRoot: server.apiRoot });
  const latencies: number[] = [];
  let next = 0;
  let retried = 0;
  // A well-behaved sender: after a 429 every worker waits until retry_after has passed.
  let pausedUntil = 0;
  const started = performance.now();
  async function worker() {
    while (next < N) {
      const chatId = 100_000 + next++;
      for (;;) {
        if (pausedUntil > Date.now()) await new Promise((r) => setTimeout(r, pausedUntil - Date.now()));
        const t0 = performance.now();
        try {
          await api.sendMessage(chatId, 'BTC withdrawals are open again.', paid ? { allow_paid_broadcast: true } : {});
          latencies.push(performance.now() - t0);
          break;
        } catch (err: any) {
          if (err?.error_code !== 429) throw err;
          retried++;
          pausedUntil = Math.max(pausedUntil, Date.now() + err.parameters.retry_after * 1000);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
  const s = server.stats();
  console.log(
    `${name}: ${N} messages in ${seconds.toFixed(1)} s = ${Math.round(N / seconds)}/s (peak ${s.peakPerSecond} in one second); ` +
      `latency median ${q(0.5)} ms, p99 ${q(0.99)} ms; 429s ${s.tooManyRequests}, inside retry window ${s.requestsInsideRetryWindow}, retried ${retried}, duplicates ${s.duplicates}`,
  );
  await server.close();
}

await round('paid broadcast (1000/s limit)', {}, true);
await round('no limits', { globalPerSecond: 0, privatePerSecond: 0 }, false);
