import { UsageError, type CliCommand } from '../cli/types.js';
import { OFFICIAL_KINDS, OfficialInputError } from './official.js';
import type { OfficialKind } from './links.js';

const CLI_ACTOR = { id: null, via: 'cli' as const };

function kindOf(s: string | undefined): OfficialKind {
  const k = OFFICIAL_KINDS.find((x) => x === s?.toLowerCase());
  if (!k) throw new UsageError(`kind must be one of ${OFFICIAL_KINDS.join(', ')}`);
  return k;
}

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof OfficialInputError) throw new UsageError(err.message);
    throw err;
  }
}

/** `official add|remove|list|seed`: the operator keeps the official lists (audited, via cli). */
export const safetyCli: CliCommand[] = [
  {
    path: ['official', 'add'],
    summary: 'Add an official domain, Telegram handle, social link or wallet address',
    args: '<domain|handle|link> <value> | address <asset> <network> <address>',
    async run(ctx, { positionals }) {
      const k = kindOf(positionals[0]);
      const [asset, network, value] = k === 'address' ? positionals.slice(1) : [undefined, undefined, positionals[1]];
      if (!value) throw new UsageError(k === 'address' ? 'usage: official add address <asset> <network> <address>' : 'a value is required');
      const changed = await guarded(async () => (await ctx.services()).safety.official.add(CLI_ACTOR, k, value, asset, network));
      ctx.out(changed ? `added ${k} ${value}` : `${k} ${value} is already official: nothing changed`);
    },
  },
  {
    path: ['official', 'remove'],
    summary: 'Remove an entry from the official lists',
    args: '<domain|handle|link|address> <value>   (address: also accepts <asset> <network> <address>)',
    async run(ctx, { positionals }) {
      const kind = positionals[0];
      const value = positionals[positionals.length > 3 ? 3 : 1];
      if (!value) throw new UsageError('a value is required');
      const k = kindOf(kind);
      const changed = await guarded(async () => (await ctx.services()).safety.official.remove(CLI_ACTOR, k, value));
      ctx.out(changed ? `removed ${k} ${value}` : `${k} ${value} was not listed: nothing changed`);
    },
  },
  {
    path: ['official', 'list'],
    summary: 'Print the official lists',
    async run(ctx) {
      const rows = await (await ctx.services()).safety.official.entries();
      if (!rows.length) ctx.out('(no official entries; `official seed` adds the defaults)');
      for (const r of rows) ctx.out(`${r.kind}\t${r.display}${r.asset ? `\t${r.asset}\t${r.network ?? ''}` : ''}`);
    },
  },
  {
    path: ['official', 'seed'],
    summary: "Add the defaults from the seed file's links (okex.com, @OKExOfficial_English, social profiles)",
    async run(ctx) {
      const n = await (await ctx.services()).safety.official.seedDefaults(CLI_ACTOR);
      ctx.out(`added ${n} default entries`);
    },
  },
];
