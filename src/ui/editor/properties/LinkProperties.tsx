import {
  adapterTypesFor,
  findElement,
  getAdapterType,
  getStepType,
  orderedOutgoing,
  type Flow,
  type MessageFlow,
  type Problem,
  type SequenceFlow,
} from '../../../core';
import { editorStore } from '../../../store/editorStore';
import { FormRenderer } from '../../forms/FormRenderer';
import { fieldErrors } from '../../forms/fieldErrors';
import { focusPropertiesTitle } from './focusPropertiesTitle';
import { NameForm } from './NameForm';
import { dispatchEdit } from './usePropertyEdit';

const nameOf = (flow: Flow, id: string) => {
  const found = findElement(flow, id);
  return found && 'name' in found.element ? found.element.name : id;
};

/** A Sender → Start (or step → Receiver) connection: its adapter type and the adapter's form. */
export function MessageFlowProperties({
  flow,
  link,
  problems,
}: {
  flow: Flow;
  link: MessageFlow;
  problems: Problem[];
}) {
  const direction = findElement(flow, link.source)?.kind === 'participant' ? 'sender' : 'receiver';
  const def = getAdapterType(link.adapter.type);
  const errors = fieldErrors(problems, link.id);
  const options = adapterTypesFor(direction).map((a) => ({ value: a.type, label: a.label }));
  return (
    <>
      <p className="ifs-props__kind">
        {direction === 'sender' ? 'Sender' : 'Receiver'} adapter: {nameOf(flow, link.source)} →{' '}
        {nameOf(flow, link.target)}
      </p>
      <FormRenderer
        groups={[
          {
            title: 'General',
            fields: [{ key: 'type', label: 'Adapter Type', kind: 'select', options }],
          },
        ]}
        values={{ type: link.adapter.type }}
        idPrefix={`${link.id}-adapter`}
        onChange={(_k, type) =>
          dispatchEdit('adapter.configure', { id: link.id, type: String(type) }, `${link.id}:type`)
        }
      />
      {def ? (
        <FormRenderer
          groups={def.form}
          values={link.adapter.config}
          idPrefix={link.id}
          errors={errors}
          parameters={flow.parameters}
          onChange={(key, value) => {
            const latest =
              editorStore.getState().flow?.messageFlows.find((m) => m.id === link.id) ?? link;
            const config = { ...latest.adapter.config, [key]: value };
            dispatchEdit('adapter.configure', { id: link.id, config }, `${link.id}:${key}`);
          }}
        />
      ) : (
        <p className="ifs-props__note">Unknown adapter type “{link.adapter.type}”.</p>
      )}
    </>
  );
}

/** A sequence flow: its name and the settings its source step type defines (Router routes). */
export function SequenceFlowProperties({
  flow,
  link,
  problems,
}: {
  flow: Flow;
  link: SequenceFlow;
  problems: Problem[];
}) {
  const source = flow.process.steps.find((s) => s.id === link.source);
  const def = source ? getStepType(source.type) : undefined;
  const linkForm = def?.linkForm;
  const ordered = def?.form.some((g) => g.fields.some((f) => f.kind === 'routeOrder'));
  const routes = source && ordered ? orderedOutgoing(flow, source) : [];
  const errors = fieldErrors(problems, link.id);
  return (
    <>
      <p className="ifs-props__kind">
        Sequence flow: {nameOf(flow, link.source)} → {nameOf(flow, link.target)}
      </p>
      {source && routes.length > 1 && (
        <p className="ifs-props__note">
          {routes.findIndex((l) => l.id === link.id) + 1} of {routes.length} in the order{' '}
          {source.name} takes its routes.{' '}
          <button
            type="button"
            className="ifs-btn ifs-btn--small"
            onClick={() => {
              editorStore.getState().select([source.id]);
              focusPropertiesTitle();
            }}
          >
            Change the order in {source.name}
          </button>
        </p>
      )}
      <NameForm
        id={link.id}
        name={link.name ?? ''}
        errors={errors}
        optional
        onRename={(name) =>
          dispatchEdit('link.configure', { id: link.id, name }, `${link.id}:name`)
        }
      />
      {linkForm && linkForm.length > 0 && (
        <FormRenderer
          groups={linkForm}
          values={link.config ?? {}}
          idPrefix={link.id}
          errors={errors}
          parameters={flow.parameters}
          onChange={(key, value) => {
            const latest =
              editorStore.getState().flow?.process.sequenceFlows.find((l) => l.id === link.id) ??
              link;
            const config = { ...latest.config, [key]: value };
            dispatchEdit('link.configure', { id: link.id, config }, `${link.id}:${key}`);
          }}
        />
      )}
    </>
  );
}
