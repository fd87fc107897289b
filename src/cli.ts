// The operator's command line: `npm run cli -- <command>`; `npm run cli -- --help` lists them.
import 'dotenv/config';
import { capabilities } from './capabilities.js';
import { runCli } from './cli/run.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  commands: capabilities.flatMap((c) => c.cli ?? []),
  io: { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), stdin: readStdin },
});
process.exitCode = code;
