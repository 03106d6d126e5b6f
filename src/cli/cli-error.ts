/** An error the command line reports as one line, exiting with status 1. */
export class CliError extends Error {}
