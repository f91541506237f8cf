import { describe, expect, it } from 'vitest';
import type { FieldGroup, Problem } from '../../core';
import { fieldErrors, nestedErrors, visibleFields } from './fieldErrors';

const p = (
  elementId: string,
  field: string | undefined,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem => ({
  elementId,
  elementKind: 'step',
  severity,
  message,
  ...(field ? { field } : {}),
});

describe('fieldErrors', () => {
  it('keeps problems of the element that name a field, errors before warnings', () => {
    const errors = fieldErrors(
      [
        p('S1', 'functionName', 'Script 1: too long', 'warning'),
        p('S1', 'functionName', 'Script 1: "1x" is not a valid function name'),
        p('S2', 'scriptFile', 'other element'),
        p('S1', undefined, 'no field'),
      ],
      'S1',
    );
    expect(errors).toEqual({ functionName: '"1x" is not a valid function name' });
  });

  it('adds the adapter validate findings after the problems', () => {
    expect(
      fieldErrors([p('M1', 'address', 'Sender: Address is required')], 'M1', [
        { field: 'address', message: 'duplicate' },
        { field: 'userRole', message: 'User Role is required' },
      ]),
    ).toEqual({ address: 'Address is required', userRole: 'User Role is required' });
  });
});

describe('visibleFields / nestedErrors', () => {
  it('honours visibleWhen', () => {
    const group: FieldGroup = {
      title: 'Connection',
      fields: [
        { key: 'authorization', label: 'Authorization', kind: 'select', options: [] },
        {
          key: 'userRole',
          label: 'User Role',
          kind: 'text',
          visibleWhen: (c) => c.authorization === 'UserRole',
        },
      ],
    };
    expect(visibleFields(group, { authorization: 'UserRole' }).map((f) => f.key)).toEqual([
      'authorization',
      'userRole',
    ]);
    expect(visibleFields(group, { authorization: 'ClientCertificate' }).map((f) => f.key)).toEqual([
      'authorization',
    ]);
  });

  it('collects row errors of a table field', () => {
    expect(
      nestedErrors(
        { 'headers.1.name': 'Name is required', header: 'x', 'headers[0]': 'bad' },
        'headers',
      ),
    ).toEqual(['Name is required', 'bad']);
  });
});
