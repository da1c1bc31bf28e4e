export { loadConfig, ConfigError, LOG_LEVELS } from './app-config';
export type { AppConfig, LogFormat, LogLevel } from './app-config';
export { AppConfigModule, APP_CONFIG } from './config.module';
