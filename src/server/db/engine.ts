import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
} from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgSession } from 'drizzle-orm/node-postgres';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Statements run on one connection inside one transaction; `exec` accepts several statements. */
export type RawTransaction = {
  exec(sqlText: string): Promise<void>;
  query<Row>(sqlText: string, params?: unknown[]): Promise<Row[]>;
};

/** Either engine behind one shape, so that nothing above this file knows which one runs. */
export type Engine = {
  kind: 'pglite' | 'postgres';
  db: Db;
  rawTransaction<T>(work: (tx: RawTransaction) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  /**
   * Hears NOTIFY on a channel (sent by any process on the same database) until the returned stop
   * is called. `onLost` is called once if the subscription dies by itself (the server restarted,
   * the connection broke); notifications sent meanwhile are gone, so the caller re-listens and
   * catches up from a table.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onLost?: (error: Error) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export const pgliteExtensions = { btree_gist, pg_trgm, unaccent };

export function pgliteEngine(client: PGlite): Engine {
  let closed = false;
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema }),
    rawTransaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (sqlText) => {
            await tx.exec(sqlText);
          },
          query: async <Row>(sqlText: string, params?: unknown[]) =>
            (await tx.query<Row>(sqlText, params)).rows,
        }),
      ),
    async ping() {
      if (closed || client.closed) throw new Error('database closed');
      await client.query('SELECT 1');
    },
    async listen(channel, onMessage) {
      const unsubscribe = await client.listen(channel, onMessage);
      return async () => {
        if (!client.closed) await unsubscribe();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

export async function openPglite(dataDir: string | undefined): Promise<Engine> {
  const client = await PGlite.create({ dataDir, extensions: pgliteExtensions });
  return pgliteEngine(client);
}

// How long a query waits for a pool connection (or a new connection for the server's answer)
// before it fails as `503 database_busy`: without a limit pg's pool queues a request forever.
const defaultConnectionTimeoutMillis = 10_000;

export function openPostgres(
  url: string,
  poolSize: number,
  options: { connectionTimeoutMillis?: number } = {},
): Engine {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? defaultConnectionTimeoutMillis,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema });
  // drizzle's own transaction() on a pool sends BEGIN before its try/finally, so a failed BEGIN
  // (a connection that died while idle) never gives the client back, and enough of those leave
  // every request waiting for a connection. Here the client is released whatever happens.
  // The dialect and the schema's relations are worked out once, not on every transaction.
  const dialect = new PgDialect();
  const tables = extractTablesRelationalConfig<ExtractTablesWithRelations<typeof schema>>(
    schema,
    createTableRelationsHelpers,
  );
  const relationalSchema = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };
  db.transaction = async (work, config) => {
    const client = await pool.connect();
    try {
      return await new NodePgSession<typeof schema, ExtractTablesWithRelations<typeof schema>>(
        client,
        dialect,
        relationalSchema,
        {},
      ).transaction(work, config);
    } finally {
      client.release();
    }
  };
  let closed = false;
  return {
    kind: 'postgres',
    db,
    async rawTransaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          exec: async (sqlText) => {
            await client.query(sqlText);
          },
          query: async <Row>(sqlText: string, params?: unknown[]) =>
            (await client.query(sqlText, params)).rows as Row[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async ping() {
      if (closed) throw new Error('database closed');
      await pool.query('SELECT 1');
    },
    async listen(channel, onMessage, onLost) {
      // LISTEN needs one connection that stays open, outside the pool's rotation. TCP keep-alive
      // lets a silently vanished server (a dropped NAT entry, a failover) end it rather than hang.
      const listener = new pg.Client({
        connectionString: url,
        keepAlive: true,
        application_name: 'topsmile-listen',
      });
      // A failure before LISTEN took effect is the caller's to hear as the rejection, not as a loss.
      let state: 'connecting' | 'listening' | 'stopped' = 'connecting';
      const lose = (error: Error) => {
        if (state !== 'listening') return;
        state = 'stopped';
        // Make sure a half-broken connection can no longer deliver anything.
        void listener.end().catch(() => {});
        onLost?.(error);
      };
      listener.on('error', lose);
      listener.on('end', () => lose(new Error('LISTEN connection ended')));
      listener.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
      });
      try {
        await listener.connect();
        await listener.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      } catch (error) {
        state = 'stopped';
        await listener.end().catch(() => {});
        throw error;
      }
      state = 'listening';
      return async () => {
        state = 'stopped';
        await listener.end().catch(() => {});
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
