/**
 * Process-wide counters of the durable write path: how many client updates
 * were stored, in how many transactions. Their ratio is the group-commit
 * batching factor; the server logs it on shutdown.
 */
export const commitStats = { transactions: 0, updates: 0 };
