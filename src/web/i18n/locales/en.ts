// Messages used across the shell: navigation, the user menu, shared buttons and states.
export const common = {
  appName: 'TopSmile',
  nav: {
    main: 'Main',
    toggle: 'Toggle navigation',
    home: 'Home',
    appointmentBook: 'Appointment book',
    myDay: 'My day',
    mySchedule: 'My schedule',
    patients: 'Patients',
    waitlist: 'Waitlist',
    clinicSettings: 'Clinic settings',
    scheduling: 'Scheduling setup',
    users: 'Users',
    audit: 'Audit log',
    devMail: 'Dev mailbox',
  },
  userMenu: {
    account: 'Account',
    logOut: 'Log out',
    language: 'Language',
  },
  languages: {
    en: 'English',
    'pt-BR': 'Português (Brasil)',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    retry: 'Try again',
    undo: 'Undo',
  },
  states: {
    loading: 'Loading…',
    saved: 'Saved',
    loadFailed: 'Could not load this. Check the connection and try again.',
  },
} as const;
