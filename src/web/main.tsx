// First, so that the session is being restored while the rest of the app's code runs (a couple
// of hundred milliseconds on a cold start): every request of the first screen waits for it.
import './api/restore-session-now.ts';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
