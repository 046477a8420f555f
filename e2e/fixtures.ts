// The administrator the e2e server creates on its first start (playwright.config.ts passes
// these as TOPSMILE_ADMIN_EMAIL / TOPSMILE_ADMIN_PASSWORD). Tests share that one server and
// database, so everything else a test creates uses its own unique email.
export const adminEmail = 'admin@e2e.test';
export const adminPassword = 'e2e admin passphrase 2026!';
/** The name the server gives the first administrator. */
export const adminName = 'Administrator';
