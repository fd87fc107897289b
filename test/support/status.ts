import type { Database } from '../../src/db/client.js';
import type { Services } from '../../src/services.js';
import type { DeliverInput } from '../../src/seams.js';
import type { Role } from '../../src/access/roles.js';
import { user } from './updates.js';

/** Staff used by the status tests (owner 9001 comes from BOT_OWNERS in tests). */
export const admin1 = user(2001, { first_name: 'Ada', language_code: 'en' });
export const admin2 = user(2002, { first_name: 'Bea', language_code: 'de' });
export const supporter = user(2003, { first_name: 'Sam', language_code: 'en' });

/** Stands in for delivery's seam: records what status hands over, answers with a broadcast id. */
export function deliveryRecorder(services: Services) {
  const calls: DeliverInput[] = [];
  services.seams.deliver = async (input) => {
    calls.push(input);
    return 500 + calls.length;
  };
  return calls;
}

export async function grant(services: Services, id: number, role: Role) {
  await services.access.grant({ id: null, via: 'cli' }, BigInt(id), role);
}

export async function staff(services: Services) {
  await grant(services, admin1.id, 'admin');
  await grant(services, admin2.id, 'admin');
  await grant(services, supporter.id, 'support');
}

export async function assets(services: Services) {
  for (const [s, n] of [['BTC', 'Bitcoin'], ['ETH', 'Ethereum'], ['USDT', 'Tether']] as const) {
    await services.status.addAsset({ id: null, via: 'cli' }, s, n);
  }
}

/** A member who started the bot, with a Telegram language. */
export async function member(db: Database, id: number, languageCode: string, extra: { locale?: string; blocked?: boolean; started?: boolean } = {}) {
  await db.prisma.member.create({
    data: {
      id: BigInt(id),
      languageCode,
      locale: extra.locale ?? null,
      startedAt: extra.started === false ? null : new Date(),
      blockedAt: extra.blocked ? new Date() : null,
    },
  });
}

/** A controllable clock. */
export function clock(start = new Date('2026-11-25T06:00:00Z')) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(minutes: number) {
      t += minutes * 60_000;
    },
  };
}
