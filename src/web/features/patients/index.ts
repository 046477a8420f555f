// What other parts of the app may use of the patients feature; its other files are internal.
// The pages are not exported: the router loads them lazily, straight from routes/.

export { usePatient } from './api/use-patient.ts';
export { AlertBadges } from './components/alert-badges.tsx';
export { displayName } from './components/patient-name.ts';
export { PatientPicker, type PatientPickerProps } from './components/patient-picker.tsx';
export { PatientSearch } from './components/patient-search.tsx';
export { QuickPatientForm, type QuickPatientFormProps } from './components/quick-patient-form.tsx';
