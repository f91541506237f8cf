import { lazyModule } from '../registry/lazyModule';
import { senderlessStart } from '../registry/processStart';
import { resolveText } from '../model/parameters';
import { timerSchedule } from '../steps/timerStart/schedule';
import type { Deployment } from './types';

// Croner reads Quartz's cron (seconds, `?`, L, W, #, years) in any time zone the platform knows;
// loaded when a scheduled flow is first armed, not with the studio.
const croner = lazyModule(() => import('croner'));

/** A timer of the platform: setTimeout and clearTimeout, or a test's fake. */
export interface SchedulerTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const platformTimers: SchedulerTimers = {
  set: (run, ms) => {
    const handle = setTimeout(run, ms);
    // Node: an armed schedule alone does not keep a process alive.
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** setTimeout waits at most 2^31 - 1 ms (24.8 days); a later run is re-armed on the way. */
const MAX_WAIT_MS = 2 ** 31 - 1;

export interface TimerSchedulerDeps {
  deployments(): Promise<Deployment[]>;
  /** Runs the deployed flow from its Timer Start, named `timer` (writes its log entry). */
  fire(deployment: Deployment, timer: string): Promise<unknown>;
  /** The tenant's clock (simulated: it may run ahead of real time). */
  now(): number;
  timers?: SchedulerTimers;
}

/** A scheduled flow as the tenant runs it. */
export interface ScheduledRun {
  flowId: string;
  timer: string;
  cron: string;
  timeZone: string;
  /** The next run in the tenant's time; undefined when the schedule has no run left. */
  next?: number;
}

interface Armed extends ScheduledRun {
  key: string;
  handle?: unknown;
}

/** When a Quartz cron expression fires next after `after` (undefined: never again). */
export async function nextCronRun(
  cron: string,
  timeZone: string,
  after: number,
): Promise<number | undefined> {
  const { Cron } = await croner();
  const pattern = new Cron(cron, {
    timezone: timeZone,
    mode: '6-or-7-parts',
    // Quartz: Sunday is 1; "5/10" steps from 5; a day of month and a day of week both apply.
    alternativeWeekdays: true,
    sloppyRanges: true,
    domAndDow: true,
  });
  return pattern.nextRun(new Date(after))?.getTime();
}

/**
 * Fires the cron schedules of deployed flows while the tenant runs (a browser tab, `ifs
 * serve`), as CPI's scheduler does: at each time the expression names, in its time zone, the
 * flow runs from an empty message. A run that is still going when the next time comes delays
 * it (runs of one flow never overlap); times passed while nothing ran (a closed tab, a clock
 * moved ahead) are skipped, not caught up.
 */
export function createTimerScheduler(deps: TimerSchedulerDeps) {
  const timers = deps.timers ?? platformTimers;
  const armed = new Map<string, Armed>();
  let running = false;
  let syncing: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<unknown>>();

  function disarm(flowId: string) {
    const entry = armed.get(flowId);
    if (entry?.handle !== undefined) timers.clear(entry.handle);
    armed.delete(flowId);
  }

  async function arm(entry: Armed, deployment: Deployment): Promise<void> {
    const next = await nextCronRun(entry.cron, entry.timeZone, deps.now());
    if (armed.get(entry.flowId) !== entry || !running) return;
    entry.next = next;
    if (next === undefined) return;
    const wait = Math.max(0, next - deps.now());
    entry.handle = timers.set(
      () => {
        entry.handle = undefined;
        if (armed.get(entry.flowId) !== entry) return;
        if (wait > MAX_WAIT_MS || deps.now() < next) {
          void arm(entry, deployment);
          return;
        }
        const run = deps.fire(deployment, entry.timer).catch(() => undefined);
        inFlight.add(run);
        void run.then(() => {
          inFlight.delete(run);
          return armed.get(entry.flowId) === entry ? arm(entry, deployment) : undefined;
        });
      },
      Math.min(wait, MAX_WAIT_MS),
    );
  }

  async function syncNow(): Promise<void> {
    if (!running) return;
    const seen = new Set<string>();
    for (const d of await deps.deployments()) {
      if (d.status !== 'Started') continue;
      const start = senderlessStart(d.snapshot);
      if (!start) continue;
      const schedule = timerSchedule(start, (t) => resolveText(t, d.snapshot.parameters));
      if (schedule.kind !== 'cron') continue;
      const timeZone = schedule.timeZone ?? 'UTC';
      const key = `${d.version}:${d.deployedAt}:${schedule.cron}:${timeZone}`;
      seen.add(d.flowId);
      if (armed.get(d.flowId)?.key === key) continue;
      disarm(d.flowId);
      const entry: Armed = {
        key,
        flowId: d.flowId,
        timer: start.name,
        cron: schedule.cron,
        timeZone,
      };
      armed.set(d.flowId, entry);
      await arm(entry, d).catch(() => armed.delete(d.flowId));
    }
    for (const flowId of [...armed.keys()]) if (!seen.has(flowId)) disarm(flowId);
  }

  return {
    /** Starts firing; deployed schedules are armed at once. */
    start(): Promise<void> {
      running = true;
      return this.sync();
    },
    /** Re-reads the deployments (after a deploy, an undeploy, another tab's change). */
    sync(): Promise<void> {
      syncing = syncing.then(syncNow, syncNow);
      return syncing;
    },
    /** Re-arms every schedule from the clock's time now (after the simulated clock moved). */
    rearm(): Promise<void> {
      for (const flowId of [...armed.keys()]) disarm(flowId);
      return this.sync();
    },
    /** Stops firing; a run in progress ends on its own. */
    stop(): void {
      running = false;
      for (const flowId of [...armed.keys()]) disarm(flowId);
    },
    running: () => running,
    /** Settles when the runs going on now have ended (a server's graceful shutdown). */
    idle: (): Promise<void> => Promise.all([...inFlight]).then(() => undefined),
    /** The armed schedules and their next runs, for the tenant's views. */
    upcoming: (): ScheduledRun[] =>
      [...armed.values()].map(({ flowId, timer, cron, timeZone, next }) => ({
        flowId,
        timer,
        cron,
        timeZone,
        ...(next !== undefined ? { next } : {}),
      })),
  };
}

export type TimerScheduler = ReturnType<typeof createTimerScheduler>;
