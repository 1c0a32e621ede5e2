declare module 'node-red-node-test-helper' {
  interface TestNode {
    id: string;
    on(event: string, handler: (...args: never[]) => void): void;
    receive(msg: Record<string, unknown>): void;
    [key: string]: unknown;
  }
  const helper: {
    init(nodeRedRuntime: string, settings?: Record<string, unknown>): void;
    settings(settings: Record<string, unknown>): void;
    load(nodes: unknown[], flow: unknown[], credentials?: Record<string, unknown>): Promise<void>;
    unload(): Promise<void>;
    getNode(id: string): TestNode;
    startServer(): Promise<void>;
    stopServer(): Promise<void>;
    log(): { args: unknown[][] } & Record<string, unknown>;
  };
  export = helper;
}
