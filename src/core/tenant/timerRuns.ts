import type { Flow, Step } from '../model/flow';
import { resolveText } from '../model/parameters';
import { senderlessStart } from '../registry/processStart';
import { timerSchedule } from '../steps/timerStart/schedule';
import { runAndLog, type EndpointDeps } from './httpEndpoint';
import type { Deployment } from './types';

const scheduleOf = (flow: Flow, start: Step) =>
  timerSchedule(start, (text) => resolveText(text, flow.parameters));

/**
 * Runs a deployed flow whose Timer Start is Run Once, as CPI does right after deploying it: an
 * empty message, a message log entry naming the timer. Returns the entry's id, or undefined
 * when the flow does not run on deploy.
 */
export async function runOnceAfterDeploy(
  deployment: Deployment,
  deps: Pick<EndpointDeps, 'log' | 'execute' | 'now' | 'elapsed'>,
): Promise<string | undefined> {
  if (deployment.status !== 'Started') return undefined;
  const start = senderlessStart(deployment.snapshot);
  if (!start || scheduleOf(deployment.snapshot, start).kind !== 'once') return undefined;
  const { id } = await runAndLog(deployment, undefined, '', deps, {
    method: '',
    path: '',
    timer: start.name,
    secrets: () => [],
    answer: () => ({ status: 0 }),
  });
  return id;
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
  return `${name}: scheduled "${schedule.cron}"${zone}; the simulated tenant does not fire schedules, run the flow with Simulate`;
}
