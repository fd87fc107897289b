import cron from 'node-cron';
import type { Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import type { Stoppable } from '../capabilities.js';
import { t } from '../bot/i18n.js';
import { alertOwners, describeError, ensureStaffPlace, staffLocale } from './staff.js';

/** Who hears escalations and the digest: the customer-service officer, or the owners when none is set. */
function officers(deps: Deps): bigint[] {
  return deps.config.support.officerId ? [deps.config.support.officerId] : deps.config.owners;
}

async function tellOfficers(deps: Deps, api: Api, text: string) {
  for (const id of officers(deps)) {
    await api.sendMessage(Number(id), text, { parse_mode: 'HTML' }).catch((err) => deps.logger.warn({ err }, 'officer not reached'));
  }
}

/**
 * The reminder job's body, a plain function of the clock so tests drive it. Tickets that never
 * reached the staff group are tried again; at half the first-response target the staff group gets
 * one reminder listing the unanswered tickets; when the target is missed the officer is told.
 */
export async function runReminders(deps: Deps, api: Api, now: Date) {
  const { support } = deps.services;
  for (const tk of await support.withoutStaffPlace()) await ensureStaffPlace(deps, api, tk);

  const targetMs = deps.config.support.firstResponseMinutes * 60_000;
  const l = staffLocale(deps);
  const due = (await support.unanswered(new Date(now.getTime() - targetMs / 2))).filter((tk) => !tk.remindedAt);
  if (due.length && deps.config.staffChatId) {
    const text = t(l, 'ticket-staff-reminder', { tickets: due.map((tk) => `#${tk.id}`).join(', '), minutes: deps.config.support.firstResponseMinutes });
    try {
      await api.sendMessage(Number(deps.config.staffChatId), text, { parse_mode: 'HTML' });
    } catch (err) {
      await alertOwners(deps, api, describeError('sendMessage', err));
    }
  }
  await support.markReminded(due.map((tk) => tk.id), now);

  const late = (await support.unanswered(new Date(now.getTime() - targetMs))).filter((tk) => !tk.escalatedAt);
  if (late.length) {
    const lines = late.map((tk) => t(l, 'ticket-officer-line', { id: String(tk.id), category: tk.category, minutes: Math.round((now.getTime() - tk.createdAt.getTime()) / 60_000) }));
    await tellOfficers(deps, api, t(l, 'ticket-officer-escalation', { count: late.length, minutes: deps.config.support.firstResponseMinutes, tickets: lines.join('\n') }));
  }
  await support.markEscalated(late.map((tk) => tk.id), now);
  return { reminded: due.map((tk) => tk.id), escalated: late.map((tk) => tk.id) };
}

/** The daily digest for the officer: new, open, overdue, satisfaction. */
export async function runDigest(deps: Deps, api: Api, now: Date) {
  const s = await deps.services.support.stats(now, deps.config.support.firstResponseMinutes * 60_000);
  const rating = s.ratingAvg === null ? '—' : s.ratingAvg.toFixed(1);
  await tellOfficers(deps, api, t(staffLocale(deps), 'ticket-digest', { created: s.created, open: s.open, overdue: s.overdue, rating, ratings: s.ratingCount }));
  return s;
}

export function supportJobs(deps: Deps, api: Api): Stoppable[] {
  const guard = (name: string, fn: () => Promise<unknown>) => async () => {
    try {
      await fn();
    } catch (err) {
      deps.logger.error({ err, job: name }, 'support job failed');
    }
  };
  return [
    cron.schedule(deps.config.support.reminderCron, guard('reminders', () => runReminders(deps, api, deps.now())), { noOverlap: true, name: 'support-reminders' }),
    cron.schedule(deps.config.support.digestCron, guard('digest', () => runDigest(deps, api, deps.now())), { noOverlap: true, name: 'support-digest' }),
  ];
}
