type Named = { firstName: string; lastName: string; preferredName: string | null };

export function fullName(patient: Named): string {
  return `${patient.firstName} ${patient.lastName}`;
}

/** The name with the one the patient goes by, as the desk greets them: Beatriz “Bia” Magalhães. */
export function displayName(patient: Named): string {
  return patient.preferredName && patient.preferredName !== patient.firstName
    ? `${patient.firstName} “${patient.preferredName}” ${patient.lastName}`
    : fullName(patient);
}
