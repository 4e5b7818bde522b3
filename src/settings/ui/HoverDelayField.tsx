import { useEffect, useId, useState } from 'preact/hooks';
import { t, type UiLanguage } from '../../i18n';
import { HOVER_DELAY_RANGE } from '../settings-schema';

/**
 * The hover delay as a number field. It saves on `change` (Enter, leaving the field, a spinner
 * step), not on every keystroke: sync allows about 120 writes a minute.
 */
export function HoverDelayField(props: { value: number; lang: UiLanguage; onChange: (ms: number) => void }) {
  const { lang } = props;
  const [text, setText] = useState(String(props.value));
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const errorId = useId();
  useEffect(() => {
    setText(String(props.value));
    setInvalid(false);
  }, [props.value]);

  const commit = (raw: string) => {
    const ms = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(ms) || ms < HOVER_DELAY_RANGE.min || ms > HOVER_DELAY_RANGE.max) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (ms !== props.value) props.onChange(ms);
  };

  return (
    <div class="field">
      <label for={id}>{t('options_hoverDelay', lang, HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max)}</label>
      <input
        id={id}
        type="number"
        min={HOVER_DELAY_RANGE.min}
        max={HOVER_DELAY_RANGE.max}
        step={50}
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onInput={(event) => setText((event.currentTarget as HTMLInputElement).value)}
        onChange={(event) => commit((event.currentTarget as HTMLInputElement).value)}
      />
      {invalid && (
        <p id={errorId} class="field-error" role="alert">
          {t('options_hoverDelayInvalid', lang, HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max)}
        </p>
      )}
    </div>
  );
}
