import { flowParameterNames, hasValue, type Flow } from '../../../core';
import { openConfigure } from '../editorUi';

/** The flow's externalised parameters in one line, and the way to CPI's Configure dialog. */
export function ParametersSummary({ flow }: { flow: Flow }) {
  const names = flowParameterNames(flow);
  const missing = names.filter((n) => !hasValue(flow.parameters, n)).length;
  return (
    <fieldset className="ifs-form__group">
      <legend>Externalized Parameters</legend>
      <p className="ifs-field__help">
        {names.length === 0
          ? 'None yet: type {{Name}} into a field to externalize it.'
          : `${names.length} parameter${names.length === 1 ? '' : 's'}${missing ? `, ${missing} without a value` : ''}`}
      </p>
      <button type="button" className="ifs-btn" onClick={() => openConfigure()}>
        Configure…
      </button>
    </fieldset>
  );
}
