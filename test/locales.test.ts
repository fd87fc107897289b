import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { LOCALES } from '../src/config.js';
import { LOCALES_DIR } from '../src/bot/i18n.js';

function keysOf(locale: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dir = path.join(LOCALES_DIR, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const res = new FluentResource(readFileSync(path.join(dir, file), 'utf8'));
    for (const m of res.body) {
      if (!('id' in m) || m.id.startsWith('-')) continue;
      const attrs = Object.keys((m as any).attributes ?? {}).sort();
      out.set(m.id, attrs);
    }
  }
  return out;
}

describe('locales', () => {
  const en = keysOf('en');

  it('English has keys', () => {
    expect(en.size).toBeGreaterThan(20);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the keys of English`, () => {
      const other = keysOf(locale);
      expect([...en.keys()].filter((k) => !other.has(k)), `missing in ${locale}`).toEqual([]);
      expect([...other.keys()].filter((k) => !en.has(k)), `only in ${locale}`).toEqual([]);
    });
  }

  for (const locale of LOCALES) {
    it(`${locale} files parse without errors and use the same variables as English`, () => {
      const dir = path.join(LOCALES_DIR, locale);
      const bundle = new FluentBundle(locale);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
        const errs = bundle.addResource(new FluentResource(readFileSync(path.join(dir, file), 'utf8')));
        expect(errs.map(String), file).toEqual([]);
      }
    });
  }

  it('every locale file name exists in every locale (one file per capability)', () => {
    const names = (l: string) => readdirSync(path.join(LOCALES_DIR, l)).filter((f) => f.endsWith('.ftl')).sort();
    for (const l of LOCALES) expect(names(l)).toEqual(names('en'));
  });

  it('variables used in a translation exist in English too', () => {
    const varsOf = (locale: string) => {
      const map = new Map<string, Set<string>>();
      for (const file of readdirSync(path.join(LOCALES_DIR, locale)).filter((f) => f.endsWith('.ftl'))) {
        const text = readFileSync(path.join(LOCALES_DIR, locale, file), 'utf8');
        let current = '';
        for (const line of text.split('\n')) {
          const m = /^([a-z][\w-]*)\s*=/.exec(line);
          if (m) current = m[1]!;
          for (const v of line.matchAll(/\{\s*\$(\w+)/g)) {
            if (!map.has(current)) map.set(current, new Set());
            map.get(current)!.add(v[1]!);
          }
        }
      }
      return map;
    };
    const enVars = varsOf('en');
    for (const l of LOCALES.filter((x) => x !== 'en')) {
      for (const [key, vars] of varsOf(l)) {
        for (const v of vars) expect(enVars.get(key)?.has(v), `${l}: ${key} uses $${v} which English does not`).toBe(true);
      }
    }
  });
});
