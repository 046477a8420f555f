// What other parts of the app may use of the users feature; its other files are internal.
export { useUsers } from './api/use-users.ts';
