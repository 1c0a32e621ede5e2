export interface CommandIo {
  out(line: string): void;
  error(line: string): void;
}

/** A `ragwire` subcommand. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CommandIo): Promise<void>;
}
