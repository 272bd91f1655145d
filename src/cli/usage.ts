/** Bad command-line usage: exit code 2. Its own module, so `kg --help` loads nothing else. */
export class UsageError extends Error {}
