import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  MantineProvider,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/query-client.ts';
import { SessionProvider } from './features/auth/index.ts';
import { router } from './router.tsx';

// Mantine's own teal fails WCAG AA (4.5:1) for white on a filled button and for the dark text
// on light teal (active nav link, light badges and buttons). Filled colours use shade 8 of every
// palette (white on red.8, blue.8 passes too), and teal's two darkest shades are Mantine's
// 9 and a darker one.
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#066a4c',
];

const theme = createTheme({ primaryColor: 'teal', primaryShade: { light: 8, dark: 8 }, colors: { teal } });

// Dimmed text (input descriptions, hints) is gray.6 by default: 3.3:1 on white. This grey reads
// as secondary yet keeps 6:1.
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
