import { describe, expect, it } from 'vitest';
import { groovyCompletions } from './completions';

describe('Groovy completions', () => {
  it('offer the Message API after message.', () => {
    const labels = groovyCompletions('    message.get').map((c) => c.label);
    expect(labels).toContain('getBody');
    expect(labels).toContain('setHeader');
  });
  it('offer the GDK after any other dot, and the message log methods on a log', () => {
    expect(groovyCompletions('items.').map((c) => c.label)).toContain('collect');
    expect(groovyCompletions('items.').map((c) => c.label)).not.toContain('getBody');
    expect(groovyCompletions('messageLog.').map((c) => c.label)).toContain('addAttachmentAsString');
  });
  it('offer the entry point and the usual classes at the start of a word', () => {
    expect(groovyCompletions('Json').map((c) => c.label)).toEqual(
      expect.arrayContaining(['processData', 'JsonSlurper', 'messageLogFactory']),
    );
  });
});
