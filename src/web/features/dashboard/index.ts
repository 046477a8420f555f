import { lazy } from 'react';

// What other parts of the app may use of the dashboard feature; its other files are internal.
// The dashboards load lazily: the home screen's shell stays in the first download, its figures
// (and their charts, later still) come when a signed-in staff member opens it.
export const HomeDashboard = lazy(() =>
  import('./components/home-dashboard.tsx').then((module) => ({ default: module.HomeDashboard })),
);
