import { describe, expect, it, vi } from 'vitest';
import { newFlow } from '../model/factory';
import { applyCommand } from './applyCommand';
import { deepFreeze, helloFlow, run } from '../rules/__fixtures__/flows';

vi.mock('../registry/registry', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).registryWithExtras(await importOriginal()),
);
vi.mock('../adapters', async (importOriginal) =>
  (await import('../rules/__fixtures__/mockRegistry')).adaptersWithExtras(await importOriginal()),
);

const base = () => deepFreeze(newFlow({ id: 'f', name: 'F' }));

describe('link.connect', () => {
  it('Sender → Start makes a message flow with the HTTPS adapter defaults', () => {
    const out = applyCommand(base(), 'link.connect', {
      source: 'Participant_1',
      target: 'StartEvent_1',
      adapterType: 'HTTPS',
    });
    expect(out.created).toEqual(['MessageFlow_1']);
    expect(out.flow.messageFlows).toEqual([
      {
        id: 'MessageFlow_1',
        source: 'Participant_1',
        target: 'StartEvent_1',
        adapter: {
          type: 'HTTPS',
          config: {
            address: '',
            authorization: 'UserRole',
            userRole: 'ESBMessaging.send',
            clientCertificates: '',
            csrfProtected: true,
            maxBodySizeMb: 40,
          },
        },
      },
    ]);
  });
  it('needs an adapter type of the right direction', () => {
    const link = { source: 'Participant_1', target: 'StartEvent_1' };
    expect(() => run(base(), 'link.connect', link)).toThrow(
      'Choose an adapter type for this sender connection',
    );
    expect(() => run(base(), 'link.connect', { ...link, adapterType: 'SOAP' })).toThrow(
      'Unknown adapter type "SOAP"',
    );
    expect(() => run(base(), 'link.connect', { ...link, adapterType: 'TestHTTP' })).toThrow(
      'HTTP is not a sender adapter',
    );
  });
  it('step → Receiver makes a message flow with a receiver adapter', () => {
    const flow = run(base(), 'element.add', { type: 'testRequestReply', position: { x: 0, y: 0 } });
    const out = run(flow, 'link.connect', {
      source: 'TestRequestReply_1',
      target: 'Participant_2',
      adapterType: 'TestHTTP',
    });
    expect(out.messageFlows[0]).toEqual({
      id: 'MessageFlow_1',
      source: 'TestRequestReply_1',
      target: 'Participant_2',
      adapter: { type: 'TestHTTP', config: { url: '' } },
    });
    expect(() =>
      run(flow, 'link.connect', {
        source: 'TestRequestReply_1',
        target: 'Participant_2',
        adapterType: 'HTTPS',
      }),
    ).toThrow('HTTPS is not a receiver adapter');
  });
  it('step → step makes a sequence flow with a fresh id or the given one', () => {
    const flow = run(base(), 'element.add', { type: 'script', position: { x: 0, y: 0 } });
    const out = applyCommand(flow, 'link.connect', { source: 'Script_1', target: 'EndEvent_1' });
    expect(out.created).toEqual(['SequenceFlow_2']);
    expect(out.flow.process.sequenceFlows.at(-1)).toEqual({
      id: 'SequenceFlow_2',
      source: 'Script_1',
      target: 'EndEvent_1',
    });
    expect(
      run(flow, 'link.connect', {
        source: 'Script_1',
        target: 'EndEvent_1',
        id: 'L',
      }).process.sequenceFlows.at(-1)!.id,
    ).toBe('L');
    expect(() =>
      run(flow, 'link.connect', { source: 'Script_1', target: 'EndEvent_1', id: 'Script_1' }),
    ).toThrow('The id "Script_1" is already in use');
  });
  it('refuses with the rule reason', () => {
    expect(() =>
      run(base(), 'link.connect', { source: 'EndEvent_1', target: 'StartEvent_1' }),
    ).toThrow('An End event cannot have outgoing sequence flows');
    expect(() =>
      run(base(), 'link.connect', { source: 'StartEvent_1', target: 'EndEvent_1' }),
    ).toThrow('These steps are already connected');
  });
});

describe('link.configure', () => {
  it('sets the name and replaces the config of a sequence flow', () => {
    const out = run(base(), 'link.configure', {
      id: 'SequenceFlow_1',
      name: 'Route 1',
      config: { condition: '$x = 1' },
    });
    expect(out.process.sequenceFlows[0]).toEqual({
      id: 'SequenceFlow_1',
      source: 'StartEvent_1',
      target: 'EndEvent_1',
      name: 'Route 1',
      config: { condition: '$x = 1' },
    });
  });
  it('refuses message flows and unknown links', () => {
    expect(() => run(helloFlow(), 'link.configure', { id: 'MessageFlow_1', name: 'x' })).toThrow(
      /through its adapter/,
    );
    expect(() => run(base(), 'link.configure', { id: 'nope', name: 'x' })).toThrow(
      'Connection "nope" does not exist',
    );
  });
});

describe('adapter.configure', () => {
  it('replaces the adapter config', () => {
    const flow = deepFreeze(helloFlow());
    const config = { ...flow.messageFlows[0]!.adapter.config, csrfProtected: false };
    const out = run(flow, 'adapter.configure', { id: 'MessageFlow_1', config });
    expect(out.messageFlows[0]!.adapter).toEqual({ type: 'HTTPS', config });
  });
  it('a type change starts from that type’s defaults, checked for direction', () => {
    const flow = helloFlow();
    expect(() => run(flow, 'adapter.configure', { id: 'MessageFlow_1', type: 'TestHTTP' })).toThrow(
      'HTTP is not a sender adapter',
    );
    expect(run(flow, 'adapter.configure', { id: 'MessageFlow_1', type: 'HTTPS' })).toBe(flow);
  });
  it('refuses a link without adapter', () => {
    expect(() => run(base(), 'adapter.configure', { id: 'SequenceFlow_1', config: {} })).toThrow(
      'Connection "SequenceFlow_1" has no adapter',
    );
  });
});
