import { describe, expect, it } from 'vitest';
import type { Problem } from '../validation/problem';
import { uniqueProblems } from './uniqueProblems';

const p = (elementId: string, message: string, field?: string): Problem => ({
  severity: 'error',
  message,
  elementId,
  elementKind: 'messageFlow',
  ...(field ? { field } : {}),
});

describe('uniqueProblems', () => {
  it('keeps one of each element + field + message, first first', () => {
    const list = [
      p('M1', 'Address is required', 'address'),
      p('M1', 'User Role is required', 'userRole'),
      p('M1', 'Address is required', 'address'),
      p('M2', 'Address is required', 'address'),
      p('M1', 'Address is required'),
    ];
    expect(uniqueProblems(list)).toEqual([list[0], list[1], list[3], list[4]]);
  });
});
