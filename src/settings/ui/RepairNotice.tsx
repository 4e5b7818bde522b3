import { t, type UiLanguage } from '../../i18n';
import type { Repair } from '../repair-settings';
import { repairText } from './option-text';

/** Tells the reader which saved settings were not usable and now stand at their defaults. */
export function RepairNotice({ repairs, lang }: { repairs: readonly Repair[]; lang: UiLanguage }) {
  if (repairs.length === 0) return null;
  return (
    <section class="notice" aria-labelledby="repairs-heading" data-testid="repairs">
      <h2 id="repairs-heading">{t('options_repairedHeading', lang)}</h2>
      <p>{t('options_repairedIntro', lang)}</p>
      <ul>
        {repairs.map((repair) => (
          <li key={repair.field} data-field={repair.field}>
            {repairText(repair, lang)} <span class="detail">{t('options_detail', lang, repair.reason)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
