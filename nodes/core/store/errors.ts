/**
 * Errors of the embedded store, each carrying the HTTP status and the message Qdrant v1.19 uses,
 * so the REST layer can answer exactly as a real Qdrant server would.
 */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const notFound = (what: string): StoreError => new StoreError(404, `Not found: ${what}`);

export const collectionNotFound = (name: string): StoreError => notFound(`Collection \`${name}\` doesn't exist!`);

export const wrongInput = (detail: string): StoreError => new StoreError(400, `Wrong input: ${detail}`);

export const alreadyExists = (name: string): StoreError =>
  new StoreError(409, `Wrong input: Collection \`${name}\` already exists!`);

export const dimensionError = (expected: number, got: number): StoreError =>
  wrongInput(`Vector dimension error: expected dim: ${expected}, got ${got}`);

/** A JSON body that parsed but does not have the shape the endpoint takes (Qdrant answers 422). */
export const validationError = (detail: string): StoreError =>
  new StoreError(422, `Validation error in JSON body: [${detail}]`);

export const formatError = (detail: string): StoreError => new StoreError(400, `Format error in JSON body: ${detail}`);
