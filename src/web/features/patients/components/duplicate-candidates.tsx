import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PatientSummary } from '../../../../shared/patients.ts';
import { formatCalendarDate } from './patient-dates.ts';
import { displayName } from './patient-name.ts';

type Props = {
  candidates: PatientSummary[];
  locale: string;
  creating: boolean;
  onCreateAnyway: () => void;
};

/** The `409 possible_duplicate` warning: two charts for one person is how allergies get missed. */
export function DuplicateCandidates({ candidates, locale, creating, onCreateAnyway }: Props) {
  return (
    <Alert color="yellow" title="This patient may already be registered" role="alert">
      <Stack gap="sm">
        <Text size="sm">
          Check these records first. Open the right chart, or create the new patient if this is someone else.
        </Text>
        <List spacing="xs" aria-label="Possible duplicates">
          {candidates.map((candidate) => (
            <List.Item key={candidate.id}>
              <Anchor component={Link} to={`/patients/${encodeURIComponent(candidate.id)}`}>
                {displayName(candidate)}
              </Anchor>
              <Text span size="sm" c="dimmed">
                {' '}
                · born {formatCalendarDate(candidate.dateOfBirth, locale)} · {candidate.phone ?? 'no phone'}
                {candidate.email ? ` · ${candidate.email}` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group>
          <Button color="yellow" variant="filled" loading={creating} onClick={onCreateAnyway}>
            Create anyway
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
