/** Staff roles, from most to least powerful. Owners hold every power. */
export const ROLES = ['owner', 'admin', 'support', 'ama_host', 'moderator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether someone holding `held` may act where one of `needed` is required (owner and admin cover all). */
export function satisfies(held: ReadonlySet<Role>, needed: readonly Role[]): boolean {
  if (held.has('owner')) return true;
  if (held.has('admin') && !needed.includes('owner')) return true;
  return needed.some((r) => held.has(r));
}
