/** Errors of the stores, checked by class at the API edge. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(`The graph store is unavailable: ${reason}`, options);
  }
}
