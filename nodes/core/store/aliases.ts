import * as fs from 'node:fs';
import { writeFileAtomic } from '../durable-file.js';
import { alreadyExists, collectionNotFound, formatError, notFound, wrongInput } from './errors.js';
import { isPlainObject } from './filter.js';

export type AliasAction =
  | { create_alias: { collection_name: string; alias_name: string } }
  | { delete_alias: { alias_name: string } }
  | { rename_alias: { old_alias_name: string; new_alias_name: string } };

/**
 * Collection aliases (alias → collection), kept in `aliases.json` in the store folder (owner-only,
 * replaced atomically). A list of actions is applied all or nothing and saved once, so a
 * blue-green switch (delete the alias, create it on the new collection) is never seen half done.
 */
export class AliasRegistry {
  private constructor(
    private readonly file: string,
    private map: Map<string, string>,
  ) {}

  static open(file: string): AliasRegistry {
    fs.rmSync(`${file}.tmp`, { force: true }); // an interrupted save: the old file is intact
    let map = new Map<string, string>();
    if (fs.existsSync(file)) {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
      map = new Map(Object.entries(stored));
    }
    return new AliasRegistry(file, map);
  }

  /** The collection an alias names, if it is one. */
  target(alias: string): string | undefined {
    return this.map.get(alias);
  }

  has(alias: string): boolean {
    return this.map.has(alias);
  }

  /** Every alias, sorted by alias name (Qdrant keeps them in a sorted map). */
  list(): { alias_name: string; collection_name: string }[] {
    return [...this.map]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([alias_name, collection_name]) => ({ alias_name, collection_name }));
  }

  of(collection: string): { alias_name: string; collection_name: string }[] {
    return this.list().filter((a) => a.collection_name === collection);
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  /**
   * Applies the actions in order as Qdrant does (create: the collection must exist and no
   * collection may have the alias's name; rename: the old alias must exist; delete of a missing
   * alias is fine), on a copy that replaces the aliases only if every action succeeded.
   */
  apply(actions: AliasAction[], collectionExists: (name: string) => boolean): void {
    const next = new Map(this.map);
    for (const action of actions) {
      if ('create_alias' in action) {
        const { collection_name, alias_name } = action.create_alias;
        if (!collectionExists(collection_name)) throw collectionNotFound(collection_name);
        if (collectionExists(alias_name)) throw alreadyExists(alias_name);
        next.set(alias_name, collection_name);
      } else if ('delete_alias' in action) {
        next.delete(action.delete_alias.alias_name);
      } else {
        const { old_alias_name, new_alias_name } = action.rename_alias;
        const target = next.get(old_alias_name);
        if (target === undefined) throw notFound(`Alias ${old_alias_name} does not exists!`);
        next.delete(old_alias_name);
        next.set(new_alias_name, target);
      }
    }
    this.replace(next);
  }

  /** A deleted collection loses its aliases (as in Qdrant). */
  removeCollection(collection: string): void {
    const next = new Map([...this.map].filter(([, target]) => target !== collection));
    if (next.size !== this.map.size) this.replace(next);
  }

  /** Sets aliases recovered from a full snapshot (they replace aliases of the same name). */
  merge(aliases: Record<string, string>): void {
    this.replace(new Map([...this.map, ...Object.entries(aliases)]));
  }

  private replace(next: Map<string, string>): void {
    writeFileAtomic(this.file, JSON.stringify(Object.fromEntries(next)));
    this.map = next;
  }
}

/** The body of `POST /collections/aliases`. */
/** The fields of each alias action (a Map: a kind such as "constructor" must not find Object's). */
const ACTION_FIELDS = new Map<string, string[]>([
  ['create_alias', ['collection_name', 'alias_name']],
  ['delete_alias', ['alias_name']],
  ['rename_alias', ['old_alias_name', 'new_alias_name']],
]);

export function parseAliasActions(value: unknown): AliasAction[] {
  if (!isPlainObject(value)) throw formatError('expected a JSON object');
  if (!Array.isArray(value.actions)) throw formatError('missing field `actions`');
  return value.actions.map((a, i) => {
    const path = `actions[${i}]`;
    if (!isPlainObject(a) || Object.keys(a).length !== 1)
      throw formatError(`${path}: expected one of {"create_alias": ...}, {"delete_alias": ...}, {"rename_alias": ...}`);
    const [kind, body] = Object.entries(a)[0];
    const wanted = ACTION_FIELDS.get(kind);
    if (!wanted)
      throw formatError(`${path}: unknown variant \`${kind}\`, expected create_alias, delete_alias or rename_alias`);
    if (!isPlainObject(body)) throw formatError(`${path}.${kind}: expected a JSON object`);
    for (const f of wanted) {
      if (typeof body[f] !== 'string') throw formatError(`${path}.${kind}: missing field \`${f}\``);
      if (body[f] === '') throw wrongInput(`${path}.${kind}.${f}: must not be empty`);
    }
    return { [kind]: Object.fromEntries(wanted.map((f) => [f, body[f]])) } as AliasAction;
  });
}
