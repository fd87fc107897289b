import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type CliCommand } from '../cli/types.js';

export const amaCli: CliCommand[] = [
  {
    path: ['ama', 'list'],
    summary: 'List AMA sessions, newest first',
    async run(ctx) {
      const list = await (await ctx.services()).ama.sessions.list(100);
      if (!list.length) ctx.out('No AMA sessions.');
      for (const s of list) ctx.out(`${s.id}\t${s.status}\t${s.startsAt.toISOString()}\t${s.languages.join(',')}\t${s.title}`);
    },
  },
  {
    path: ['ama', 'export'],
    summary: 'Export a session recap (one per session language): Markdown or JSON',
    args: '<session-id>',
    options: {
      format: { type: 'string', description: 'md (default) or json' },
      out: { type: 'string', description: 'Folder to write the files to (default: print them)' },
    },
    async run(ctx, { positionals, values }) {
      const [idText] = positionals;
      if (!idText || !/^\d+$/.test(idText)) throw new UsageError('session-id must be a number (see `ama list`)');
      const format = (values.format as string | undefined) ?? 'md';
      if (format !== 'md' && format !== 'json') throw new UsageError('--format must be md or json');
      const { ama } = await ctx.services();
      const session = await ama.sessions.get(Number(idText));
      if (!session) {
        ctx.err(`No AMA session ${idText}.`);
        return 1;
      }
      await ama.exporter.suggest(session.id);
      const files = await ama.exporter.all(session, format);
      for (const f of files) {
        if (values.out) {
          const file = path.join(values.out as string, f.filename);
          writeFileSync(file, f.content);
          ctx.out(`Wrote ${file}`);
        } else ctx.out(f.content);
      }
    },
  },
];
