import cron from 'node-cron';
import type { Api } from 'grammy';
import type { Deps } from '../bot/context.js';
import type { Stoppable } from '../capabilities.js';
import { amaRuntime } from './runtime.js';

/**
 * The reminder job's body, a plain function of the time so tests drive it with their own clock:
 * announces sessions starting in 24 hours and in 1 hour (each once) in their groups.
 */
export function amaReminders(deps: Deps, api?: Api) {
  return async function runAmaReminders(now: Date): Promise<number> {
    const rt = amaRuntime(deps);
    if (api) rt.bind(api);
    const due = await deps.services.ama.sessions.claimDueReminders(now);
    for (const r of due) await rt.announce(r.session, r.kind === '24h' ? 'ama-reminder-24h' : 'ama-reminder-1h');
    if (due.length) deps.logger.info({ reminders: due.length }, 'ama: reminders sent');
    return due.length;
  };
}

const RECOVER_HOURS = 6;

export function amaJobs(deps: Deps, api: Api): Stoppable[] {
  const runAmaReminders = amaReminders(deps, api);
  const task = cron.schedule(
    '* * * * *',
    async () => {
      await runAmaReminders(deps.now()).catch((err) => deps.logger.error({ err }, 'ama: reminder job failed'));
    },
    { noOverlap: true, name: 'ama-reminders' },
  );
  const rt = amaRuntime(deps);
  rt.bind(api);
  // The pacer's queue lives in memory: answers of the last hours that a stop cut off, or that a
  // group refused for a while, go out at the start and every few minutes after.
  const recover = () => rt.recover(new Date(deps.now().getTime() - RECOVER_HOURS * 3_600_000)).catch((err) => deps.logger.error({ err }, 'ama: answer recovery failed'));
  void recover();
  const retry = cron.schedule('*/5 * * * *', recover, { noOverlap: true, name: 'ama-answer-recovery' });
  return [{ stop: () => (task.stop(), retry.stop(), rt.pacer.stop()) }];
}
