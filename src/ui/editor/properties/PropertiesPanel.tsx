import { findElement } from '../../../core';
import { fieldErrors } from '../../forms/fieldErrors';
import { useEditor } from '../../../store/useEditor';
import { useProblems } from '../problems/useProblems';
import { FlowProperties, ProcessProperties } from './FlowLevelProperties';
import { ConnectionsGroup } from './ConnectionsGroup';
import { PROPERTIES_TITLE_ID } from './focusPropertiesTitle';
import { MessageFlowProperties, SequenceFlowProperties } from './LinkProperties';
import { NameForm } from './NameForm';
import { StepProperties } from './StepProperties';
import { dispatchEdit } from './usePropertyEdit';
import './properties.css';

function Body() {
  const flow = useEditor((s) => s.flow);
  const selection = useEditor((s) => s.selection);
  const problems = useProblems();
  if (!flow) return null;
  if (selection.length > 1)
    return <p className="ifs-props__kind">{selection.length} elements selected</p>;
  const found = selection[0] ? findElement(flow, selection[0]) : undefined;
  if (!found) return <FlowProperties flow={flow} />;
  switch (found.kind) {
    case 'process':
      return <ProcessProperties flow={flow} problems={problems} />;
    case 'participant': {
      const p = found.element;
      return (
        <>
          <p className="ifs-props__kind">
            {p.kind === 'sender' ? 'Sender' : 'Receiver'} participant
          </p>
          <NameForm
            id={p.id}
            name={p.name}
            errors={fieldErrors(problems, p.id)}
            onRename={(name) => dispatchEdit('element.rename', { id: p.id, name }, `${p.id}:name`)}
          />
          <ConnectionsGroup key={`${p.id}-connections`} flow={flow} elementId={p.id} />
        </>
      );
    }
    case 'step':
      return (
        <>
          <StepProperties
            key={found.element.id}
            flow={flow}
            step={found.element}
            problems={problems}
          />
          <ConnectionsGroup
            key={`${found.element.id}-connections`}
            flow={flow}
            elementId={found.element.id}
          />
        </>
      );
    case 'messageFlow':
      return (
        <MessageFlowProperties
          key={found.element.id}
          flow={flow}
          link={found.element}
          problems={problems}
        />
      );
    case 'sequenceFlow':
      return (
        <SequenceFlowProperties
          key={found.element.id}
          flow={flow}
          link={found.element}
          problems={problems}
        />
      );
  }
}

/** Right-hand panel: the form of the selected element, or of the flow when nothing is selected. */
export function PropertiesPanel() {
  return (
    <section className="ifs-props" aria-label="Properties">
      {/* Focusable by script only: after a connect the panel shows the new link, from the top. */}
      <h2 className="ifs-panel-title" id={PROPERTIES_TITLE_ID} tabIndex={-1}>
        Properties
      </h2>
      <Body />
    </section>
  );
}
