// The scheduling set-up feature has no public parts: its page is loaded lazily by the router,
// and the catalog it edits is read through src/web/api/scheduling-catalog.ts.
export {};
