import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreSession } from './api/session-lifecycle.ts';
import { App } from './app.tsx';

// Before the first render, not in an effect after it: on a cold start React's first render
// takes a couple of hundred milliseconds, and every request of the first screen waits for this.
restoreSession();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
