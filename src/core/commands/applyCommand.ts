import type { Flow } from '../model/flow';
import { adapterConfigure } from './adapterConfigure';
import { elementAdd } from './elementAdd';
import { elementDelete } from './elementDelete';
import { elementMove } from './elementMove';
import { elementRename } from './elementRename';
import { elementsDuplicate, elementsPaste } from './elementsPaste';
import { flowArrange } from './flowArrange';
import { flowParameters, flowRename, flowSettings } from './flowCommands';
import { linkConfigure } from './linkConfigure';
import { linkConnect } from './linkConnect';
import { linkSplit } from './linkSplit';
import { processRename, processResize } from './processCommands';
import { scriptCreate, scriptDelete, scriptEdit, scriptRename } from './scriptCommands';
import { stepConfigure } from './stepConfigure';
import { stylesheetCreate, stylesheetEdit } from './stylesheetCommands';
import { stepResize } from './stepResize';
import { sampleSet, testCaseDelete, testCaseSave } from './testCommands';
import { CommandError, type CommandName, type CommandOutcome, type CommandPayloads } from './types';

type Handlers = { [N in CommandName]: (flow: Flow, payload: CommandPayloads[N]) => CommandOutcome };

/** Every command by name. Each is pure: it returns a new flow and never mutates its input. */
export const commands: Handlers = {
  'element.add': elementAdd,
  'element.move': elementMove,
  'element.delete': elementDelete,
  'element.rename': elementRename,
  'step.configure': stepConfigure,
  'step.resize': stepResize,
  'link.connect': linkConnect,
  'link.configure': linkConfigure,
  'link.split': linkSplit,
  'adapter.configure': adapterConfigure,
  'process.resize': processResize,
  'process.rename': processRename,
  'elements.paste': elementsPaste,
  'elements.duplicate': elementsDuplicate,
  'flow.arrange': flowArrange,
  'flow.rename': flowRename,
  'flow.settings': flowSettings,
  'flow.parameters': flowParameters,
  'script.create': scriptCreate,
  'stylesheet.create': stylesheetCreate,
  'stylesheet.edit': stylesheetEdit,
  'script.rename': scriptRename,
  'script.delete': scriptDelete,
  'script.edit': scriptEdit,
  'sample.set': sampleSet,
  'testCase.save': testCaseSave,
  'testCase.delete': testCaseDelete,
};

/**
 * Runs a named command. Throws CommandError with a user-facing reason when refused; an
 * unchanged flow (same object) means the command was a no-op.
 */
export function applyCommand<N extends CommandName>(
  flow: Flow,
  name: N,
  payload: CommandPayloads[N],
): CommandOutcome {
  const handler = commands[name] as
    ((f: Flow, p: CommandPayloads[N]) => CommandOutcome) | undefined;
  if (!handler) throw new CommandError(`Unknown command "${String(name)}"`);
  if (payload === null || typeof payload !== 'object')
    throw new CommandError(`Command "${name}" needs a payload`);
  return handler(flow, payload);
}
