/** A compiled expression: the GROQ value of the expression for `@` = the argument (null for missing). */
export type Compiled = (self: unknown) => unknown
