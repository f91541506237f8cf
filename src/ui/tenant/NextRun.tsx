import { useEffect, useState } from 'react';
import type { Deployment } from '../../core/tenant';
import { deployedSchedule } from '../../core/tenant/timerRuns';
import { nextCronRun } from '../../core/tenant/timerSchedules';
import { useTenant } from '../../store/tenantStore';

/** When a scheduled flow runs next on the tenant's clock (nothing for other flows). */
export function NextRun({ deployment }: { deployment: Deployment }) {
  const offset = useTenant((s) => s.clockOffsetMs);
  const schedule = deployment.status === 'Started' ? deployedSchedule(deployment) : undefined;
  const cron = schedule?.kind === 'cron' ? schedule : undefined;
  const [next, setNext] = useState<{ at: number | undefined } | null>(null);
  const key = cron ? `${cron.cron}|${cron.timeZone ?? 'UTC'}` : '';

  useEffect(() => {
    if (!cron) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const update = () =>
      void nextCronRun(cron.cron, cron.timeZone ?? 'UTC', Date.now() + offset).then(
        (at) => {
          if (!live) return;
          setNext({ at });
          // Shown again once that time has passed (at most every second, at least daily).
          if (at !== undefined)
            timer = setTimeout(
              update,
              Math.min(Math.max(at - Date.now() - offset, 1000), 86_400_000),
            );
        },
        () => live && setNext(null),
      );
    update();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for the schedule the effect reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, offset]);

  if (!cron || !next) return null;
  return (
    <div className="muted">
      {next.at === undefined
        ? 'No run left: its schedule names no later time.'
        : `Next run: ${new Date(next.at).toLocaleString()} (tenant time)`}
    </div>
  );
}
