import { describe, expect, it } from 'vitest';
import { emptyPackageForm, toPackageInput, validatePackageForm, withName } from './packageForm';

describe('package form', () => {
  it('derives the technical name live from the name, unique against taken names', () => {
    let v = withName(emptyPackageForm(), 'Hello World', []);
    expect(v.technicalName).toBe('HelloWorld');
    v = withName(v, 'Hello World', ['helloworld']);
    expect(v.technicalName).toBe('HelloWorld_2');
    expect(withName(v, '', []).technicalName).toBe('');
  });

  it('stops deriving once the technical name was edited', () => {
    const v = {
      ...withName(emptyPackageForm(), 'A', []),
      technicalName: 'Mine',
      technicalTouched: true,
    };
    expect(withName(v, 'Other', []).technicalName).toBe('Mine');
  });

  it('reports a missing name and an invalid or taken technical name', () => {
    const v = { ...emptyPackageForm(), technicalName: '1bad' };
    const errors = validatePackageForm(v, []);
    expect(errors.name).toBe('Name is required');
    expect(errors.technicalName).toMatch(/must not start with a digit/);
    const taken = validatePackageForm({ ...v, name: 'X', technicalName: 'Dup' }, ['dup']);
    expect(taken).toEqual({ technicalName: expect.stringMatching(/already used/) });
    expect(validatePackageForm({ ...v, name: 'X', technicalName: 'Ok' }, [])).toEqual({});
  });

  it('reports a name that is too long beside the field, before Save', () => {
    const v = { ...emptyPackageForm(), name: 'N'.repeat(201), technicalName: 'Ok' };
    expect(validatePackageForm(v, [])).toEqual({ name: 'Name must be at most 200 characters' });
    expect(validatePackageForm({ ...v, name: 'N'.repeat(200) }, [])).toEqual({});
  });

  it('trims the name and defaults an empty version', () => {
    const input = toPackageInput({
      ...emptyPackageForm(),
      name: ' P ',
      technicalName: 'P',
      version: ' ',
    });
    expect(input).toMatchObject({ name: 'P', technicalName: 'P', version: '1.0.0' });
  });
});
