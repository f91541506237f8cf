import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helloWorldBase } from '../fixtures/helloWorld';
import { exportCamelYaml } from './exportCamel';
import { expectValidCamel } from './testing/camelSchema';

const SCRIPT = `import com.sap.gateway.ip.core.customdev.util.Message
import groovy.json.JsonSlurper

def Message processData(Message message) {
    def json = new JsonSlurper().parseText(message.getBody(String))
    message.setHeader("X-Order", json.id)
    message.setProperty("items", json.items.size())
    def log = messageLogFactory.getMessageLog(message)
    if (log != null) log.setStringProperty("order", "" + json.id)
    message.setBody("order " + json.id)
    return message
}
`;

function groovyFlow() {
  const flow = helloWorldBase();
  flow.resources.scripts[0] = { name: 'script1.groovy', language: 'groovy', content: SCRIPT };
  flow.process.steps.find((s) => s.id === 'Script_1')!.config = {
    scriptFile: 'script1.groovy',
    functionName: '',
  };
  return flow;
}

async function exportedGroovy(): Promise<string> {
  const doc = expectValidCamel(await exportCamelYaml(groovyFlow())) as [
    { route: { from: { steps: [{ script: { groovy: { expression: string } } }] } } },
  ];
  return doc[0].route.from.steps[0].script.groovy.expression;
}

const hasGroovy = spawnSync('groovy', ['--version'], { stdio: 'ignore' }).status === 0;

describe('Camel export of Groovy Script steps', () => {
  it("script in the groovy language: imports first, a Message class for CPI's, the call last", async () => {
    const text = await exportedGroovy();
    const lines = text.split('\n');
    expect(lines[0]).toBe('import groovy.json.JsonSlurper');
    expect(text).not.toContain('import com.sap.gateway.ip.core.customdev.util.Message');
    expect(text).toContain('class Message {');
    expect(text).toContain('messageLogFactory = [getMessageLog:');
    expect(text.indexOf('class Message {')).toBeLessThan(text.indexOf('def Message processData'));
    expect(text.trimEnd().split('\n').at(-1)).toBe('processData(new Message(exchange))');
  });

  it.skipIf(!hasGroovy)(
    "runs in real Groovy against an exchange stand-in with CPI's results",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ifs-camel-groovy-'));
      try {
        const file = join(dir, 'route.groovy');
        writeFileSync(file, await exportedGroovy());
        const harness = fileURLToPath(new URL('./testing/fakeExchange.groovy', import.meta.url));
        const out = execFileSync('groovy', [harness, file, '{"id":42,"items":[1,2,3]}'], {
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(out).toContain('BODY=order 42');
        expect(out).toContain('X-Order:42');
        expect(out).toMatch(/items:3/);
        expect(out).toContain('IfsLog.order:42');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    90_000,
  );
});
