import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../../i18n';
import { formatCorpusDate } from '../../i18n/format-date';
import type { ImportFile, ImportReport, SavedExport, SavedList } from '../saved-service';
import { describeImport, formatBytes } from './saved-text';

/** What the section needs from the browser and the background; `start-options-page` wires the real ones. */
export interface SavedServices {
  list(): Promise<SavedList>;
  remove(id: string): Promise<boolean>;
  dismissInterrupted(id: string): Promise<unknown>;
  exportAll(): Promise<SavedExport>;
  importFiles(files: ImportFile[]): Promise<ImportReport>;
  /** Bytes used and available to the extension (`navigator.storage.estimate()`), or null where unknown. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
  /** The reader page's address for a saved article. */
  readerHref(articleId: string): string;
  /** Offers the export's zip as a download; resolves with its file name. */
  downloadZip(exported: SavedExport): string;
  /** Reads the files the reader chose (a zip is opened: saved-zip.ts), with those that cannot be read at all. */
  readChosen(files: File[]): Promise<{ files: ImportFile[]; refused: { file: string; reason: string }[] }>;
}

/** An outcome for the page's live regions (OptionsApp's status and alert). */
export type Report = (message: { kind: 'status' | 'error'; text: string; detail?: string }) => void;

/**
 * The options page's "Your saved articles" (`[data-section="saved-articles"]`, DESIGN.md): one
 * `[data-article-id]` item per saved article with its title, site, date and the meetings and quotes
 * the engine found, a link that opens it in the reader page and a button that removes it (its
 * facts go with it); the storage the extension uses; export as a corpus zip; import of a zip or
 * `.txt` files, with the CLI's reason for each file refused; and saves that were cut off.
 */
export function SavedSection({ lang, report, services }: { lang: UiLanguage; report: Report; services: SavedServices }) {
  const [list, setList] = useState<SavedList | null>(null);
  const [storage, setStorage] = useState<{ usage: number; quota: number } | null>(null);
  const [importReport, setImportReport] = useState<{ report: ImportReport; refused: { file: string; reason: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  // After a removal, where the keyboard goes once the list is drawn again without the item.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    if (focusAt.current === null) return;
    const at = focusAt.current;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-action="remove-saved"]') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? exportRef.current)?.focus();
  }, [list]);

  const reload = useCallback(async () => {
    const [saved, estimate] = await Promise.all([services.list(), services.estimate().catch(() => null)]);
    setList(saved);
    setStorage(estimate);
  }, [services]);
  useEffect(() => {
    reload().catch((error: unknown) => report({ kind: 'error', text: t('options_savedRemoveFailed', lang, messageOf(error)) }));
  }, [reload]);

  const remove = async (id: string, title: string, at: number) => {
    try {
      if (await services.remove(id)) report({ kind: 'status', text: t('options_savedRemoved', lang, title) });
    } catch (error) {
      report({ kind: 'error', text: t('options_savedRemoveFailed', lang, messageOf(error)) });
    }
    // The button pressed is gone with its item: the keyboard goes on at the next item, else to Export.
    focusAt.current = at;
    await reload();
  };

  const exportAll = async () => {
    const exported = await services.exportAll();
    const file = services.downloadZip(exported);
    report({ kind: 'status', text: t('options_savedExported', lang, exported.files.length, file) });
  };

  const importChosen = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    setBusy(true);
    setImportReport(null);
    try {
      const read = await services.readChosen(chosen);
      const result = read.files.length > 0 ? await services.importFiles(read.files) : { imported: [], duplicates: [], refused: [], warnings: [] };
      setImportReport({ report: result, refused: read.refused });
      const count = result.imported.length;
      report({ kind: 'status', text: count > 0 ? t('options_savedImported', lang, count) : t('options_savedImportNothing', lang) });
    } catch (error) {
      report({ kind: 'error', text: t('options_savedImportFailed', lang, messageOf(error)) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const articles = list?.articles ?? [];
  return (
    <section aria-labelledby="saved-heading" data-section="saved-articles">
      <h2 id="saved-heading">{t('options_savedHeading', lang)}</h2>
      <p>{t('options_savedIntro', lang)}</p>
      {list?.interrupted.map((pending) => (
        <p key={pending.id} class="notice-line" data-interrupted={pending.id}>
          {t('options_savedInterrupted', lang, pending.title || pending.url || '', new Date(pending.startedAt).toLocaleString(lang))}{' '}
          <button
            type="button"
            data-action="dismiss-interrupted"
            onClick={() => void services.dismissInterrupted(pending.id).then(reload)}
          >
            {t('options_savedDismiss', lang)}
          </button>
        </p>
      ))}
      {storage && <p class="detail" data-storage-used={storage.usage}>{t('options_savedStorage', lang, formatBytes(storage.usage, lang), formatBytes(storage.quota, lang))}</p>}
      {list && (articles.length === 0 ? <p>{t('options_savedEmpty', lang)}</p> : <p class="detail">{t('options_savedCount', lang, articles.length)}</p>)}
      {articles.length > 0 && (
        <ul class="saved-list" ref={listRef}>
          {articles.map((article, i) => (
            <li key={article.id} data-article-id={article.id}>
              <p class="saved-title" id={`saved-title-${article.id}`}>
                {article.title}
              </p>
              <p class="detail">
                {[article.site, article.date ? formatCorpusDate(article.date, lang) : null, t('options_savedFacts', lang, article.meetings, article.quotes), t('options_savedSavedOn', lang, new Date(article.savedAt).toLocaleString(lang))]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </p>
              <p>
                <a href={services.readerHref(article.id)} target="_blank" rel="noopener" data-action="open-saved" aria-describedby={`saved-title-${article.id}`}>
                  {t('options_savedOpen', lang)}
                </a>{' '}
                <button type="button" data-action="remove-saved" aria-describedby={`saved-title-${article.id}`} onClick={() => void remove(article.id, article.title, i)}>
                  {t('options_savedRemove', lang)}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" ref={exportRef} data-action="export-saved" disabled={articles.length === 0} onClick={() => void exportAll()}>
          {t('options_savedExport', lang)}
        </button>
      </p>
      <p>
        <label>
          {t('options_savedImport', lang)}{' '}
          <input
            type="file"
            accept=".zip,.txt,application/zip,text/plain"
            multiple
            disabled={busy}
            data-action="import-saved"
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const chosen = [...(input.files ?? [])];
              input.value = '';
              void importChosen(chosen);
            }}
          />
        </label>
      </p>
      {busy && <p role="status">{t('options_savedImporting', lang)}</p>}
      {importReport && <ImportReportView lang={lang} {...importReport} />}
    </section>
  );
}

function ImportReportView({ report, refused, lang }: { report: ImportReport; refused: { file: string; reason: string }[]; lang: UiLanguage }) {
  const lines = describeImport(report, refused, lang);
  return (
    <div class="import-report" data-import-report={`${report.imported.length}/${report.duplicates.length}/${report.refused.length + refused.length}`}>
      {lines.map((group) => (
        <div key={group.heading}>
          <p>{group.heading}</p>
          {group.items.length > 0 && (
            <ul>
              {group.items.map((item) => (
                <li key={item.key} data-import-file={item.file} data-import-outcome={group.outcome}>
                  {item.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
