// What other parts of the app may use of the patients feature; its other files are internal.
// The pages are not exported: the router loads them lazily, straight from routes/.
export { PatientSearch } from './components/patient-search.tsx';
