import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../../i18n';
import { downloadTextFile } from '../../settings/ui/download-text-file';
import { installedIndexStamp } from '../installed-index-stamp';
import type { StoredMarks } from '../mark-schema';
import type { IndexStamp, MarkKind, WrongMark } from '../mark-types';
import { exportMarks, marksFileName } from '../marks-file';
import { loadMarks, removeMark, type MarksWriteResult } from '../marks-store';
import { watchMarks } from '../watch-marks';
import { describeMark } from './mark-text';

/** What the section needs from the browser; the defaults are the real extension's. */
export interface MarksServices {
  load(): Promise<StoredMarks>;
  remove(kind: MarkKind, id: string): Promise<MarksWriteResult>;
  /** Calls back when the marks change in storage (any tab); returns the function that stops. */
  watch(cb: () => void): () => void;
  indexStamp(): Promise<IndexStamp>;
  download(text: string, fileName: string): void;
  now(): Date;
}

const realServices: MarksServices = {
  load: loadMarks,
  remove: removeMark,
  watch: watchMarks,
  indexStamp: () => installedIndexStamp(),
  download: (text, fileName) => downloadTextFile(text, fileName),
  now: () => new Date(),
};

/** An outcome for the page's live regions (OptionsApp's status and alert). */
export type Report = (message: { kind: 'status' | 'error'; text: string; detail?: string }) => void;

/**
 * The options page's "Marked as wrong" section (`[data-section="wrong-marks"]`): every meeting and
 * quote the reader marked on a card, newest first, one `[data-mark-id]` item each with its kind,
 * leader, date, the sentence it came from and its article, and an Undo button that brings it back
 * to the cards; and "Export marks to a file" (marks-file.ts, version 1) for whoever keeps the
 * corpus. Follows changes made in other tabs (a card's mark, another options tab's Undo).
 */
export function MarksSection({ lang, report, services = realServices }: { lang: UiLanguage; report: Report; services?: MarksServices }) {
  const [stored, setStored] = useState<StoredMarks | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  const reload = useCallback(async () => setStored(await services.load()), [services]);
  useEffect(() => {
    void reload();
    return services.watch(() => void reload());
  }, [reload, services]);

  const undo = async (mark: WrongMark, at: number) => {
    const result = await services.remove(mark.kind, mark.id);
    if (result.ok) report({ kind: 'status', text: t('options_markUndone', lang) });
    else report({ kind: 'error', text: t('options_markUndoRefused', lang, problemText(result.code, lang)), detail: result.reason });
    await reload();
    if (!result.ok) return;
    // The button pressed is gone with its item: the keyboard goes on at the next item (or the one
    // before the last), else to Export, never back to the top of the page.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-action="undo-mark"]') ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? exportButton.current)?.focus();
  };

  const exportFile = async () => {
    const at = services.now();
    const fileName = marksFileName(at);
    const { marks } = await services.load();
    services.download(exportMarks(marks, await services.indexStamp(), at), fileName);
    report({ kind: 'status', text: t('options_marksExported', lang, fileName) });
  };

  const marks = stored?.marks ?? [];
  return (
    <section aria-labelledby="marks-heading" data-section="wrong-marks">
      <h2 id="marks-heading">{t('options_marksHeading', lang)}</h2>
      <p>{t('options_marksIntro', lang)}</p>
      {stored && stored.problems.length > 0 && (
        <p class="notice-line">
          {t('options_marksRepaired', lang)} <span class="detail">{t('options_detail', lang, stored.problems.join('; '))}</span>
        </p>
      )}
      {stored && (marks.length === 0 ? <p>{t('options_marksEmpty', lang)}</p> : <p class="detail">{t('options_marksCount', lang, marks.length)}</p>)}
      {marks.length > 0 && (
        <ul class="mark-list" ref={list}>
          {marks.map((mark, i) => {
            const text = describeMark(mark, lang);
            return (
              <li key={`${mark.kind}:${mark.id}`} data-mark-kind={mark.kind} data-mark-id={mark.id}>
                <p class="mark-facts">{text.facts.join(' · ')}</p>
                {text.with && <p>{text.with}</p>}
                {text.text && (
                  <p>
                    <q>{text.text}</q>
                  </p>
                )}
                {text.evidence && <blockquote class="mark-evidence">{text.evidence}</blockquote>}
                <p class="detail">
                  {[text.article, text.moreSources, text.markedAt].filter((part) => part !== null).join(' · ')}
                </p>
                <button type="button" data-action="undo-mark" aria-label={text.undoLabel} onClick={() => void undo(mark, i)}>
                  {t('options_markUndo', lang)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" ref={exportButton} data-action="export-marks" onClick={() => void exportFile()}>
        {t('options_marksExport', lang)}
      </button>
    </section>
  );
}

function problemText(code: Exclude<MarksWriteResult, { ok: true }>['code'], lang: UiLanguage): string {
  if (code === 'newer-version') return t('options_problem_marksNewer', lang);
  return t('options_problem_storage', lang);
}
