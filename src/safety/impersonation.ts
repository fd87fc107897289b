import { editDistance, foldedWords, hasInvisible, mixedScripts, skeleton } from './fold.js';

/** Words that claim authority, in en/de/zh; compared after folding. */
export const ROLE_WORDS = [
  'admin', 'administrator', 'support', 'official', 'officiai', 'mod', 'moderator', 'team', 'staff', 'helpdesk', 'help desk',
  'customer service', 'customer care', 'customer support', 'service desk', 'kundendienst', 'kundenservice', 'kundensupport',
  'verwaltung', 'offiziell', '客服', '管理员', '官方', '管理', '客户服务', '支持',
];

export interface NamedPerson {
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
}

export interface StaffName extends NamedPerson {
  id: bigint;
}

export interface ImpersonationVerdict {
  /** Why, for the staff notice and the case row. */
  reason: string;
  /** The staff member imitated, when it is one. */
  staffId?: bigint;
}

const squash = (s: string) => s.replace(/(.)\1+/g, '$1');
function nearCopy(candidate: string, staff: string): boolean {
  if (squash(candidate) === squash(staff)) return true;
  if (candidate.startsWith(staff) && candidate.length - staff.length <= 3) return true;
  if (candidate.length !== staff.length) return false;
  const diff = [...candidate].flatMap((c, i) => (c === staff[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && candidate[diff[0]!] === staff[diff[1]!] && candidate[diff[1]!] === staff[diff[0]!];
}

const displayName = (p: NamedPerson) => [p.firstName, p.lastName].filter(Boolean).join(' ');

/**
 * Prepared matcher: role words and brand words are folded once. `check` is pure and fast
 * (it runs on every join and name change).
 */
export function createImpersonationMatcher(brandWords: string[]) {
  const brands = brandWords.map(skeleton).filter((b) => b.length >= 2);
  const roleSkeletons = ROLE_WORDS.map(skeleton);
  // Short role words ("mod", "team") only count as a whole word: "model", "steam" are fine.
  const longRoles = roleSkeletons.filter((w) => w.length >= 5 || /[^\x00-\x7f]/.test(w));
  const shortRoles = new Set(roleSkeletons.filter((w) => !longRoles.includes(w)));

  function hasRoleWord(text: string): string | undefined {
    const sk = skeleton(text);
    const long = longRoles.find((w) => sk.includes(w));
    if (long) return long;
    const words = foldedWords(text);
    const short = words.find((w) => shortRoles.has(w));
    if (short) return short;
    // Glued to a brand: "okxmod", "teamokex".
    for (const b of brands) for (const w of shortRoles) if (sk.includes(b + w) || sk.includes(w + b)) return w;
    return undefined;
  }

  const hasBrand = (text: string) => {
    const sk = skeleton(text);
    return brands.find((b) => sk.includes(b));
  };

  function check(person: NamedPerson, staff: StaffName[]): ImpersonationVerdict | null {
    const name = displayName(person);
    const uname = person.username ?? '';
    const nameSk = skeleton(name);
    const unameSk = skeleton(uname);

    for (const s of staff) {
      const sName = skeleton(displayName(s));
      const sUser = skeleton(s.username ?? '');
      // A copy of a staff member's display name (after folding) or of their username.
      if (sName.length >= 3 && nameSk === sName) return { reason: 'same-name-as-staff', staffId: s.id };
      if (sUser.length >= 4 && unameSk.length >= 4) {
        if (unameSk === sUser) return { reason: 'same-username-as-staff', staffId: s.id };
        // A letter doubled (kbrookss), swapped (kbrokos) or a short tail (kbrooks1) with a display
        // name like the staff member's: members called martin_weber exist, these are copies.
        if (sUser.length >= 5 && nearCopy(unameSk, sUser) && sName.length >= 3 && editDistance(nameSk, sName, 2) <= 2) return { reason: 'username-like-staff', staffId: s.id };
      }
      if (sUser.length >= 4 && nameSk === sUser) return { reason: 'name-is-staff-username', staffId: s.id };
    }

    for (const text of [name, uname]) {
      if (!text) continue;
      const role = hasRoleWord(text);
      if (!role) continue;
      const brand = hasBrand(text);
      if (brand) return { reason: `brand+role:${brand}+${role}` };
      const sk = skeleton(text);
      for (const s of staff) {
        const parts = [skeleton(displayName(s)), skeleton(s.username ?? '')].filter((p) => p.length >= 4);
        if (parts.some((p) => sk.includes(p))) return { reason: `staff-name+role:${role}`, staffId: s.id };
      }
    }
    // Disguise without a role word still counts when the folded name is the brand itself.
    for (const text of [name, uname]) {
      if (!text) continue;
      const sk = skeleton(text);
      if (brands.includes(sk) && (mixedScripts(text) || hasInvisible(text) || /[0-9]/.test(text))) return { reason: 'disguised-brand' };
    }
    return null;
  }

  return { check, hasRoleWord, hasBrand };
}

export type ImpersonationMatcher = ReturnType<typeof createImpersonationMatcher>;
