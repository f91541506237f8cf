import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import type { Problem } from '../../../core';
import { editorUi, focusNode, openScriptEditor, useEditorUi } from '../editorUi';
import { useReveal } from '../canvas/useReveal';
import { useProblemsAndStatus } from './useProblems';
import './problems.css';

/** Drawn, not an emoji: emoji fonts are missing on many Linux machines. */
function SeverityIcon({ severity }: { severity: Problem['severity'] }) {
  return (
    <svg
      className={`ifs-problem__icon ifs-problem__icon--${severity}`}
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
    >
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M5.5 5.5l5 5M10.5 5.5l-5 5"
            stroke="#fff"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </>
      ) : (
        <>
          <path d="M8 1.5l7 13H1z" fill="currentColor" />
          <path d="M8 6v4M8 12v.5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

function ProblemItem({
  problem,
  onReveal,
}: {
  problem: Problem;
  onReveal: (problem: Problem) => void;
}) {
  const error = problem.severity === 'error';
  const ref = useRef<HTMLButtonElement>(null);
  // Fixed while its item has the focus (back from its script): the focus goes to its element,
  // not to the page. A layout cleanup runs while the button is still in the document.
  useLayoutEffect(() => {
    const button = ref.current;
    return () => {
      if (button === document.activeElement) focusNode(problem.elementId);
    };
  }, [problem.elementId]);
  return (
    <li>
      <button ref={ref} type="button" className="ifs-problem" onClick={() => onReveal(problem)}>
        <SeverityIcon severity={problem.severity} />
        <span className="ifs-sr-only">{error ? 'Error:' : 'Warning:'}</span>
        <span>{problem.message}</span>
      </button>
    </li>
  );
}

/** What the count means, for screen readers: "(2 errors, 1 warning)". */
function countText(total: number, errors: number): string {
  if (total === 0) return '';
  const warnings = total - errors;
  const parts = [
    errors ? `${errors} error${errors > 1 ? 's' : ''}` : '',
    warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return ` (${parts.join(', ')})`;
}

/**
 * Bottom panel listing validation problems of the flow; a click selects the element and
 * reveals it on the canvas (a problem in a script also opens the script at its line).
 * Collapsible; the count stays visible when collapsed. Open, it takes at most a few lines of
 * height and scrolls, so the canvas stays usable with many problems.
 */
export function ProblemsPanel() {
  const { problems, checkingSyntax } = useProblemsAndStatus();
  const open = useEditorUi((s) => s.problemsOpen);
  const revealElement = useReveal();
  // A problem in a script (a syntax error) also opens the script at its line.
  const reveal = useCallback(
    (p: Problem) => {
      const inScript = p.line !== undefined && p.elementKind === 'step';
      revealElement(p.elementId, !inScript);
      if (inScript) openScriptEditor(p.elementId, p.line);
    },
    [revealElement],
  );
  const listId = useId();
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className={`ifs-problems${open ? ' is-open' : ''}`} aria-label="Problems">
      <h2 className="ifs-problems__title">
        <button
          type="button"
          className="ifs-problems__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => editorUi.setState({ problemsOpen: !open })}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Problems{' '}
          <span className={`ifs-problems__count${errors ? ' has-errors' : ''}`}>
            {problems.length}
          </span>
          <span className="ifs-sr-only">{countText(problems.length, errors)}</span>
        </button>
      </h2>
      <div id={listId} hidden={!open} className="ifs-problems__body">
        {checkingSyntax && <p className="ifs-problems__none">Checking the scripts’ syntax…</p>}
        {problems.length === 0 ? (
          <p className="ifs-problems__none">No problems.</p>
        ) : (
          <ul className="ifs-problems__list">
            {problems.map((p, i) => (
              <ProblemItem
                key={`${p.elementId}:${p.field ?? ''}:${i}`}
                problem={p}
                onReveal={reveal}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
