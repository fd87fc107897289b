import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient };

export interface DatabaseOptions {
  /** postgresql://… of a PostgreSQL server; when absent the embedded database is used. */
  url?: string;
  /** Folder of the embedded database (PGlite). Ignored with `url`. */
  dataDir?: string;
  /** An embedded database in memory, for tests and benchmarks. */
  memory?: boolean;
  /** PGlite data to start from (a tarball from `dumpDataDir`), for fast test databases. */
  loadDataDir?: Blob | File;
  /** Pool size for a PostgreSQL server. */
  poolSize?: number;
}

export interface Database {
  prisma: PrismaClient;
  /** Driver adapter factory, for the schema engine (migrations). */
  adapter: PrismaPg;
  kind: 'embedded' | 'postgres';
  /** The URL the Prisma client talks to (for the embedded database, its local socket). */
  url: string;
  /** Whether this process serves the embedded database (false when it joined a running bot's). */
  owner: boolean;
  pglite?: PGlite;
  close(): Promise<void>;
}

const SERVER_FILE = '.server.json';

export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/**
 * One code path for both databases: the Prisma client always uses the official `@prisma/adapter-pg`.
 * With a URL it talks to that PostgreSQL server. Without one, this process opens the embedded
 * PGlite database and serves it on a loopback port with `@electric-sql/pglite-socket`, so that the
 * operator CLI (a second process) can reach the same database while the bot runs.
 */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) return openServer(opts.url, opts.poolSize ?? 10);
  if (!opts.memory && opts.dataDir) {
    const running = await runningServer(opts.dataDir);
    if (running) return openServer(running, 2, 'embedded');
  }
  return openEmbedded(opts);
}

function openServer(url: string, max: number, kind: Database['kind'] = 'postgres'): Database {
  const adapter = new PrismaPg({ connectionString: url, max });
  const prisma = new PrismaClient({ adapter });
  return { prisma, adapter, kind, url, owner: kind === 'postgres', close: () => prisma.$disconnect() };
}

async function openEmbedded(opts: DatabaseOptions): Promise<Database> {
  let dataDir: string | undefined;
  if (!opts.memory) {
    dataDir = path.resolve(opts.dataDir ?? './data');
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir: path.join(dataDir, 'pglite') } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const port = serverPort(server);
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  // PGlite is one session: a pool of one keeps a transaction and its statements on one connection.
  const adapter = new PrismaPg({ connectionString: url, max: 1 });
  const prisma = new PrismaClient({ adapter });
  const serverFile = dataDir ? path.join(dataDir, SERVER_FILE) : undefined;
  if (serverFile) writeFileSync(serverFile, JSON.stringify({ pid: process.pid, port }));
  let closed = false;
  return {
    prisma,
    adapter,
    kind: 'embedded',
    url,
    owner: true,
    pglite,
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await server.stop();
      await pglite.close();
      if (serverFile && existsSync(serverFile)) rmSync(serverFile, { force: true });
    },
  };
}

function serverPort(server: PGLiteSocketServer): number {
  const inner = (server as unknown as { server?: net.Server }).server;
  const addr = inner?.address();
  if (addr && typeof addr === 'object') return addr.port;
  throw new DatabaseError('the embedded database server did not report its port');
}

/** The URL of a live process serving this embedded database folder, if any. */
async function runningServer(dataDir: string): Promise<string | undefined> {
  const file = path.join(path.resolve(dataDir), SERVER_FILE);
  if (!existsSync(file)) return undefined;
  let info: { pid: number; port: number };
  try {
    info = JSON.parse(readFileSync(file, 'utf8'));
    process.kill(info.pid, 0);
  } catch {
    rmSync(file, { force: true });
    return undefined;
  }
  const reachable = await new Promise<boolean>((resolve) => {
    const sock = net.connect(info.port, '127.0.0.1');
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => resolve(false));
  });
  if (!reachable) {
    rmSync(file, { force: true });
    return undefined;
  }
  return `postgresql://postgres:postgres@127.0.0.1:${info.port}/postgres?sslmode=disable`;
}
