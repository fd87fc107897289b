// Entry point: `npm start`. Reads .env, validates it, runs the bot until SIGINT/SIGTERM.
import 'dotenv/config';
import { createConfig, exitOnConfigError, type Config } from './config.js';
import { createLogger, registerSecret } from './logger.js';
import { MigrationError } from './db/migrations.js';
import { createApp } from './app.js';

let config: Config;
try {
  config = createConfig(process.env);
} catch (err) {
  exitOnConfigError(err);
}
registerSecret(config.botToken);
registerSecret(config.openai.apiKey);
registerSecret(config.webhookSecret);
const logger = createLogger(config.logLevel);

let app;
try {
  app = await createApp(config, logger);
  await app.start();
} catch (err) {
  if (err instanceof MigrationError) logger.fatal(err.message);
  else logger.fatal({ err }, `could not start: ${(err as Error).message}`);
  await app?.stop().catch(() => {});
  process.exit(1);
}

const started = app;
let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms: exiting anyway`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    started.stop().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
