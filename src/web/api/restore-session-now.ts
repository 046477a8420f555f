import { restoreSession } from './session-lifecycle.ts';

restoreSession();
