/**
 * Lets other requests run before the main thread goes on with a long piece of work. PGlite
 * answers on the main thread and its promises resolve in the same turn, so awaiting a query
 * alone does not give other requests their turn.
 */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
