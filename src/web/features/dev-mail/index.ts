// What other parts of the app may use of the dev-mail feature; its other files are internal.
export { useDevMailboxAvailable } from './api/use-dev-mailbox-available.ts';
