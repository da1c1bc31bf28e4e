export * from './app-error';
export { GlobalErrorFilter } from './http-exception.filter';
export type { ErrorBody } from './http-exception.filter';
