import { findElement } from '../../../core';
import { useEditor } from '../../../store/useEditor';
import { useProblems } from '../problems/useProblems';
import { FlowProperties, ProcessProperties } from './FlowLevelProperties';
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
      return <ProcessProperties flow={flow} />;
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
            onRename={(name) => dispatchEdit('element.rename', { id: p.id, name }, `${p.id}:name`)}
          />
        </>
      );
    }
    case 'step':
      return (
        <StepProperties
          key={found.element.id}
          flow={flow}
          step={found.element}
          problems={problems}
        />
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
      <h2 className="ifs-panel-title">Properties</h2>
      <Body />
    </section>
  );
}
