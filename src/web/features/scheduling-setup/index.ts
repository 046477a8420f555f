// What other parts of the app may use of the scheduling set-up; its other files are internal.
// The page is not exported: the router loads it lazily, straight from routes/.
export { catalogQueryKeys } from './api/catalog-query-keys.ts';
export { useAppointmentTypes } from './api/use-appointment-types.ts';
export { useProviders } from './api/use-providers.ts';
