import { readFileSync } from 'node:fs';
import { createImpersonationMatcher, type NamedPerson, type StaffName } from '../../../src/safety/impersonation.js';
import { detectSecret } from '../../../src/safety/secrets.js';
import { judge, lookalikesIn, normalizeDomain, normalizeHandle, normalizeLink, type OfficialList } from '../../../src/safety/links.js';
import { DEFAULT_OFFICIAL } from '../../../src/safety/official.js';

const dir = new URL('.', import.meta.url).pathname;
const lines = (f: string) => readFileSync(`${dir}${f}`, 'utf8').split('\n').filter((l) => l.trim());
const json = <T>(f: string): T => JSON.parse(readFileSync(`${dir}${f}`, 'utf8'));

/** The staff the name corpus imitates (ids as in the registry). */
export const CORPUS_STAFF: StaffName[] = [
  { id: 501n, firstName: 'Martina', lastName: 'Weber', username: 'martina_weber' },
  { id: 502n, firstName: 'Chen', lastName: 'Wei', username: 'chenwei_cm' },
  { id: 503n, firstName: 'Kevin', lastName: 'Brooks', username: 'kbrooks' },
];
export const BRANDS = ['okex', 'okx'];

/** The default official lists (seed file's links), as the service would hold them. */
export const CORPUS_OFFICIAL: OfficialList = {
  domains: DEFAULT_OFFICIAL.filter((d) => d.kind === 'domain').map((d) => normalizeDomain(d.value)!),
  handles: DEFAULT_OFFICIAL.filter((d) => d.kind === 'handle').map((d) => normalizeHandle(d.value)!),
  links: DEFAULT_OFFICIAL.filter((d) => d.kind === 'link').map((d) => normalizeLink(d.value)!),
  addresses: [],
};

export function loadCorpus() {
  return {
    secrets: json<string[]>('secrets-attacks.json'),
    lookalikes: lines('domains-attacks.txt'),
    names: json<NamedPerson[]>('names-attacks.json'),
    ordinaryNames: json<NamedPerson[]>('names-ordinary.json'),
    ordinary: {
      en: lines('ordinary-en.txt'),
      de: lines('ordinary-de.txt'),
      zh: lines('ordinary-zh.txt'),
      generated: lines('ordinary-generated.txt'),
    },
  };
}

/** What the group guards would do with one message: delete (secret) or flag (look-alike). */
export function guardMessage(text: string) {
  const secret = detectSecret(text);
  const flagged = secret ? [] : lookalikesIn(text, CORPUS_OFFICIAL, BRANDS);
  return { secret, flagged };
}

/** Catch and false-alarm counts over the whole corpus. */
export function measure() {
  const c = loadCorpus();
  const matcher = createImpersonationMatcher(BRANDS);
  const ordinary = [...c.ordinary.en, ...c.ordinary.de, ...c.ordinary.zh, ...c.ordinary.generated];
  const missed = {
    secrets: c.secrets.filter((s) => !detectSecret(s)),
    // A look-alike must be judged NOT official by /check and flagged inside a group message.
    lookalikes: c.lookalikes.filter((l) => judge(l, CORPUS_OFFICIAL, BRANDS).status !== 'not_official' || !guardMessage(`pls check ${l} asap`).flagged.length),
    names: c.names.filter((n) => !matcher.check(n, CORPUS_STAFF)),
  };
  const falseAlarms = {
    lines: ordinary.filter((l) => {
      const g = guardMessage(l);
      return g.secret || g.flagged.length;
    }),
    names: c.ordinaryNames.filter((n) => matcher.check(n, CORPUS_STAFF)),
    staff: CORPUS_STAFF.filter((s) => matcher.check(s, [])), // staff themselves against no-one
  };
  return { corpus: c, ordinary, missed, falseAlarms };
}
