import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/db.js';
import type { Database } from '../../src/db/client.js';
import { runCli } from '../../src/cli/run.js';
import { safetyCli } from '../../src/safety/cli.js';
import { detectSecret } from '../../src/safety/secrets.js';
import { measure } from './corpus/load.js';

let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { env: { BOT_OWNERS: '9001' }, io: { out: (l) => void out.push(l), err: (l) => void err.push(l) }, commands: safetyCli, database: db });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('official CLI', () => {
  it('seeds, adds, lists and removes, audited as cli; bad usage exits 2', async () => {
    expect((await cli('official', 'seed')).out).toBe('added 7 default entries');
    expect((await cli('official', 'add', 'address', 'BTC', 'bitcoin', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).code).toBe(0);
    const list = await cli('official', 'list');
    expect(list.out).toContain('domain\tokex.com');
    expect(list.out).toContain('address\t1BoatSLRHtKNngkdXEeobR76b53LETtpyT\tBTC\tbitcoin');
    expect((await cli('official', 'remove', 'domain', 'okex.com')).out).toBe('removed domain okex.com');
    expect((await cli('official', 'add', 'planet', 'mars')).code).toBe(2);
    expect((await cli('official', 'add', 'domain', 'no_dots')).code).toBe(2);
    expect((await cli('official', 'add', 'address', 'BTC')).code).toBe(2);
    const audit = await db.prisma.auditEntry.findMany({ where: { via: 'cli' } });
    expect(audit.map((a) => a.action)).toEqual([...Array(8).fill('safety.official.add'), 'safety.official.remove']);
  });
});

describe('detectors', () => {
  it('tx hash vs key, checksums, public keys', () => {
    const h = 'ab'.repeat(32);
    expect(detectSecret(h)).toBe('hex-key'); // bare 64 hex: treated as a key
    expect(detectSecret(`tx ${h}`)).toBeNull();
    expect(detectSecret(`https://etherscan.io/tx/0x${h}`)).toBeNull();
    expect(detectSecret(`交易 ${h}`)).toBeNull();
    expect(detectSecret(`tx hash or private key? ${h}`)).toBe('hex-key'); // "key" wins over "tx"
    expect(detectSecret(`${h}00`)).toBeNull(); // 66 hex is not a 32-byte key
    // A WIF-shaped string with a wrong checksum is not a key.
    expect(detectSecret('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTa')).toBeNull();
    expect(detectSecret('5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ')).toBe('wif');
    expect(detectSecret('abandon ability able about above absent absorb abstract absurd abuse access')).toBe('mnemonic'); // 11 in a row
    expect(detectSecret('buy buy buy buy buy buy buy buy buy buy buy buy buy')).toBeNull();
  });
});

describe('corpus', () => {
  it('catches every attack and raises no false alarm on ordinary lines and names', () => {
    const m = measure();
    const c = m.corpus;
    const attacks = c.secrets.length + c.lookalikes.length + c.names.length;
    const missed = m.missed.secrets.length + m.missed.lookalikes.length + m.missed.names.length;
    console.log(
      `[safety corpus] attacks: ${c.names.length} names, ${c.secrets.length} secrets, ${c.lookalikes.length} look-alikes; ` +
        `caught ${attacks - missed}/${attacks}. Ordinary: ${m.ordinary.length} lines (en ${c.ordinary.en.length}, de ${c.ordinary.de.length}, zh ${c.ordinary.zh.length}, mixed ${c.ordinary.generated.length}), ` +
        `${c.ordinaryNames.length} names; false alarms: ${m.falseAlarms.lines.length} lines, ${m.falseAlarms.names.length} names`,
    );
    expect(c.names.length).toBeGreaterThanOrEqual(100);
    expect(c.secrets.length).toBeGreaterThanOrEqual(100);
    expect(c.lookalikes.length).toBeGreaterThanOrEqual(100);
    expect(m.ordinary.length).toBeGreaterThanOrEqual(1000);
    expect(m.missed).toEqual({ secrets: [], lookalikes: [], names: [] });
    expect(m.falseAlarms).toEqual({ lines: [], names: [], staff: [] });
  });
});
