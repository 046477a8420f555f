// Keys of the set-up lists. Each sits under the root other screens use for the same data
// (['providers'], ['appointment-types']), so a change here refreshes their pickers too.
export const catalogQueryKeys = {
  appointmentTypes: ['appointment-types'] as const,
  allAppointmentTypes: ['appointment-types', 'including-inactive'] as const,
  operatories: ['operatories'] as const,
  allOperatories: ['operatories', 'including-inactive'] as const,
  holidays: ['holidays'] as const,
  providers: ['providers'] as const,
  allProviders: ['providers', 'including-inactive'] as const,
  providerUsers: ['users', 'provider-role'] as const,
};
