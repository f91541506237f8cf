import type { Flow, Step } from '../model/flow';
import { resolveText } from '../model/parameters';
import { senderlessStart } from '../registry/processStart';
import { timerSchedule } from '../steps/timerStart/schedule';
import { runAndLog, type EndpointDeps } from './httpEndpoint';
import type { Deployment } from './types';

const scheduleOf = (flow: Flow, start: Step) =>
  timerSchedule(start, (text) => resolveText(text, flow.parameters));

/** The schedule of a deployed flow's Timer Start; undefined for a flow a Sender starts. */
export function deployedSchedule(deployment: Deployment) {
  const start = senderlessStart(deployment.snapshot);
  return start && scheduleOf(deployment.snapshot, start);
}

type TimerDeps = Pick<EndpointDeps, 'log' | 'execute' | 'now' | 'elapsed' | 'stores'>;

/** Runs a deployed flow from its Timer Start `timer`: an empty message, a log entry naming it. */
export async function runTimer(
  deployment: Deployment,
  timer: string,
  deps: TimerDeps,
): Promise<string> {
  const { id } = await runAndLog(deployment, undefined, '', deps, {
    method: '',
    path: '',
    timer,
    secrets: () => [],
    answer: () => ({ status: 0 }),
  });
  return id;
}

/**
 * Runs a deployed flow whose Timer Start is Run Once, as CPI does right after deploying it.
 * Returns the log entry's id, or undefined when the flow does not run on deploy.
 */
export async function runOnceAfterDeploy(
  deployment: Deployment,
  deps: TimerDeps,
): Promise<string | undefined> {
  if (deployment.status !== 'Started') return undefined;
  const start = senderlessStart(deployment.snapshot);
  if (!start || scheduleOf(deployment.snapshot, start).kind !== 'once') return undefined;
  return runTimer(deployment, start.name, deps);
}

/** What a deployed flow's timer does in the simulated tenant, in one line (none without one). */
export function timerNote(deployment: Deployment): string | undefined {
  const start = senderlessStart(deployment.snapshot);
  if (!start) return undefined;
  const schedule = scheduleOf(deployment.snapshot, start);
  const name = `Timer Start "${start.name}"`;
  if (schedule.kind === 'once')
    return `${name}: Run Once, ran when deployed (its message is in the message processing log)`;
  if (schedule.kind === 'unreadable') return `${name}: ${schedule.why}`;
  const zone = schedule.timeZone ? ` (${schedule.timeZone})` : '';
  return `${name}: scheduled "${schedule.cron}"${zone}, runs at each of its times while the tenant runs (their messages are in the message processing log)`;
}
