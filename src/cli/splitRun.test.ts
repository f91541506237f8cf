import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFlow } from '../core/io';
import { lineFlow } from '../core/engine/testing/flowFixture';
import { defaultSplitterConfig } from '../core/steps/splitter/config';
import { ifs, tempDir } from './testing';

describe('ifs run with a Splitter and a Gather', () => {
  it('runs each split message and prints the gathered body; --trace names the split messages', async () => {
    const flow = lineFlow([
      {
        id: 'Split',
        type: 'iteratingSplitter',
        config: { ...defaultSplitterConfig(), xpath: '/orders/order' },
      },
      {
        id: 'Mark',
        name: 'Mark',
        type: 'contentModifier',
        config: { headers: [], properties: [], bodyType: 'Expression', bodyValue: '[${in.body}]' },
      },
      {
        id: 'Gather',
        type: 'gather',
        config: {
          messageType: 'PlainText',
          algorithm: 'concatenate',
          sourceXPath: '',
          targetXPath: '',
        },
      },
    ]);
    const file = join(tempDir(), 'split.flow.json');
    writeFileSync(file, exportFlow(flow));
    const body = '<orders><order>1</order><order>2</order></orders>';
    const r = await ifs(['run', file, '--body', body]);
    expect(r).toMatchObject({ code: 0, stdout: '[<order>1</order>][<order>2</order>]\n' });
    const traced = await ifs(['run', file, '--body', body, '--trace']);
    expect(traced.stdout).toMatch(/step Mark \(contentModifier\) \[split 1 of 2\]/);
    expect(traced.stdout).toMatch(/step Mark \(contentModifier\) \[split 2 of 2\]/);
  });
});
