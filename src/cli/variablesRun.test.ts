import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFlow } from '../core/io';
import { lineFlow } from '../core/engine/testing/flowFixture';
import { newModifierRow } from '../core/steps/contentModifier/config';
import { newVariableRow } from '../core/steps/writeVariables/config';
import { ifs, tempDir } from './testing';

describe('ifs run with Write Variables and a Content Modifier reading them', () => {
  it("reads the variable back from the run's own store; --trace names it, and an unset one", async () => {
    const flow = lineFlow([
      {
        id: 'WV',
        name: 'Remember',
        type: 'writeVariables',
        config: {
          variables: [
            { ...newVariableRow(), name: 'Last', sourceType: 'header', sourceValue: 'orderId' },
          ],
        },
      },
      {
        id: 'CM',
        name: 'Recall',
        type: 'contentModifier',
        config: {
          headers: [],
          properties: [
            { ...newModifierRow(), name: 'last', sourceType: 'LocalVariable', sourceValue: 'Last' },
            {
              ...newModifierRow(),
              name: 'seen',
              sourceType: 'GlobalVariable',
              sourceValue: 'Seen',
              default: 'never',
            },
          ],
          bodyType: 'Expression',
          bodyValue: '${property.last} / ${property.seen}',
        },
      },
    ]);
    const file = join(tempDir(), 'variables.flow.json');
    writeFileSync(file, exportFlow(flow));
    const r = await ifs(['run', file, '--header', 'orderId=A-42']);
    expect(r).toMatchObject({ code: 0, stdout: 'A-42 / never\n' });
    const traced = await ifs(['run', file, '--header', 'orderId=A-42', '--trace']);
    expect(traced.stdout).toContain(
      `log info: Content Modifier: property "last" = local variable "Last" = "A-42" (this run's own store)`,
    );
    expect(traced.stdout).toContain(
      `log warn: Content Modifier: property "seen": global variable "Seen" is not set (this run's own store); default "never" used`,
    );
  });
});
