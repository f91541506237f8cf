import type { Flow } from '../../model/flow';
import { flowFixture, lineFlow } from './flowFixture';

/** Sample flows shared by golden tests and the engine benchmark; both pass validateFlow. */

/** Connects the Sender to Start over HTTPS, as the walkthrough does. */
function withHttpsSender(flow: Flow, address: string): Flow {
  flow.messageFlows.push({
    id: 'MessageFlow_1',
    source: 'Participant_1',
    target: 'Start',
    adapter: {
      type: 'HTTPS',
      config: {
        address,
        authorization: 'UserRole',
        userRole: 'ESBMessaging.send',
        clientCertificates: '',
        csrfProtected: false,
        maxBodySizeMb: 40,
      },
    },
  });
  return flow;
}

const HELLO = `function processData(message) {
  var body = message.getBody();
  message.setBody("Hello world from IFlow");
  return message;
}`;

export function helloWorldFlow(): Flow {
  const flow = lineFlow(
    [{ id: 'Script_1', type: 'script', config: { scriptFile: 'script1.js', functionName: '' } }],
    { scripts: { 'script1.js': HELLO } },
  );
  return withHttpsSender(flow, '/v1/test/hello');
}

const row = (
  name: string,
  sourceType: string,
  sourceValue: string,
  dataType = 'java.lang.String',
) => ({
  action: 'Create',
  name,
  sourceType,
  sourceValue,
  dataType,
  default: '',
});

/** Start → CM → Router → Script → JSON→XML → CM → XML→JSON → CM → Script → End: 10 steps run. */
export function tenStepFlow(): Flow {
  const cm = (id: string, headers: unknown[], body = '') => ({
    id,
    type: 'contentModifier',
    config: { headers, properties: [], bodyType: 'Expression', bodyValue: body },
  });
  const script = (id: string, file: string) => ({
    id,
    type: 'script',
    config: { scriptFile: file, functionName: '' },
  });
  const flow = flowFixture({
    steps: [
      { id: 'Start', type: 'startEvent' },
      cm('CM1', [row('type', 'Constant', 'A'), row('n', 'Constant', '7', 'java.lang.Integer')]),
      {
        id: 'Router',
        type: 'router',
        config: { noMatch: 'default', routeOrder: [], namespaceMapping: '' },
      },
      script('S1', 'enrich.js'),
      {
        id: 'J2X',
        type: 'jsonToXml',
        config: {
          addRootElement: false,
          rootElementName: 'root',
          rootNamespace: '',
          useNamespaceMapping: false,
          namespaceMapping: '',
          jsonPrefixSeparator: ':',
        },
      },
      cm('CM2', [row('stamp', 'Expression', '${date:now:yyyy-MM-dd} ${header.type}')]),
      {
        id: 'X2J',
        type: 'xmlToJson',
        config: { arrayMode: 'auto', arrayElements: '', suppressRootElement: false },
      },
      cm('CM3', [row('done', 'Constant', 'yes')]),
      script('S2', 'finish.js'),
      { id: 'End', type: 'endEvent' },
      { id: 'Other', type: 'endEvent' },
    ],
    links: [
      { source: 'Start', target: 'CM1' },
      { source: 'CM1', target: 'Router' },
      {
        id: 'routeA',
        source: 'Router',
        target: 'S1',
        config: {
          expressionType: 'NonXML',
          condition: "${header.type} = 'A' and ${header.n} > 5",
          isDefault: false,
        },
      },
      {
        id: 'routeOther',
        source: 'Router',
        target: 'Other',
        config: { expressionType: 'NonXML', condition: '', isDefault: true },
      },
      { source: 'S1', target: 'J2X' },
      { source: 'J2X', target: 'CM2' },
      { source: 'CM2', target: 'X2J' },
      { source: 'X2J', target: 'CM3' },
      { source: 'CM3', target: 'S2' },
      { source: 'S2', target: 'End' },
    ],
    scripts: {
      'enrich.js': `function processData(message) {
  message.setBody('{"order":{"@id":"' + message.getHeaders().get("n") + '","item":["a","b","c"],"note":"hi"}}');
  return message;
}`,
      'finish.js': `function processData(message) {
  message.setProperty("length", String(message.getBody()).length);
  return message;
}`,
    },
  });
  return withHttpsSender(flow, '/v1/bench/ten');
}
