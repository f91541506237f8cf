import { describe, expect, it } from 'vitest';
import { groovyCompletions, documentWords } from './completions';

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

describe('documentWords', () => {
  const script =
    'def Message processData(Message message) {\n  def body = message.getBody()\n  return mess';
  it('offers the script’s own names; the word being typed only when it stands elsewhere too', () => {
    const words = documentWords(script, 'mess');
    expect(words).toEqual(
      expect.arrayContaining(['def', 'Message', 'processData', 'message', 'body', 'getBody']),
    );
    expect(words).not.toContain('mess');
    expect(documentWords(`${script}age`, 'message')).toContain('message');
    expect(documentWords('def orderId = 1', 'orderId')).not.toContain('orderId');
  });
});
