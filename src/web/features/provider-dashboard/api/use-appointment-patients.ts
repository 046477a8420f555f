import { useQueries } from '@tanstack/react-query';
import { Patient } from '../../../../shared/patients.ts';
import type { AppointmentListItem, AppointmentPatient } from '../../../../shared/scheduling.ts';
import { apiRequest } from '../../../api/api-client.ts';

/**
 * Each patient of these appointments, by id: the summary the list embeds for staff, or (should
 * an item come without one) GET /patients/:id. The key is the patients feature's detail key, so an edit on
 * the chart (a new allergy) shows here without another request.
 */
export function useAppointmentPatients(
  appointments: readonly AppointmentListItem[],
): Map<string, AppointmentPatient> {
  const embedded = new Map<string, AppointmentPatient>();
  for (const appointment of appointments) {
    if (appointment.patient) embedded.set(appointment.patientId, appointment.patient);
  }
  const missing = [...new Set(appointments.map((appointment) => appointment.patientId))].filter(
    (id) => !embedded.has(id),
  );
  const fetched = useQueries({
    queries: missing.map((id) => ({
      queryKey: ['patients', 'detail', id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/api/v1/patients/${encodeURIComponent(id)}`, Patient, { signal }),
      staleTime: 60_000,
    })),
  });
  for (const result of fetched) {
    if (result.data) embedded.set(result.data.id, result.data);
  }
  return embedded;
}
