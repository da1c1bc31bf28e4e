import { AppError } from '../../common/errors';

export class ClusterNotFoundError extends AppError {
  readonly code = 'CLUSTER_NOT_FOUND';
  readonly status = 404;
  constructor(id: string) {
    super(`no cluster with id ${id}`, { id });
  }
}
