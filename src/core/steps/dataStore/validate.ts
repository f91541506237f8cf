import type { Step } from '../../model/flow';
import type { Problem } from '../../validation/problem';
import { stepProblem } from '../../engine/stepProblem';

/** CPI's limits on a data store name: letters, digits and _ . - only, 40 at most (unless computed). */
export const MAX_STORE_NAME = 40;

const isDynamic = (s: string) => s.includes('${') || s.includes('{{');

/** Checks shared by the four operations, on what the user has typed so far. */
export function validateDataStore(step: Step): Problem[] {
  const c = step.config as Record<string, unknown>;
  const out: Problem[] = [];
  const name = typeof c.storeName === 'string' ? c.storeName.trim() : '';
  if (!name) out.push(stepProblem(step, 'enter a Data Store Name', 'storeName'));
  else if (!isDynamic(name) && !/^[A-Za-z0-9_.-]+$/.test(name))
    out.push(
      stepProblem(
        step,
        'Data Store Name may hold letters, digits, "_", "." and "-" only (no spaces)',
        'storeName',
      ),
    );
  else if (!isDynamic(name) && name.length > MAX_STORE_NAME)
    out.push(
      stepProblem(step, `Data Store Name is longer than ${MAX_STORE_NAME} characters`, 'storeName'),
    );
  if (typeof c.entryId === 'string' && !isDynamic(c.entryId) && c.entryId.trim().length > 255)
    out.push(stepProblem(step, 'Entry ID is longer than 255 characters', 'entryId'));
  return out;
}

/** A whole number from min to max, or a problem on the field (a parameter still unset is left to the parameter check). */
export function checkWhole(
  step: Step,
  value: unknown,
  field: string,
  label: string,
  min: number,
  max: number,
): Problem[] {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.includes('{{')) return [];
  const n = Number(text);
  return text && Number.isInteger(n) && n >= min && n <= max
    ? []
    : [stepProblem(step, `${label} must be a whole number from ${min} to ${max}`, field)];
}

export function validateWrite(step: Step): Problem[] {
  const c = step.config as Record<string, unknown>;
  const out = [
    ...validateDataStore(step),
    ...checkWhole(step, c.expirationDays, 'expirationDays', 'Expiration Period (in d)', 1, 180),
    ...checkWhole(
      step,
      c.retentionDays,
      'retentionDays',
      'Retention Threshold for Alerting (in d)',
      1,
      180,
    ),
  ];
  const expire = Number(c.expirationDays);
  const alert = Number(c.retentionDays);
  if (out.length === 0 && alert >= expire)
    out.push(
      stepProblem(
        step,
        'Retention Threshold for Alerting must be shorter than the Expiration Period',
        'retentionDays',
      ),
    );
  return out;
}
