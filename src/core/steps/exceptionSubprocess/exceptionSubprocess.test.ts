import { describe, expect, it } from 'vitest';
import { flowFixture } from '../../engine/testing/flowFixture';
import { exceptionSubprocessType } from '.';
import { errorStartType } from '../errorStart';
import { getStepType, elementTypes } from '../../registry/registry';

describe('Exception Subprocess, Error Start, Error End definitions', () => {
  it('are registered in palette order', () => {
    expect(elementTypes.map((d) => d.type)).toEqual([
      'sender',
      'receiver',
      'startEvent',
      'timerStart',
      'endEvent',
      'errorEnd',
      'errorStart',
      'script',
      'contentModifier',
      'jsonToXml',
      'xmlToJson',
      'xsltMapping',
      'router',
      'filter',
      'base64Encoder',
      'base64Decoder',
      'zipCompressor',
      'zipDecompressor',
      'requestReply',
      'exceptionSubprocess',
      'processCall',
      'localProcess',
      'dataStoreWrite',
      'dataStoreGet',
      'dataStoreSelect',
      'dataStoreDelete',
      'writeVariables',
      'generalSplitter',
      'iteratingSplitter',
      'gather',
      'parallelMulticast',
      'sequentialMulticast',
      'join',
      'placeholder',
    ]);
    expect(getStepType('exceptionSubprocess')?.container).toBe(true);
    expect(getStepType('errorEnd')?.connections.maxOutgoing).toBe(0);
    expect(getStepType('requestReply')?.connections.mayCallReceiver).toBe(true);
  });

  it('validation asks for an Error Start and an end inside the subprocess', () => {
    const flow = flowFixture({
      steps: [
        { id: 'Sub', type: 'exceptionSubprocess' },
        { id: 'Stray', type: 'errorStart' },
      ],
      links: [],
    });
    expect(
      exceptionSubprocessType.validate!(flow.process.steps[0]!, flow).map((p) => p.message),
    ).toEqual([
      'Sub: add an Error Start event inside the Exception Subprocess',
      'Sub: add an End Message or Error End event inside the Exception Subprocess',
    ]);
    expect(errorStartType.validate!(flow.process.steps[1]!, flow).map((p) => p.message)).toEqual([
      'Stray: an Error Start event must be inside an Exception Subprocess',
    ]);
    flow.process.steps[1]!.parentId = 'Sub';
    flow.process.steps.push({
      id: 'E',
      type: 'errorEnd',
      name: 'E',
      position: { x: 0, y: 0 },
      config: {},
      parentId: 'Sub',
    });
    expect(exceptionSubprocessType.validate!(flow.process.steps[0]!, flow)).toEqual([]);
    expect(errorStartType.validate!(flow.process.steps[1]!, flow)).toEqual([]);
  });
});
