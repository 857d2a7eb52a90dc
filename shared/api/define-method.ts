import type { z } from 'zod';

/** One API method: a zod schema for its arguments and, as a phantom type, its result. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  readonly output?: O;
}

export const method = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): MethodSpec<I, O> => ({ input }),
});
