import type { Flow } from '../model/flow';
import {
  MAPPING_DIR,
  STYLESHEET_TEMPLATE,
  findStylesheet,
  fileText,
  isStylesheetPath,
  textToBase64,
} from '../steps/xsltMapping/resources';
import { done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

const NAME = /^[A-Za-z0-9_][A-Za-z0-9 _.-]*\.xslt?$/i;

/** Why `name` cannot name a new stylesheet, or null when it can. */
export function stylesheetNameError(flow: Flow, name: string): string | null {
  if (!name) return 'A stylesheet needs a name';
  if (name.length > 200) return 'A stylesheet name may have at most 200 characters';
  if (!NAME.test(name))
    return `"${name}" is not a valid stylesheet name: use letters, digits, spaces, "_", "-", "." and end in .xsl or .xslt`;
  if ((flow.resources.files ?? []).some((f) => f.path === MAPPING_DIR + name))
    return `A stylesheet named "${name}" already exists`;
  return null;
}

const withFiles = (flow: Flow, files: NonNullable<Flow['resources']['files']>): Flow => ({
  ...flow,
  resources: { ...flow.resources, files },
});

/** Adds an XSLT stylesheet to the flow's mapping folder (src/main/resources/mapping/). */
export function stylesheetCreate(
  flow: Flow,
  payload: CommandPayloads['stylesheet.create'],
): CommandOutcome {
  const error = stylesheetNameError(flow, payload.name);
  if (error) fail(error);
  const file = {
    path: MAPPING_DIR + payload.name,
    content: textToBase64(payload.content ?? STYLESHEET_TEMPLATE),
  };
  return done(withFiles(flow, [...(flow.resources.files ?? []), file]));
}

/** Replaces a stylesheet's text (the XSLT editor's typing). */
export function stylesheetEdit(
  flow: Flow,
  payload: CommandPayloads['stylesheet.edit'],
): CommandOutcome {
  const file = findStylesheet(flow, payload.name);
  if (!file || !isStylesheetPath(file.path)) fail(`Stylesheet "${payload.name}" does not exist`);
  if (typeof payload.content !== 'string') fail('Stylesheet content must be text');
  if (fileText(file) === payload.content) return done(flow);
  const content = textToBase64(payload.content);
  return done(
    withFiles(
      flow,
      (flow.resources.files ?? []).map((f) => (f === file ? { ...f, content } : f)),
    ),
  );
}
