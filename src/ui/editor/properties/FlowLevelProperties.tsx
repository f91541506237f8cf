import type { FieldGroup, Flow, FlowSettings, LogLevel, Problem } from '../../../core';
import { fieldErrors } from '../../forms/fieldErrors';
import { FormRenderer } from '../../forms/FormRenderer';
import { ParametersSummary } from '../configure/ParametersSummary';
import { NameForm } from './NameForm';
import { dispatchEdit } from './usePropertyEdit';
import { FLOW_NAME_NEEDED, useFlowNameDraft } from '../useFlowNameDraft';

const LOG_LEVELS: LogLevel[] = ['None', 'Info', 'Debug', 'Trace'];

const SETTINGS_FORM: FieldGroup[] = [
  {
    title: 'Runtime Configuration',
    fields: [
      {
        key: 'allowedHeaders',
        label: 'Allowed Header(s)',
        kind: 'text',
        placeholder: 'e.g. Content-Type, x-request-id',
        help: 'Comma-separated request headers passed on to the flow',
      },
      {
        key: 'logLevel',
        label: 'Log Level',
        kind: 'select',
        options: LOG_LEVELS.map((l) => ({ value: l, label: l })),
      },
      { key: 'returnExceptionToSender', label: 'Return Exception to Sender', kind: 'checkbox' },
      {
        key: 'namespaceMapping',
        label: 'Namespace Mapping',
        kind: 'textarea',
        rows: 3,
        placeholder: 'e.g. ns0=http://example.com/orders',
        help: 'XPath prefixes of Content Modifiers and Routers, one "prefix=uri" per line',
      },
    ],
  },
  {
    title: 'Simulation Limits',
    fields: [
      { key: 'scriptTimeMs', label: 'Script Time Limit', kind: 'number', min: 1, unit: 'ms' },
      { key: 'scriptMemoryMb', label: 'Script Memory Limit', kind: 'number', min: 1, unit: 'MB' },
      { key: 'stepBudget', label: 'Step Budget', kind: 'number', min: 1, unit: 'steps' },
      {
        key: 'maxMessageBytes',
        label: 'Maximum Message Size',
        kind: 'number',
        min: 1,
        unit: 'bytes',
      },
    ],
  },
];

const LIMIT_KEYS = new Set(['scriptTimeMs', 'scriptMemoryMb', 'stepBudget', 'maxMessageBytes']);

/** The Integration Process: its name and the flow-level runtime settings. */
export function ProcessProperties({ flow, problems }: { flow: Flow; problems: Problem[] }) {
  const p = flow.process;
  const values = { namespaceMapping: '', ...flow.settings, ...flow.settings.limits };
  const errors = fieldErrors(problems, p.id);
  return (
    <>
      <p className="ifs-props__kind">Integration Process</p>
      <NameForm
        id={p.id}
        name={p.name}
        errors={errors}
        onRename={(name) => dispatchEdit('process.rename', { name }, `${p.id}:name`)}
      />
      <FormRenderer
        groups={SETTINGS_FORM}
        values={values}
        idPrefix={`${p.id}-settings`}
        errors={errors}
        onChange={(key, value) => {
          const settings: Partial<FlowSettings> = LIMIT_KEYS.has(key)
            ? { limits: { ...flow.settings.limits, [key]: value } }
            : { [key]: value };
          dispatchEdit('flow.settings', { settings }, `settings:${key}`);
        }}
      />
      <ParametersSummary flow={flow} />
    </>
  );
}

const FLOW_FORM: FieldGroup[] = [
  {
    title: 'Integration Flow',
    fields: [
      { key: 'name', label: 'Name', kind: 'text', required: true },
      { key: 'description', label: 'Description', kind: 'textarea', rows: 4 },
    ],
  },
];

/** Nothing selected: the flow's own name and description. */
export function FlowProperties({ flow }: { flow: Flow }) {
  const name = useFlowNameDraft(flow.name);
  return (
    <>
      <p className="ifs-props__kind">Nothing selected: flow properties</p>
      <div onBlur={name.leave}>
        <FormRenderer
          groups={FLOW_FORM}
          values={{ name: name.value, description: flow.description }}
          errors={name.invalid ? { name: FLOW_NAME_NEEDED } : undefined}
          idPrefix={`${flow.id}-flow`}
          onChange={(key, value) =>
            key === 'name'
              ? name.change(String(value))
              : dispatchEdit('flow.rename', { [key]: String(value) }, `flow:${key}`)
          }
        />
      </div>
      <ParametersSummary flow={flow} />
    </>
  );
}
