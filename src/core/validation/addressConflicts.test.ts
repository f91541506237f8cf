import { describe, expect, it } from 'vitest';
import { helloFlow, run } from '../rules/__fixtures__/flows';
import { senderAddresses } from '../model/senderAddresses';
import { addressConflictProblems, type AddressUse } from './addressConflicts';

const use = (o: Partial<AddressUse> & { addresses: string[] }): AddressUse => ({
  flowId: 'other',
  flowName: 'Other',
  deployed: false,
  ...o,
});

describe('addressConflictProblems', () => {
  it('an address a deployed flow serves is an error; one a flow of the workspace uses, a warning', () => {
    const flow = helloFlow();
    expect(
      addressConflictProblems(flow, [
        use({ flowId: 'd', flowName: 'Deployed', deployed: true, addresses: ['/v1/test/*'] }),
        use({
          flowId: 'w',
          flowName: 'Designed',
          packageName: 'Pkg',
          addresses: ['/V1/TEST/hello'],
        }),
      ]),
    ).toEqual([
      {
        severity: 'error',
        message:
          'HTTPS adapter (Sender → Start): Address "/v1/test/hello" is already served by deployed flow "Deployed" (address "/v1/test/*"): undeploy it or choose another address',
        elementId: 'MessageFlow_1',
        elementKind: 'messageFlow',
        field: 'address',
      },
      {
        severity: 'warning',
        message:
          'HTTPS adapter (Sender → Start): Address "/v1/test/hello" is also used by flow "Designed" in package "Pkg": only one of them can be deployed',
        elementId: 'MessageFlow_1',
        elementKind: 'messageFlow',
        field: 'address',
      },
    ]);
  });

  it('names a flow once (deployed before designed), and never the flow itself', () => {
    const flow = helloFlow();
    const problems = addressConflictProblems(flow, [
      use({ addresses: ['/v1/test/hello'] }),
      use({ deployed: true, addresses: ['/v1/test/hello'] }),
      use({ flowId: flow.id, deployed: true, addresses: ['/v1/test/hello'] }),
      use({ flowId: 'far', addresses: ['/v1/other'] }),
    ]);
    expect(problems.map((p) => p.severity)).toEqual(['error']);
  });

  it('compares addresses with their parameters resolved; an unresolved one is left alone', () => {
    let flow = run(helloFlow(), 'adapter.configure', {
      id: 'MessageFlow_1',
      config: { ...helloFlow().messageFlows[0]!.adapter.config, address: '/{{Path}}' },
    });
    const others = [use({ addresses: ['/orders'] })];
    expect(addressConflictProblems(flow, others)).toEqual([]);
    flow = { ...flow, parameters: { Path: { value: 'orders', required: true } } } as typeof flow;
    expect(senderAddresses(flow)).toEqual(['/orders']);
    expect(addressConflictProblems(flow, others)).toHaveLength(1);
  });
});
