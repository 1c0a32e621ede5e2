import { isLevel, LEVELS, maxLevel, type SensitivityLevel } from '../privacy/entities.js';
import { contentId } from '../text/point-ids.js';
import { InputError } from '../errors.js';

export interface IngestDocument {
  id: string;
  text: string;
  metadata: Record<string, unknown>;
  /** How sensitive the document is, stored with every chunk so retrieval knows it. */
  classification?: SensitivityLevel;
}

/** Bad documents given to ingestion, naming the field and what was expected. */
export class DocumentInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentInputError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Accepts what users wire into an ingest step: a string, `{text, id?, metadata?}`, a list of
 * those, or `{documents: [...]}`. `extraMetadata` (e.g. msg.metadata) is merged under each
 * document's own. A document without an id is identified by its content.
 */
export function normaliseDocuments(input: unknown, extraMetadata: Record<string, unknown> = {}): IngestDocument[] {
  const list = isObject(input) && Object.hasOwn(input, 'documents') ? input.documents : input;
  const items = Array.isArray(list) ? list : [list];
  if (!Array.isArray(list) && isObject(input) && Object.hasOwn(input, 'documents')) {
    throw new DocumentInputError('documents: expected a list of {id, text, metadata} objects');
  }
  if (items.length === 0) throw new DocumentInputError('documents: the list is empty, nothing to ingest');
  return items.map((item, i) => {
    const where = Array.isArray(list) ? `documents[${i}]` : 'document';
    if (typeof item === 'string') {
      if (!item.trim()) throw new DocumentInputError(`${where}: the text is empty`);
      const metadata = { ...extraMetadata };
      const classification = documentClassification({ metadata }, where);
      return { id: contentId(item), text: item, metadata, ...(classification ? { classification } : {}) };
    }
    if (!isObject(item))
      throw new DocumentInputError(
        `${where}: expected a string or an object {id, text, metadata}, got ${describe(item)}`,
      );
    if (typeof item.text !== 'string' || !item.text.trim()) {
      throw new DocumentInputError(`${where}.text: expected a non-empty string, got ${describe(item.text)}`);
    }
    if (item.id !== undefined && item.id !== null && typeof item.id !== 'string' && typeof item.id !== 'number') {
      throw new DocumentInputError(`${where}.id: expected a string or a number, got ${describe(item.id)}`);
    }
    if (item.metadata !== undefined && item.metadata !== null && !isObject(item.metadata)) {
      throw new DocumentInputError(`${where}.metadata: expected an object, got ${describe(item.metadata)}`);
    }
    const id = item.id === undefined || item.id === null || item.id === '' ? contentId(item.text) : String(item.id);
    const metadata = { ...extraMetadata, ...((item.metadata as Record<string, unknown>) ?? {}) };
    const classification = documentClassification({ classification: item.classification, metadata }, where);
    return { id, text: item.text, metadata, ...(classification ? { classification } : {}) };
  });
}

/**
 * The one place that knows where a document's (or stored chunk's) classification lives: users
 * naturally write it at the top level or in the metadata, so both count. Empty values say nothing.
 */
function statedClassifications(record: { classification?: unknown; metadata?: unknown }) {
  const stated = [
    { field: 'classification', value: record.classification },
    { field: 'metadata.classification', value: isObject(record.metadata) ? record.metadata.classification : undefined },
  ];
  return stated.filter((s) => s.value !== undefined && s.value !== null && s.value !== '');
}

/**
 * The classification of a document to ingest, from either place; an unknown value or two places
 * that disagree are bad input, named by field.
 */
export function documentClassification(
  record: { classification?: unknown; metadata?: unknown },
  where: string,
): SensitivityLevel | undefined {
  const stated = statedClassifications(record);
  for (const { field, value } of stated)
    if (!isLevel(value))
      throw new DocumentInputError(
        `${where}.${field}: expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(value)}`,
      );
  if (stated.length === 2 && stated[0].value !== stated[1].value)
    throw new DocumentInputError(
      `${where}: classification ${JSON.stringify(stated[0].value)} and metadata.classification ` +
        `${JSON.stringify(stated[1].value)} disagree; give one classification`,
    );
  return stated[0]?.value as SensitivityLevel | undefined;
}

/**
 * The classification of a stored chunk: the highest found in either place (chunks ingested before
 * both were honoured may carry it in the metadata only). An unknown value counts as personal:
 * unsure means local. None at all means public.
 */
export function storedClassification(payload: Record<string, unknown>): SensitivityLevel {
  return maxLevel(statedClassifications(payload).map((s) => (isLevel(s.value) ? s.value : 'personal')));
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'string' ? (v.trim() ? 'a string' : 'an empty string') : `a ${typeof v}`;
}
