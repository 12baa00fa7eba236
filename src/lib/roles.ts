// Who someone is in Peilian, in the order the admin's form offers them. Plain data, so the browser, the
// server, the database types and the command line share it.
export const ROLES = ['learner', 'manager', 'trainer', 'admin'] as const;

export type Role = (typeof ROLES)[number];
