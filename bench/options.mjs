// The command-line options of the .mjs benches: `--name value` pairs after `npm run bench:x --`.

/** The value after `name` on the command line; undefined when it is not given. */
export function option(name, args = process.argv.slice(2)) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
