import { memo, useState } from 'react';
import type { Flow } from '../../core/model/flow';
import { nextScriptName } from '../../core/model/ids';
import { DEFAULT_FUNCTION } from '../../core/script/template';
import type { ScriptConfig } from '../../core/steps/script';
import { editorStore } from '../../store/editorStore';
import { MenuButton } from '../shell/MenuButton';
import type { EditorState } from '../../store/types';

export interface ScriptResourceBarProps {
  flow: Flow;
  stepId: string;
  config: ScriptConfig;
  /** The script shown in the editor (the step's own one unless the user browses another). */
  shown: string;
  onShow: (name: string) => void;
  /** Writes pending typing before a command that renames or removes the script. */
  flush: () => void;
}

const dispatch: EditorState['dispatch'] = (name, payload, options) =>
  editorStore.getState().dispatch(name, payload, options);

/**
 * The flow's script resources (CPI's Resources tab, script/<name>): choose the shown script,
 * assign it to the step, create, rename and delete scripts, and set the step's function name.
 */
// Memoised: a preview result re-renders the editor, not this bar (it changes with the flow).
export const ScriptResourceBar = memo(function ScriptResourceBar({
  flow,
  stepId,
  config,
  shown,
  onShow,
  flush,
}: ScriptResourceBarProps) {
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const scripts = flow.resources.scripts;
  const report = (result: { ok: true } | { ok: false; error: string }) => {
    setError(result.ok ? null : result.error);
    return result.ok;
  };
  const assign = (name: string, coalesceKey?: string) =>
    report(
      dispatch(
        'step.configure',
        { id: stepId, config: { ...config, scriptFile: name } },
        coalesceKey ? { coalesceKey } : {},
      ),
    );

  const create = (language: 'javascript' | 'groovy') => {
    const name = nextScriptName(flow, language);
    const key = `script-new:${name}`; // create + assign are one undo step
    if (report(dispatch('script.create', { name }, { coalesceKey: key })) && assign(name, key))
      onShow(name);
  };
  const rename = (to: string) => {
    flush();
    if (report(dispatch('script.rename', { from: shown, to: to.trim() }))) {
      setRenaming(null);
      onShow(to.trim());
    }
  };
  const remove = () => {
    flush();
    if (report(dispatch('script.delete', { name: shown }))) onShow(config.scriptFile);
  };

  return (
    <div className="ifs-script-resources">
      <label>
        Script file{' '}
        <select value={shown} onChange={(e) => onShow(e.target.value)}>
          {!shown && <option value="">(none)</option>}
          {scripts.map((s) => (
            <option key={s.name} value={s.name}>
              script/{s.name}
              {s.name === config.scriptFile ? ' (this step)' : ''}
            </option>
          ))}
        </select>
      </label>
      {shown && shown !== config.scriptFile && (
        <button type="button" onClick={() => assign(shown)}>
          Use for this step
        </button>
      )}
      <MenuButton
        label="New script"
        title="Create a script resource and use it for this step"
        items={[
          {
            label: 'JavaScript',
            hint: 'script<N>.js, Rhino 1.7.14',
            onSelect: () => create('javascript'),
          },
          {
            label: 'Groovy',
            hint: 'script<N>.groovy, Groovy 2.4',
            onSelect: () => create('groovy'),
          },
        ]}
      />
      {renaming === null ? (
        <button type="button" disabled={!shown} onClick={() => setRenaming(shown)}>
          Rename script
        </button>
      ) : (
        <form
          className="ifs-script-rename"
          onSubmit={(e) => {
            e.preventDefault();
            rename(renaming);
          }}
        >
          <input
            aria-label="New script name"
            autoFocus
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      )}
      <button type="button" disabled={!shown} onClick={remove}>
        Delete script
      </button>
      <label>
        Function{' '}
        <input
          value={config.functionName}
          placeholder={DEFAULT_FUNCTION}
          spellCheck={false}
          onChange={(e) =>
            report(
              dispatch(
                'step.configure',
                { id: stepId, config: { ...config, functionName: e.target.value } },
                { coalesceKey: `function:${stepId}` },
              ),
            )
          }
        />
      </label>
      {error && (
        <p role="alert" className="ifs-script-resource-error">
          {error}
        </p>
      )}
    </div>
  );
});
