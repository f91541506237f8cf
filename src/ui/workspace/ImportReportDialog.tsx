import type { ReactNode } from 'react';
import type { ImportReport } from '../../core/io/cpi/report';
import { Dialog } from '../shell/Dialog';
import { navigate } from '../shell/useRoute';
import { closeImportDialog, type ImportDialogState } from './importController';
import { ImportWarnings } from './ImportWarnings';

type ReportState = Extract<ImportDialogState, { kind: 'report' }>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function counts(r: ImportReport): string {
  const c = r.counts;
  return [
    plural(c.steps, 'step'),
    plural(c.sequenceFlows, 'sequence flow'),
    plural(c.messageFlows, 'adapter'),
    plural(c.scripts, 'script'),
    c.localProcesses
      ? plural(c.localProcesses, 'Local Integration Process', 'Local Integration Processes')
      : '',
    c.parameters ? plural(c.parameters, 'externalised parameter') : '',
    c.files ? plural(c.files, 'other resource') : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What came in with a CPI import: per flow, counts and the elements that need a look. */
export function ImportReportDialog({
  dialog: d,
  close,
}: {
  dialog: ReportState;
  close: ReactNode;
}) {
  const open = async (flowId: string, elementId: string) =>
    (await import('./cpiImport')).openElement(d.packageId, flowId, elementId);
  return (
    <Dialog
      title="Import report"
      wide
      onClose={closeImportDialog}
      footer={
        <>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              closeImportDialog();
              navigate(d.href);
            }}
          >
            {d.reports.length === 1 ? `Open “${d.reports[0]!.flowName}”` : 'Open the package'}
          </button>
          {close}
        </>
      }
    >
      <p>
        “{d.fileName}”: {plural(d.reports.length, 'integration flow')} imported.
      </p>
      {d.reports.map((r) => {
        const placeholders = r.entries.filter((e) => e.placeholder);
        return (
          <section key={r.flowId} aria-label={`Report for ${r.flowName}`} className="import-report">
            <h3>{r.flowName}</h3>
            <p>{counts(r)}.</p>
            <p>
              {placeholders.length
                ? `${plural(placeholders.length, 'step')} the studio cannot edit or simulate yet (kept unchanged): ${placeholders.map((e) => `${e.name} (${e.kind})`).join(', ')}.`
                : 'Every step was mapped.'}
            </p>
            {r.entries.length > 0 && (
              <ul className="issue-list" aria-label={`Elements of ${r.flowName} to check`}>
                {r.entries.map((e) => (
                  <li key={e.elementId}>
                    <button
                      type="button"
                      className="btn-link"
                      onClick={() => void open(r.flowId, e.elementId)}
                    >
                      {e.name || e.elementId} ({e.kind})
                    </button>
                    {e.placeholder && ' placeholder: kept with all its properties'}
                    {e.unmapped.length > 0 &&
                      ` not mapped, kept for export: ${e.unmapped.join(', ')}`}
                    {e.notes.length > 0 && ` ${e.notes.join('; ')}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {d.warnings.length > 0 && (
        <>
          <h3>Warnings</h3>
          <ImportWarnings warnings={d.warnings} />
        </>
      )}
    </Dialog>
  );
}
