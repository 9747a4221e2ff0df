import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, postgresConnection } from '@/lib/database-url';

describe('parseDatabaseUrl', () => {
  it('reads file: as SQLite, relative to the working directory', () => {
    expect(parseDatabaseUrl('file:./data/x.db')).toEqual({ provider: 'sqlite', url: 'file:./data/x.db', file: path.resolve('data/x.db') });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u:p@h:5433/db?sslmode=require']) expect(parseDatabaseUrl(url)).toEqual({ provider: 'postgresql', url });
  });

  it('refuses anything else, naming the scheme', () => {
    expect(() => parseDatabaseUrl('mysql://u@h/db')).toThrow(/"mysql:…"/);
  });
});

describe('postgresConnection', () => {
  it('defaults to a pool of 10 on the server search_path, and leaves other parameters to node-postgres', () => {
    expect(postgresConnection('postgresql://u:p@h:5432/db?sslmode=require')).toEqual({
      pool: { connectionString: 'postgresql://u:p@h:5432/db?sslmode=require', max: 10, connectionTimeoutMillis: 5000 },
    });
  });

  it('takes connection_limit and schema out of the URL and applies them', () => {
    expect(postgresConnection('postgresql://u@h/db?connection_limit=4&schema=tenant_a&sslmode=disable')).toEqual({
      pool: { connectionString: 'postgresql://u@h/db?sslmode=disable', max: 4, connectionTimeoutMillis: 5000, options: '-c search_path=tenant_a' },
      schema: 'tenant_a',
    });
  });

  it('keeps the URL\'s own `options` next to the search_path (node-postgres would let the URL win)', () => {
    expect(postgresConnection('postgresql://u@h/db?options=-c%20statement_timeout%3D5000&schema=tenant_a').pool).toEqual({
      connectionString: 'postgresql://u@h/db', max: 10, connectionTimeoutMillis: 5000, options: '-c statement_timeout=5000 -c search_path=tenant_a',
    });
  });

  it('refuses a pool size that is not a positive whole number and a schema that is not an identifier', () => {
    for (const limit of ['0', '-2', '1.5', 'ten']) expect(() => postgresConnection(`postgresql://u@h/db?connection_limit=${limit}`)).toThrow(/connection_limit/);
    for (const schema of ['a-b', 'x;drop', '1abc', 'Tenant']) expect(() => postgresConnection(`postgresql://u@h/db?schema=${encodeURIComponent(schema)}`)).toThrow(/schema/);
  });
});
