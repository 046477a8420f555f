// Mantine's `dimmed` grey falls short of 4.5:1 on white; this one passes in both colour schemes.
export const quietText = 'light-dark(var(--mantine-color-gray-7), var(--mantine-color-dark-1))';
