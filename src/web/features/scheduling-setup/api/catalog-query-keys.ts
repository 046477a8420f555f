// The logins a provider can be linked to; the catalog's own keys are in src/web/api/scheduling-catalog.ts.
export const providerUserQueryKey = ['users', 'provider-role'] as const;
