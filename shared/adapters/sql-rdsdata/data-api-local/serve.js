'use strict';
// Starts data-api-local, a third-party emulator of the RDS Data API, on 127.0.0.1 and a free port,
// in front of the PostgreSQL named by PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE. Prints
// {"port": N} on one line once listening; stops when its standard input closes (the JVM that
// started it ended or closed it). Used by RdsDataAgainstPostgresIT.
const { Server } = require('data-api-local');

function env(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

(async () => {
  const server = new Server({
    logger: (message) => process.stderr.write(`${message}\n`),
    server: { hostname: '127.0.0.1' },
    database: {
      engine: 'postgresql',
      host: env('PGHOST'),
      port: Number(env('PGPORT')),
      user: env('PGUSER'),
      password: env('PGPASSWORD'),
      database: env('PGDATABASE'),
    },
  });
  server.port = 0; // the constructor treats 0 as "unset" and would take 8080
  await server.start();
  process.stdout.write(`${JSON.stringify({ port: server.httpServer.address().port })}\n`);
  process.stdin.on('end', () => server.stop().finally(() => process.exit(0)));
  process.stdin.resume();
})().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
