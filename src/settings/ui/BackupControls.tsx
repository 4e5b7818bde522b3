import { useId, useRef, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../../i18n';

/** Export, import and reset. Each action reports its outcome through the page's live regions. */
export function BackupControls(props: {
  lang: UiLanguage;
  onExport: () => void;
  onImport: (text: string) => Promise<void>;
  onReset: () => Promise<void>;
}) {
  const { lang } = props;
  const fileId = useId();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const pickFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await props.onImport(await file.text());
    input.value = ''; // so choosing the same file again fires `change` again
  };

  const closeConfirm = () => {
    setConfirming(false);
    // Keyboard users land back where they were rather than at the top of the page.
    queueMicrotask(() => resetButton.current?.focus());
  };

  return (
    <div class="backup">
      <button type="button" onClick={props.onExport}>
        {t('options_export', lang)}
      </button>
      <span class="file-picker">
        <label for={fileId}>{t('options_import', lang)}</label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={pickFile} />
      </span>
      {confirming ? (
        <div class="confirm" role="group" aria-label={t('options_reset', lang)}>
          <p>{t('options_resetConfirm', lang)}</p>
          <button
            type="button"
            ref={confirmButton}
            onClick={async () => {
              await props.onReset();
              closeConfirm();
            }}
          >
            {t('options_resetYes', lang)}
          </button>
          <button type="button" onClick={closeConfirm}>
            {t('options_resetNo', lang)}
          </button>
        </div>
      ) : (
        <button
          type="button"
          ref={resetButton}
          onClick={() => {
            setConfirming(true);
            queueMicrotask(() => confirmButton.current?.focus());
          }}
        >
          {t('options_reset', lang)}
        </button>
      )}
    </div>
  );
}
