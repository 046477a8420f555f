// What other parts of the app may use of the waitlist; its other files are internal.
// The page is not exported: the router loads it lazily, straight from routes/.
export { AddToWaitlistModal } from './components/add-to-waitlist-modal.tsx';
export type { WaitlistPrefill } from './components/waitlist-entry-form.tsx';
