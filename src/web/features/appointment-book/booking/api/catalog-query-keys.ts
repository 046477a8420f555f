// The set-up catalogs the drawer chooses from. Kept under their own roots (not the
// appointments key) so that a booking's invalidation does not refetch them.
export const catalogQueryKeys = {
  providers: ['booking-catalog', 'providers'] as const,
  appointmentTypes: ['booking-catalog', 'appointment-types'] as const,
  operatories: ['booking-catalog', 'operatories'] as const,
};
