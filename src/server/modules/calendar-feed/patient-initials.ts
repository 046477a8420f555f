// Grapheme clusters, so that "Élodie" written with a combining accent keeps it, and an
// astral letter is not split in half.
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * "Maria Silva" → "M.S.". The feed leaves the clinic on providers' phones and in third-party
 * calendar services, so a patient appears there by initials only (API.md, Scheduling).
 */
export function patientInitials(firstName: string, lastName: string): string {
  return [firstName, lastName]
    .map(firstLetter)
    .filter((letter) => letter !== '')
    .map((letter) => `${letter}.`)
    .join('');
}

// The first letter, not the first character: "d'Ávila" gives "D", "(unknown)" gives "U".
function firstLetter(name: string): string {
  for (const { segment } of graphemes.segment(name)) {
    if (/^\p{L}/u.test(segment)) return segment.toLocaleUpperCase();
  }
  return '';
}
