import {
  getStepType,
  nextScriptName,
  nextStylesheetName,
  orderedOutgoing,
  stylesheetNames,
  type Flow,
  type Problem,
  type Step,
} from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { FormRenderer } from '../../forms/FormRenderer';
import type { ScriptChoices, StylesheetChoices } from '../../forms/FieldControl';
import type { RouteEntry } from '../../forms/RouteOrderField';
import { fieldErrors } from '../../forms/fieldErrors';
import { openScriptEditor } from '../editorUi';
import { NameForm } from './NameForm';
import { dispatchEdit } from './usePropertyEdit';

/**
 * Script choices for a step's script field; "New JavaScript/Groovy script" creates script<N>.js
 * or script<N>.groovy in the same undo step.
 */
export function scriptChoices(flow: Flow, coalesceKey: string): ScriptChoices {
  return {
    names: flow.resources.scripts.map((s) => s.name),
    create: (language) => {
      const current = editorStore.getState().flow ?? flow;
      const name = nextScriptName(current, language);
      return dispatchEdit('script.create', { name }, coalesceKey) ? name : null;
    },
  };
}

/** The flow's XSLT stylesheets; "New XSLT stylesheet" creates XSLTMapping<N>.xsl in the same undo step. */
export function stylesheetChoices(flow: Flow, coalesceKey: string): StylesheetChoices {
  return {
    names: stylesheetNames(flow),
    create: () => {
      const name = nextStylesheetName(editorStore.getState().flow ?? flow);
      return dispatchEdit('stylesheet.create', { name }, coalesceKey) ? name : null;
    },
  };
}

/** The step's outgoing links in the order they are taken, named by their targets. */
function routeEntries(flow: Flow, step: Step): RouteEntry[] {
  const nameOf = (id: string) =>
    flow.process.steps.find((s) => s.id === id)?.name ??
    flow.participants.find((p) => p.id === id)?.name ??
    id;
  return orderedOutgoing(flow, step).map((link) => ({ link, target: nameOf(link.target) }));
}

/** A step: name plus the form its registry type describes (Script: file and function). */
export function StepProperties({
  flow,
  step,
  problems,
}: {
  flow: Flow;
  step: Step;
  problems: Problem[];
}) {
  const def = getStepType(step.type);
  const errors = fieldErrors(problems, step.id);
  const hasScript = def?.form.some((g) => g.fields.some((f) => f.kind === 'script')) ?? false;
  const hasStylesheet =
    def?.form.some((g) => g.fields.some((f) => f.kind === 'stylesheet')) ?? false;
  const hasRoutes = def?.form.some((g) => g.fields.some((f) => f.kind === 'routeOrder')) ?? false;
  return (
    <>
      <p className="ifs-props__kind">
        {def
          ? `${def.look?.(step.config).label ?? def.label} step`
          : `Unknown step type "${step.type}"`}
      </p>
      <NameForm
        id={step.id}
        name={step.name}
        errors={errors}
        onRename={(name) =>
          dispatchEdit('element.rename', { id: step.id, name }, `${step.id}:name`)
        }
      />
      {def && def.form.length > 0 && (
        <FormRenderer
          groups={def.form}
          values={step.config}
          idPrefix={step.id}
          errors={errors}
          parameters={flow.parameters}
          scripts={scriptChoices(flow, `${step.id}:scriptFile`)}
          stylesheets={stylesheetChoices(flow, `${step.id}:mappingFile`)}
          routes={hasRoutes ? routeEntries(flow, step) : undefined}
          onChange={(key, value) => {
            // Read the latest config: two quick edits must not overwrite each other.
            const latest = editorStore.getState().flow?.process.steps.find((s) => s.id === step.id);
            const config = { ...(latest ?? step).config, [key]: value };
            dispatchEdit('step.configure', { id: step.id, config }, `${step.id}:${key}`);
          }}
        />
      )}
      {def?.readOnly && <ReadOnlyProperties step={step} />}
      {hasScript && (
        <button
          type="button"
          className="ifs-btn ifs-btn--primary"
          onClick={() => openScriptEditor(step.id)}
        >
          Edit script
        </button>
      )}
      {hasStylesheet && (
        <button
          type="button"
          className="ifs-btn ifs-btn--primary"
          onClick={() => openScriptEditor(step.id)}
        >
          Edit stylesheet
        </button>
      )}
    </>
  );
}

/** An imported step the studio cannot edit yet: every CPI property, read-only. */
function ReadOnlyProperties({ step }: { step: Step }) {
  const props = step.config.properties;
  const rows =
    props !== null && typeof props === 'object'
      ? Object.entries(props as Record<string, unknown>)
      : [];
  return (
    <section aria-label="CPI properties (read-only)" className="ifs-props__readonly">
      <p className="ifs-muted">
        This step cannot be edited or simulated in the studio yet. Its CPI properties are kept and
        exported unchanged.
      </p>
      <table>
        <caption>CPI properties (read-only)</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>
                <code>{String(v)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
