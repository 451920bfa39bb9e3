/** The command line of `npm run story:check`: its options and the paths it checks. */

/** The options story:check knows. */
export const CHECK_OPTIONS = ['--json', '--stats', '--no-assets', '--candidates'] as const;
/** An option story:check knows. */
export type CheckOption = (typeof CHECK_OPTIONS)[number];

/** One line saying how to call story:check. */
export const CHECK_USAGE = 'usage: npm run story:check -- [--json] [--stats] [--no-assets] [--candidates] [file.story | folder]...';

/** What the command line asks for: options, and the files or folders to check (assets/story when none). */
export interface CheckArgs {
  readonly options: ReadonlySet<CheckOption>;
  readonly paths: readonly string[];
}

/** Reads the arguments after `--`; an unknown option is an error that names it. */
export function parseCheckArgs(argv: readonly string[]): { readonly args: CheckArgs } | { readonly error: string } {
  const options = new Set<CheckOption>();
  const paths: string[] = [];
  for (const arg of argv) {
    if (!arg.startsWith('-')) paths.push(arg);
    else if ((CHECK_OPTIONS as readonly string[]).includes(arg)) options.add(arg as CheckOption);
    else return { error: `story:check: unknown option '${arg}'` };
  }
  return { args: { options, paths: paths.length > 0 ? paths : ['assets/story'] } };
}
