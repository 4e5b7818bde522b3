import type { Translate } from '../card/use-language';
import { pure } from './pure';

/** Where an export stands: nothing yet, being prepared, done (the file's name and counts), failed. */
export type ExportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; fileName: string; meetings: number; quotes: number }
  | { status: 'failed'; error: string };

interface ExportSectionProps {
  state: ExportState;
  onExport(format: 'csv' | 'json'): void;
  tr: Translate;
}

/**
 * Export for analysts: the meetings and quotes in view (the filters applied), with sources and
 * evidence, as CSV (Excel reads its UTF-8) or as JSON in the corpus export's fields.
 */
export const ExportSection = pure(function ExportSection({ state, onExport, tr }: ExportSectionProps) {
  const working = state.status === 'working';
  return (
    <section class="lp-section lp-export" id="lp-export" aria-labelledby="lp-export-title">
      <h2 id="lp-export-title">{tr('leader_exportHeading')}</h2>
      <p class="lp-hint">{tr('leader_exportNote')}</p>
      <div class="lp-export-buttons">
        <button type="button" data-action="export-csv" disabled={working} onClick={() => onExport('csv')}>
          {tr('leader_exportCsv')}
        </button>
        <button type="button" data-action="export-json" disabled={working} onClick={() => onExport('json')}>
          {tr('leader_exportJson')}
        </button>
      </div>
      <p class="lp-export-status" role="status" data-export-status={state.status}>
        {state.status === 'working' && tr('leader_exporting')}
        {state.status === 'done' && tr('leader_exported', state.fileName, state.meetings, state.quotes)}
        {state.status === 'failed' && tr('leader_exportFailed', state.error)}
      </p>
    </section>
  );
});
