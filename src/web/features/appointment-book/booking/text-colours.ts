// Mantine's `dimmed` grey (#868e96, 3.3:1 on white) and a filled teal-6 button with white text
// (2.6:1) fail WCAG AA contrast, which axe reports as serious. These keep the same hierarchy
// at 4.5:1 or better, in both colour schemes (Mantine sets the CSS `color-scheme`).
export const quietText = 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))';
export const okText = 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))';
export const problemText = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';
/** A filled button's colour that white text reads on. */
export const strongAction = 'teal.9';
