import { describe, expect, it } from 'vitest';
import { checkFlowId, deriveFlowId } from './flowId';
import { checkTechnicalName, deriveTechnicalName, uniqueTechnicalName } from './technicalName';

describe('deriveTechnicalName', () => {
  it.each([
    ['Hello World', 'HelloWorld'],
    ['SAP Demo 1.0', 'SAPDemo1.0'],
    ['Größe & Co!', 'GroeCo'],
    ['1st package', 'stpackage'],
    ['.hidden', 'hidden'],
    ['a_b.c', 'a_b.c'],
    ['!!!', 'Package'],
  ])('%s → %s', (name, expected) => {
    expect(deriveTechnicalName(name)).toBe(expected);
  });

  it('is always accepted by checkTechnicalName', () => {
    for (const name of ['Hello World', '42', '€€', 'x'.repeat(500), ' . 9 a'])
      expect(checkTechnicalName(deriveTechnicalName(name), [])).toBeNull();
  });
});

describe('checkTechnicalName', () => {
  it('explains what is wrong', () => {
    expect(checkTechnicalName('', [])).toBe('Technical name is required');
    expect(checkTechnicalName('a b', [])).toBe(
      'Technical name may contain only letters, digits, "_" and "."',
    );
    expect(checkTechnicalName('a-b', [])).toMatch(/only letters/);
    expect(checkTechnicalName('1abc', [])).toBe(
      'Technical name must not start with a digit or "."',
    );
    expect(checkTechnicalName('.abc', [])).toMatch(/must not start/);
    expect(checkTechnicalName('x'.repeat(101), [])).toMatch(/at most 100/);
    expect(checkTechnicalName('Demo', ['demo'])).toBe(
      'Technical name "Demo" is already used by another package',
    );
    expect(checkTechnicalName('Demo_2', ['Demo'])).toBeNull();
  });

  it('uniqueTechnicalName adds a counter', () => {
    expect(uniqueTechnicalName('Demo', ['demo', 'Demo_2'])).toBe('Demo_3');
    expect(uniqueTechnicalName('Demo', [])).toBe('Demo');
  });
});

describe('deriveFlowId', () => {
  it('derives CPI-style ids and keeps them unique', () => {
    expect(deriveFlowId('Hello World', [])).toBe('Hello_World');
    expect(deriveFlowId('Hello World', ['Hello_World'])).toBe('Hello_World_1');
    expect(deriveFlowId('Hello World', ['hello_world', 'Hello_World_1'])).toBe('Hello_World_2');
    expect(deriveFlowId('2 fast!', [])).toBe('_2_fast');
    expect(deriveFlowId('***', [])).toBe('Flow');
  });
});

describe('checkFlowId', () => {
  it('accepts letters, digits, "_", "-" and "." starting with a letter or "_"', () => {
    expect(checkFlowId('Hello_World-v1.2', ['Other'])).toBeNull();
    expect(checkFlowId('_x', [])).toBeNull();
  });
  it('refuses empty, too long, bad characters, a bad start and a taken id', () => {
    expect(checkFlowId('', [])).toBe('ID is required');
    expect(checkFlowId('a'.repeat(101), [])).toBe('ID must be at most 100 characters');
    expect(checkFlowId('Hello World', [])).toBe(
      'ID may contain only letters, digits, "_", "-" and "."',
    );
    expect(checkFlowId('1st', [])).toBe('ID must start with a letter or "_"');
    expect(checkFlowId('hello_world', ['Hello_World'])).toBe(
      'ID "hello_world" is already used by another flow',
    );
  });
});
