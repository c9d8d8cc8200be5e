/**
 * An error the user can fix: bad input, an unknown name, a file that cannot be
 * written. The CLI prints `message` as one line on stderr and exits with 2;
 * `details` (candidates, further problems) follow on their own lines.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
