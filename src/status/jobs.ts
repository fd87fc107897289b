import cron from 'node-cron';
import type { Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import type { Stoppable } from '../capabilities.js';
import { notifyApprovers } from '../access/approvals-bot.js';
import { pollStatusSource } from './source.js';

/**
 * One pass of the periodic work: expire overdue approval requests, tell approvers about requests
 * made outside Telegram (CLI, external source), run due scheduled announcements, send reminders.
 * Exported so tests drive it with a controlled clock instead of waiting for cron.
 */
export async function statusTick(deps: Deps, api: Api) {
  const { approvals, status } = deps.services;
  const expired = await approvals.expireDue();
  let notified = 0;
  for (const req of await approvals.unnotified()) {
    await notifyApprovers(api, deps, req);
    notified++;
  }
  const scheduled = await status.execution.runScheduled();
  const reminders = await status.execution.sendReminders();
  return { expired, notified, scheduled, reminders };
}

/** Cron expressions were validated by config.ts at start (exit 2 on a bad one). */
export function statusJobs(deps: Deps, api: Api): Stoppable[] {
  const log = deps.logger.child({ capability: 'status' });
  const tasks = [
    cron.schedule(
      deps.config.status.jobsCron,
      () => statusTick(deps, api).catch((err) => log.error({ err }, 'status jobs failed')),
      { name: 'status-tick', noOverlap: true },
    ),
  ];
  if (deps.config.status.sourceUrl) {
    tasks.push(
      cron.schedule(
        deps.config.status.sourceCron,
        () =>
          pollStatusSource(deps)
            .then((r) => r.requested.length && log.info({ requested: r.requested }, 'status source: changes sent for approval'))
            .catch((err) => log.warn({ err: (err as Error).message }, 'status source poll failed')),
        { name: 'status-source', noOverlap: true },
      ),
    );
  }
  return tasks.map((task) => ({ stop: () => task.stop() }));
}
