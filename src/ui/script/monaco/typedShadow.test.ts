import { describe, expect, it } from 'vitest';
import { findInsertions, typedShadow } from './typedShadow';

const script =
  'importClass(java.util.HashMap);\nfunction processData(message) {\n  message.\n}\nfunction helper(msg, x) {}\nfunction other(a) {}\n';

describe('typedShadow', () => {
  it('annotates processData and functions taking the message first', () => {
    const names = findInsertions(script).map((i) => i.text);
    expect(names).toEqual(['/** @param {Message} message */ ', '/** @param {Message} msg */ ']);
    expect(findInsertions('function handle(m) {}', 'handle')).toHaveLength(1);
  });

  it('maps positions both ways around the inserted annotations', () => {
    const shadow = typedShadow(script);
    const dot = script.indexOf('message.\n') + 'message.'.length;
    const mapped = shadow.toShadow(dot);
    expect(shadow.text.slice(mapped - 8, mapped)).toBe('message.');
    expect(shadow.fromShadow(mapped)).toBe(dot);
    const other = script.indexOf('function other');
    expect(shadow.text.slice(shadow.toShadow(other))).toMatch(/^function other/);
    expect(shadow.fromShadow(shadow.toShadow(other))).toBe(other);
    // inside an annotation: back to where it was inserted
    const fn = script.indexOf('function processData');
    expect(shadow.fromShadow(fn + 5)).toBe(fn);
    expect(shadow.toShadow(0)).toBe(0);
  });

  it('leaves a script without message functions unchanged', () => {
    const shadow = typedShadow('var a = 1;');
    expect(shadow.text).toBe('var a = 1;');
    expect(shadow.toShadow(5)).toBe(5);
    expect(shadow.fromShadow(5)).toBe(5);
  });
});
