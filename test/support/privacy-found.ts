import { PrivacyScanner } from '../../nodes/core/privacy/detect.js';
import type { EntityType } from '../../nodes/core/privacy/entities.js';

const scanner = new PrivacyScanner();

/** The values of one type a default scanner finds in `text`, in order: what detector tests compare. */
export const valuesOf = (type: EntityType) => (text: string) =>
  scanner
    .scan(text)
    .filter((e) => e.type === type)
    .map((e) => text.slice(e.start, e.end));
