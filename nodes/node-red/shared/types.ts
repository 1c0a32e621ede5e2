/** The small part of Node-RED's runtime API the Ragwire nodes use (Node-RED ships no types). */
export interface NodeMessage {
  _msgid?: string;
  payload?: unknown;
  [key: string]: unknown;
}

export interface NodeStatus {
  fill?: 'red' | 'green' | 'yellow' | 'blue' | 'grey';
  shape?: 'ring' | 'dot';
  text?: string;
}

export interface Node {
  id: string;
  type: string;
  name?: string;
  credentials: Record<string, string | undefined>;
  status(status: NodeStatus | Record<string, never>): void;
  error(err: unknown, msg?: NodeMessage): void;
  warn(message: unknown): void;
  log(message: unknown): void;
  on(
    event: 'input',
    handler: (
      msg: NodeMessage,
      send: (msg: NodeMessage | (NodeMessage | null)[]) => void,
      done: (err?: Error) => void,
    ) => void,
  ): void;
  on(event: 'close', handler: (removed: boolean, done: () => void) => void): void;
}

export interface NodeDef {
  id: string;
  type: string;
  name?: string;
  [key: string]: unknown;
}

export interface NodeAPI {
  nodes: {
    createNode(node: object, config: NodeDef): void;
    registerType(
      type: string,
      constructor: unknown,
      options?: { credentials?: Record<string, { type: 'text' | 'password' }> },
    ): void;
    getNode(id: string): unknown;
  };
  settings: { userDir?: string; [key: string]: unknown };
  _(key: string, substitutions?: Record<string, unknown>): string;
}
