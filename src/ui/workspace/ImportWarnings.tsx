/** The warnings an import left (repairs, dropped values), as a list named for assistive tech. */
export function ImportWarnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <ul className="issue-list" aria-label="Import warnings">
      {warnings.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  );
}
