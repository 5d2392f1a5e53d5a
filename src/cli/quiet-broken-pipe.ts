/**
 * Lets a command-line tool stop quietly when its reader goes away (`analyze … | head`):
 * a closed pipe is not an error worth a stack trace.
 */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
