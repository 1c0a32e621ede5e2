/** The part of @elastic/ecs-helpers (which ships no types) the ECS formatter uses. */
declare module '@elastic/ecs-helpers' {
  /** The ECS version Elastic's formatters write as `ecs.version`. */
  export const version: string;
  /** Sets `fields.error` to `{type, message, stack_trace}` and returns true when `err` is an Error of this realm. */
  export function formatError(fields: Record<string, unknown>, err: unknown): boolean;
}
