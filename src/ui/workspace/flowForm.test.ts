import { describe, expect, it } from 'vitest';
import { emptyFlowForm, validateFlowForm, withFlowName } from './flowForm';

describe('flow form', () => {
  it('derives the ID live from the name, unique against taken ids', () => {
    let v = withFlowName(emptyFlowForm(), 'Hello World', []);
    expect(v.id).toBe('Hello_World');
    v = withFlowName(v, 'Hello World', ['hello_world']);
    expect(v.id).toBe('Hello_World_1');
    expect(withFlowName(v, ' ', []).id).toBe('');
  });

  it('stops deriving once the ID was edited', () => {
    const v = { ...withFlowName(emptyFlowForm(), 'A', []), id: 'my.flow', idTouched: true };
    expect(withFlowName(v, 'Other', [])).toMatchObject({ name: 'Other', id: 'my.flow' });
  });

  it('reports a missing name and an invalid or taken ID of a new flow', () => {
    const v = { ...emptyFlowForm(), id: 'a b', idTouched: true };
    expect(validateFlowForm(v, [])).toEqual({
      name: 'Name is required',
      id: 'ID may contain only letters, digits, "_", "-" and "."',
    });
    const taken = validateFlowForm({ ...v, name: 'X', id: 'Dup' }, ['dup']);
    expect(taken).toEqual({ id: 'ID "Dup" is already used by another flow' });
    expect(validateFlowForm({ ...v, name: 'X', id: 'ok_1' }, [])).toEqual({});
  });

  it('never checks the ID of an existing flow (it cannot change)', () => {
    expect(
      validateFlowForm({ ...emptyFlowForm(), name: 'X', id: 'whatever id' }, undefined),
    ).toEqual({});
  });
});
