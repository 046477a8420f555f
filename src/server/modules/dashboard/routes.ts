import { SetupChecklist, TodayDashboard } from '../../../shared/dashboard.ts';
import { requireActor } from '../../http/access.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { ApiModule } from '../api-modules.ts';
import { getSetupChecklist } from './get-setup-checklist.ts';
import { getTodayDashboard } from './get-today-dashboard.ts';

const tags = ['dashboard'];

/** The home screen's figures: the day at a glance, and a new clinic's first-run steps. */
export const dashboardRoutes: ApiModule = async (app, { ctx }) => {
  app.get(
    '/dashboard/today',
    {
      config: { access: { action: 'dashboard.today' } },
      schema: {
        tags,
        summary:
          "Today's visits, arrivals, no-shows and balances due; production and collections for managers",
        response: { 200: TodayDashboard, ...problemResponses(401, 403) },
      },
    },
    (request) => getTodayDashboard(ctx, requireActor(request)),
  );

  app.get(
    '/dashboard/setup',
    {
      // Setting the clinic up is the administrator's job, as editing its settings is.
      config: { access: { action: 'clinic.update' } },
      schema: {
        tags,
        summary: 'Which first-run steps are done, each with the screen where it is done',
        response: { 200: SetupChecklist, ...problemResponses(401, 403) },
      },
    },
    () => getSetupChecklist(ctx.db),
  );
};
