import { createBrowserRouter } from 'react-router';
import { AppLayout } from './components/app-layout.tsx';
import { PageLoader } from './components/page-loader.tsx';
import { RouteError } from './components/route-error.tsx';
import { HomePage } from './routes/home-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteError,
    // Shown while a lazy route loads on first paint (e.g. opening /settings/clinic directly).
    HydrateFallback: PageLoader,
    children: [
      { index: true, Component: HomePage },
      {
        path: 'settings/clinic',
        // Split out so the shell's first load does not carry zod and the form code.
        lazy: async () => {
          const { ClinicSettingsPage } = await import('./features/clinic/routes/clinic-settings-page.tsx');
          return { Component: ClinicSettingsPage };
        },
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
