/**
 * Assertions guard programmer errors and stay on in production (TigerBeetle style): a violated assertion
 * means the code is wrong, not the input. Bad input from a socket or a file is never asserted; it is
 * decoded through its schema and refused with a clear error.
 */
export class AssertionError extends Error {
  override readonly name = "AssertionError"
}

export function assert(condition: boolean, why: string): asserts condition {
  if (!condition) throw new AssertionError(why)
}

/** For the impossible branch of an exhaustive switch: the compiler proves `value` is `never`. */
export function absurd(value: never): never {
  throw new AssertionError(`unexpected value ${JSON.stringify(value)}`)
}
