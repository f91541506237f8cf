import type { StepTypeDef } from './types';
import { senderType } from '../steps/sender';
import { receiverType } from '../steps/receiver';
import { startEventType } from '../steps/startEvent';
import { endEventType } from '../steps/endEvent';
import { timerStartType } from '../steps/timerStart';
import { scriptType } from '../steps/script';
import { errorEndType } from '../steps/errorEnd';
import { errorStartType } from '../steps/errorStart';
import { contentModifierType } from '../steps/contentModifier';
import { jsonToXmlType } from '../steps/jsonToXml';
import { xmlToJsonType } from '../steps/xmlToJson';
import { xsltMappingType } from '../steps/xsltMapping';
import { routerType } from '../steps/router';
import { filterType } from '../steps/filter';
import {
  base64DecoderType,
  base64EncoderType,
  zipCompressorType,
  zipDecompressorType,
} from '../steps/encoder';
import { requestReplyType } from '../steps/requestReply';
import { exceptionSubprocessType } from '../steps/exceptionSubprocess';
import { processCallType } from '../steps/processCall';
import { localProcessType } from '../steps/localProcess';
import {
  dataStoreDeleteType,
  dataStoreGetType,
  dataStoreSelectType,
  dataStoreWriteType,
} from '../steps/dataStore';
import { generalSplitterType, iteratingSplitterType } from '../steps/splitter';
import { gatherType } from '../steps/gather';
import { parallelMulticastType, sequentialMulticastType } from '../steps/multicast';
import { joinType } from '../steps/join';
import { writeVariablesType } from '../steps/writeVariables';
import { placeholderType } from '../steps/placeholder';

// The casts widen each definition's config type to the registry's common shape.
const defs = [
  senderType,
  receiverType,
  startEventType,
  timerStartType,
  endEventType,
  errorEndType,
  errorStartType,
  scriptType,
  contentModifierType,
  jsonToXmlType,
  xmlToJsonType,
  xsltMappingType,
  routerType,
  filterType,
  base64EncoderType,
  base64DecoderType,
  zipCompressorType,
  zipDecompressorType,
  requestReplyType,
  exceptionSubprocessType,
  processCallType,
  localProcessType,
  dataStoreWriteType,
  dataStoreGetType,
  dataStoreSelectType,
  dataStoreDeleteType,
  writeVariablesType,
  generalSplitterType,
  iteratingSplitterType,
  gatherType,
  parallelMulticastType,
  sequentialMulticastType,
  joinType,
  placeholderType,
] as unknown as StepTypeDef[];

/**
 * Every element type, in palette order. Adding a step type = one folder under src/core/steps
 * plus one line here.
 */
export const elementTypes: readonly StepTypeDef[] = defs;

const byType = new Map(elementTypes.map((d) => [d.type, d]));

export function getStepType(type: string): StepTypeDef | undefined {
  return byType.get(type);
}

export function isParticipantType(type: string): boolean {
  return type === 'sender' || type === 'receiver';
}
