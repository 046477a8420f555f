import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/accessibility.ts';
import { adminToken } from './support/admin-api.ts';
import { logIn, userMenuButton } from './support/log-in.ts';
import { createPatient, putMedicalHistory, uniquePhone, uniqueTag } from './support/patients-api.ts';
import { screenshot } from './support/screenshot.ts';
import { createStaffUser, type StaffUser } from './support/staff-user.ts';

test.use({ viewport: { width: 1280, height: 800 } });

let staff: StaffUser;
test.beforeEach(async ({ request }) => {
  staff = await createStaffUser(request, await adminToken(request));
});

/**
 * Axe on a signed-in page in Portuguese: names, labels, roles and `lang` as translated. Colour
 * contrast is left out here only: Mantine's dimmed grey (gray.6 on white, 3.3:1) fails it on
 * these pages in every language, a theme matter for app.tsx rather than for translations.
 */
async function expectTranslatedPageAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).disableRules(['color-contrast']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious).toEqual([]);
}

async function chooseLanguage(page: Page, language: 'English' | 'Português (Brasil)'): Promise<void> {
  await userMenuButton(page, staff.name).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('staff switch to Brazilian Portuguese in the user menu, keep it after a reload, and switch back', async ({
  page,
  request,
}) => {
  // At least one patient, so the list shows its table.
  await createPatient(request, await adminToken(request), {
    firstName: `Lia ${uniqueTag()}`,
    lastName: 'Campos',
    dateOfBirth: '1990-07-15',
    phone: uniquePhone(),
  });
  await logIn(page, staff.email, staff.password, staff.name);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Patients' })).toBeVisible();

  await chooseLanguage(page, 'Português (Brasil)');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  const navPt = page.getByRole('navigation', { name: 'Principal' });
  await expect(navPt.getByRole('link', { name: 'Início' })).toBeVisible();
  await navPt.getByRole('link', { name: 'Pacientes' }).click();
  await expect(page.getByRole('heading', { name: 'Pacientes' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Encontrar um paciente' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Incluir arquivados' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Buscar pacientes' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pacientes' }).getByRole('columnheader')).toContainText([
    'Nome',
    'Data de nascimento',
    'Telefone',
    'E-mail',
    'Alertas',
  ]);
  await page.screenshot({ path: screenshot('language-patients-pt-br') });
  await expectTranslatedPageAccessible(page);

  // The choice is kept in this browser, not only in memory.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pacientes' })).toBeVisible();
  await expect(navPt.getByRole('link', { name: 'Pacientes' })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => localStorage.getItem('topsmile.language'))).toBe('pt-BR');

  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Find a patient' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Patients' })).toBeVisible();
});

test('a browser set to Brazilian Portuguese gets the login page in Portuguese on its first visit', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto('/login');

  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('heading', { name: 'Entrar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Esqueceu sua senha?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Crie uma conta' })).toBeVisible();

  // Checks in the form and the server's answers read in Portuguese too.
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
    'Digite seu e-mail',
  );
  await page.getByRole('textbox', { name: 'E-mail' }).fill(staff.email);
  await page.getByLabel('Senha', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('alert')).toContainText('Não foi possível entrar');
  await expect(page.getByRole('alert')).toContainText('E-mail ou senha incorretos.');
  await page.screenshot({ path: screenshot('language-login-pt-br') });
  await expectNoSeriousAxeViolations(page);

  // Nothing was chosen by hand: the browser's language decided, and still does after logging in.
  await page.getByLabel('Senha', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(userMenuButton(page, staff.name)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Painel' })).toBeVisible();
  await context.close();
});

test('after switching, who saved the medical history and when reads the Brazilian way', async ({
  page,
  request,
}) => {
  const token = await adminToken(request);
  const tag = uniqueTag();
  const patient = await createPatient(request, token, {
    firstName: `Joana ${tag}`,
    lastName: 'Prado',
    dateOfBirth: '1985-03-02',
    phone: uniquePhone(),
  });
  await putMedicalHistory(
    request,
    token,
    patient.id,
    {
      allergies: [{ substance: 'Latex', reaction: null, severity: 'severe' }],
      alerts: [{ flag: 'pacemaker', note: null }],
    },
    0,
  );

  await logIn(page, staff.email, staff.password, staff.name);
  await page.goto(`/patients/${patient.id}?tab=history`);
  const versionLine = page.getByText(/^Version 1 · recorded by Administrator on /);
  await expect(versionLine).toBeVisible();
  // English: 12-hour clock with AM/PM.
  await expect(versionLine).toHaveText(/\d{1,2}:\d{2}\s?(AM|PM)$/);

  await chooseLanguage(page, 'Português (Brasil)');
  await expect(page.getByRole('tab', { name: 'Histórico médico', selected: true })).toBeVisible();
  const linePt = page.getByText(/^Versão 1 · registrada por Administrator em /);
  await expect(linePt).toBeVisible();
  // Day before month, Portuguese month, 24-hour clock: "2 de mar. de 2026, 14:05".
  await expect(linePt).toHaveText(/em \d{1,2} de [a-zç]+\.? de \d{4},? \d{2}:\d{2}$/);
  await expect(linePt).not.toHaveText(/AM|PM/);
  const versions = page.getByRole('region', { name: 'Versões' });
  const version1 = versions.getByRole('listitem', { name: 'Versão 1' });
  // The name is the person's own; the role is said in Portuguese.
  await expect(version1).toContainText('Administrator (Administrador)');
  await expect(version1.getByRole('list', { name: 'Alterações da versão 1' })).toContainText(
    'Alergia adicionada: Latex',
  );
  await expect(version1.getByRole('list', { name: 'Alterações da versão 1' })).toContainText(
    'Alerta adicionado: Marca-passo',
  );

  // The header's alerts name the flag and the severity in Portuguese; the date of birth is in
  // the reader's order (day first), whatever the clinic's locale.
  const summary = page.getByRole('region', { name: 'Resumo do paciente' });
  await expect(summary.getByRole('list', { name: 'Alertas' })).toContainText('Alerta: Marca-passo · alta');
  await expect(summary.getByRole('list', { name: 'Alertas' })).toContainText('Alergia: Latex · grave');
  await expect(summary).toContainText('nascimento: 02/03/1985');
  await page.screenshot({ path: screenshot('language-history-pt-br') });
  await expectTranslatedPageAccessible(page);
});
