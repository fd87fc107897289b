import { describe, expect, it } from 'vitest';
import { exportKb, htmlProblem, parseKb } from '../../src/knowledge/format.js';
import { fixtureEntries, fixtureText } from './helpers.js';

describe('knowledge file format', () => {
  it('parses the fixture and round-trips through export', () => {
    const entries = fixtureEntries();
    expect(entries.map((e) => e.id)).toContain('pause-why');
    expect(entries.find((e) => e.id === 'pause-why')!.validFrom).toBe('2020-11-26');
    const again = parseKb(exportKb(entries));
    expect(again.ok && again.entries).toEqual(entries);
  });

  it('names the line and the reason of every problem', () => {
    const broken = fixtureText()
      .replace('id: funds-safe', 'id: Funds_Safe')
      .replace('related: [key-backup]', 'related: [no-such-entry]')
      .replace('valid_from: 2020-11-26', 'valid_from: 26.11.2020');
    const r = parseKb(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = broken.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { line: lineOf('Funds_Safe'), message: expect.stringContaining('kebab-case') },
        { line: lineOf('no-such-entry'), message: expect.stringContaining('"no-such-entry" does not exist') },
        { line: lineOf('26.11.2020'), message: expect.stringContaining('ISO date') },
      ]),
    );
  });

  it('reports YAML syntax errors, duplicates, missing languages and bad HTML with their lines', () => {
    expect(parseKb('version: 1\nentries:\n  - id: a\n    texts: [unclosed\n')).toMatchObject({ ok: false, problems: [{ line: expect.any(Number), message: expect.stringContaining('YAML') }] });
    const dup = fixtureText().replace('id: funds-safe', 'id: pause-why');
    const r = parseKb(dup);
    expect(!r.ok && r.problems.some((p) => p.message.includes('duplicate id "pause-why"'))).toBe(true);
    const noZh = fixtureText().replace(/      zh:\n        title: 如何联系客服[\s\S]*$/, '');
    const r2 = parseKb(noZh);
    expect(!r2.ok && r2.problems.some((p) => p.message.includes('customer-service: texts.zh is missing'))).toBe(true);
    const html = fixtureText().replace('<b>resumed</b>', '<div>resumed</div>');
    const r3 = parseKb(html);
    expect(!r3.ok && r3.problems[0]).toMatchObject({ line: html.split('\n').findIndex((l) => l.includes('<div>')) + 1, message: expect.stringContaining('<div> is not allowed') });
  });

  it('checks Telegram HTML', () => {
    expect(htmlProblem('<b>ok</b> <a href="https://x.y">x</a> &amp;')).toBeNull();
    expect(htmlProblem('<b>open')).toMatch(/not closed/);
    expect(htmlProblem('<a>x</a>')).toMatch(/href/);
    expect(htmlProblem('1 < 2')).toMatch(/bare "<"/);
  });
});
