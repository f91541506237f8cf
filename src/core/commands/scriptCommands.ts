import type { Flow, Step } from '../model/flow';
import { getStepType } from '../registry/registry';
import { GROOVY_TEMPLATE, SCRIPT_TEMPLATE } from '../script/template';
import { done, fail } from './helpers';
import type { CommandOutcome, CommandPayloads } from './types';

const SCRIPT_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** Why `name` cannot name a script (empty, too long, a path, taken), or null when it can. */
export function scriptNameError(flow: Flow, name: string, except?: string): string | null {
  if (typeof name !== 'string' || !name) return 'A script needs a name';
  if (name.length > 200) return 'A script name may have at most 200 characters';
  if (!SCRIPT_NAME.test(name))
    return `"${name}" is not a valid script name: use letters, digits, "_", "-" and "."`;
  if (name !== except && flow.resources.scripts.some((s) => s.name === name))
    return `A script named "${name}" already exists`;
  return null;
}

function checkScriptName(flow: Flow, name: string, except?: string): void {
  const error = scriptNameError(flow, name, except);
  if (error) fail(error);
}

function requireScript(flow: Flow, name: string) {
  return (
    flow.resources.scripts.find((s) => s.name === name) ?? fail(`Script "${name}" does not exist`)
  );
}

/** Config keys of a step that name a script resource (fields of kind "script" in its form). */
export function scriptFields(step: Step): string[] {
  const def = getStepType(step.type);
  return (def?.form ?? []).flatMap((g) =>
    g.fields.filter((f) => f.kind === 'script').map((f) => f.key),
  );
}

/** Steps whose script fields point at `name`. */
export function stepsUsingScript(flow: Flow, name: string): Step[] {
  return flow.process.steps.filter((s) => scriptFields(s).some((key) => s.config[key] === name));
}

const LANGUAGE_LABEL = { javascript: 'JavaScript', groovy: 'Groovy' } as const;

/** The language a script name's extension says (.js, .groovy / .gsh), or null for another one. */
function languageOfName(name: string): 'javascript' | 'groovy' | null {
  if (/\.js$/i.test(name)) return 'javascript';
  return /\.(groovy|gsh)$/i.test(name) ? 'groovy' : null;
}

const withScripts = (flow: Flow, scripts: Flow['resources']['scripts']): Flow => ({
  ...flow,
  resources: { ...flow.resources, scripts },
});

export function scriptCreate(
  flow: Flow,
  payload: CommandPayloads['script.create'],
): CommandOutcome {
  checkScriptName(flow, payload.name);
  // As in CPI: script/<name>.groovy (or .gsh) is Groovy, anything else JavaScript.
  const language = languageOfName(payload.name) ?? 'javascript';
  const content = payload.content ?? (language === 'groovy' ? GROOVY_TEMPLATE : SCRIPT_TEMPLATE);
  const resource = { name: payload.name, language, content } as const;
  return done(withScripts(flow, [...flow.resources.scripts, resource]));
}

/** Renames a script and every step reference to it, in one undo step. */
export function scriptRename(
  flow: Flow,
  payload: CommandPayloads['script.rename'],
): CommandOutcome {
  const script = requireScript(flow, payload.from);
  if (payload.from === payload.to) return done(flow);
  checkScriptName(flow, payload.to, payload.from);
  const implied = languageOfName(payload.to);
  if (implied && implied !== script.language)
    fail(
      `"${payload.from}" is a ${LANGUAGE_LABEL[script.language]} script: its name cannot end in ${/\.\w+$/.exec(payload.to)?.[0] ?? ''} (a ${LANGUAGE_LABEL[implied]} extension)`,
    );
  const scripts = flow.resources.scripts.map((s) =>
    s.name === payload.from ? { ...s, name: payload.to } : s,
  );
  const users = new Set(stepsUsingScript(flow, payload.from));
  const steps = flow.process.steps.map((s) => {
    if (!users.has(s)) return s;
    const config = { ...s.config };
    for (const key of scriptFields(s)) if (config[key] === payload.from) config[key] = payload.to;
    return { ...s, config };
  });
  return done({ ...withScripts(flow, scripts), process: { ...flow.process, steps } });
}

export function scriptDelete(
  flow: Flow,
  payload: CommandPayloads['script.delete'],
): CommandOutcome {
  requireScript(flow, payload.name);
  const users = stepsUsingScript(flow, payload.name);
  if (users.length > 0) {
    const names = users.map((s) => `"${s.name}"`).join(', ');
    fail(`Script "${payload.name}" is used by ${names}; assign another script there first`);
  }
  return done(
    withScripts(
      flow,
      flow.resources.scripts.filter((s) => s.name !== payload.name),
    ),
  );
}

export function scriptEdit(flow: Flow, payload: CommandPayloads['script.edit']): CommandOutcome {
  const script = requireScript(flow, payload.name);
  if (typeof payload.content !== 'string') fail('Script content must be text');
  if (script.content === payload.content) return done(flow);
  const scripts = flow.resources.scripts.map((s) =>
    s === script ? { ...s, content: payload.content } : s,
  );
  return done(withScripts(flow, scripts));
}
