import type { TFunction } from 'i18next';
import { type AlertFlag, alertFlagLabels, alertFlags } from '../../../../shared/medical-history.ts';

type PatientsT = TFunction<'patients'>;

// The versions list's change summary comes from the server as English lines of a fixed form
// (src/server/modules/medical-history/describe-changes.ts): "Added allergy: Penicillin",
// "Changed notes". Lines of that form are said again in the user's language; anything else
// (a form this app does not know yet) is shown as sent.
const entryLine = /^(Added|Changed|Removed) (allergy|medication|condition|alert): (.*)$/s;
const notesLine = /^(Added|Changed|Removed) notes$/;

const verbs = { Added: 'added', Changed: 'changed', Removed: 'removed' } as const;
type Verb = keyof typeof verbs;
const isVerb = (word: string | undefined): word is Verb => word !== undefined && Object.hasOwn(verbs, word);

type Noun = 'allergy' | 'medication' | 'condition' | 'alert';
const isNoun = (word: string | undefined): word is Noun =>
  word === 'allergy' || word === 'medication' || word === 'condition' || word === 'alert';

// Alerts are named by the flag's English label (or the clinician's note for "other").
const flagByLabel = new Map<string, AlertFlag>(
  alertFlags.filter((flag) => flag !== 'other').map((flag) => [alertFlagLabels[flag], flag]),
);

export function versionChangeText(line: string, t: PatientsT): string {
  const notes = notesLine.exec(line);
  if (notes && isVerb(notes[1])) return t(`history.changes.${verbs[notes[1]]}.notes`);
  const entry = entryLine.exec(line);
  if (!entry || !isVerb(entry[1]) || !isNoun(entry[2])) return line;
  const written = entry[3] ?? '';
  const flag = entry[2] === 'alert' ? flagByLabel.get(written) : undefined;
  const label = flag ? t(`alerts.flags.${flag}`) : written;
  return t(`history.changes.${verbs[entry[1]]}.${entry[2]}`, { label });
}
