import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminQuery, createPgliteTemplate, createPostgresTemplate } from './template-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `topsmile_template_${process.pid}`;
    await createPostgresTemplate(serverUrl, name);
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'topsmile-test-'));
  project.provide('pgliteTemplate', await createPgliteTemplate(dir));
  project.provide('postgresTemplate', '');
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
