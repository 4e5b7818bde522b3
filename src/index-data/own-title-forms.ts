/**
 * The title forms that can be a leader's own: those that name no other country. The registry keeps
 * one list of forms per office for every country ("president": "Chủ tịch nước", "Tổng thống Pháp",
 * "President of Cuba", …), so without this a search for "president of france" would find Tô Lâm,
 * whose office is also "president". A form that names a country is kept only for that country's
 * leaders (and for whoever holds an office of that country).
 *
 * Words are compared lowercased with their diacritics, each language against its own country
 * names: Vietnamese "Lào" is Laos but "Lao động" (labour) is not, which a diacritic-free compare,
 * or the English "Lao", would confuse.
 *
 * @example
 * ownTitleForms(['Tổng thống', 'Tổng thống Pháp'], ['Pháp']); // ['Tổng thống']
 */
export function ownTitleForms(forms: readonly string[], foreignPlaces: readonly string[]): string[] {
  const places = foreignPlaces.map(wordsOf).filter((words) => words.length > 0);
  return forms.filter((form) => {
    const words = wordsOf(form);
    return !places.some((place) => containsRun(words, place));
  });
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let at = 0; at + run.length <= words.length; at++) {
    let k = 0;
    while (k < run.length && words[at + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}
