/** Telegram's HTML parse mode: the tags it accepts, a check that answers its errors, and plain text. */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);
const TAG = /<(\/?)([a-zA-Z][\w-]*)([^<>]*)>|<|&(#?\w+);|&/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Checks `html` as Telegram does and returns the plain text, or the error description Telegram
 * gives ("can't parse entities: …"). Catches member text that was not escaped.
 */
export function parseHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const at = () => Buffer.byteLength(html.slice(0, m.index));
    text += html.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '<') return { error: `can't parse entities: Unexpected end of name token at byte offset ${at()}` };
    if (m[0] === '&') {
      text += '&';
      continue;
    }
    if (m[4] !== undefined) {
      const ent = m[4];
      if (ent.startsWith('#')) {
        const code = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        if (Number.isNaN(code)) return { error: `can't parse entities: Unsupported HTML entity at byte offset ${at()}` };
        text += String.fromCodePoint(code);
      } else if (ENTITIES[ent]) text += ENTITIES[ent];
      else return { error: `can't parse entities: Unsupported HTML entity "&${ent};" at byte offset ${at()}` };
      continue;
    }
    const [, closing, rawName] = m;
    const name = rawName!.toLowerCase();
    if (!ALLOWED.has(name)) return { error: `can't parse entities: Unsupported start tag "${name}" at byte offset ${at()}` };
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return { error: `can't parse entities: Unmatched end tag at byte offset ${at()}, expected "</${stack.at(-1) ?? name}>", found "</${name}>"` };
  }
  text += html.slice(last);
  if (stack.length) return { error: `can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}

/** Plain text of HTML for a terminal: tags dropped, entities decoded, never an error. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^<>]*>/g, '')
    .replace(/&(lt|gt|amp|quot);/g, (_, n: string) => ENTITIES[n]!)
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10)));
}
