import type { Flow } from '../model/flow';
import { assertFinitePoint, assertName, done, fail, withProcess } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

/** Smallest pool the canvas can still draw and grab. */
export const MIN_POOL_SIZE = { width: 200, height: 120 };

export function processResize(
  flow: Flow,
  payload: CommandPayloads['process.resize'],
): CommandOutcome {
  const { width, height } = payload.size ?? {};
  if (!Number.isFinite(width) || !Number.isFinite(height)) fail('The pool needs a valid size');
  if (width < MIN_POOL_SIZE.width || height < MIN_POOL_SIZE.height)
    fail(
      `The Integration Process must be at least ${MIN_POOL_SIZE.width} × ${MIN_POOL_SIZE.height}`,
    );
  if (payload.position) assertFinitePoint(payload.position, 'The Integration Process');
  return done(
    withProcess(flow, () => ({
      size: { width, height },
      ...(payload.position ? { position: { ...payload.position } } : {}),
    })),
  );
}

export function processRename(
  flow: Flow,
  payload: CommandPayloads['process.rename'],
): CommandOutcome {
  const name = assertName(payload.name, 'A name');
  return done(name === flow.process.name ? flow : withProcess(flow, () => ({ name })));
}
