/**
 * The `kith` command line. Each sub-command lives in ./commands/<name>.ts and registers itself on
 * the program; errors are mapped to exit codes in one place (./run.ts).
 */
import { Command } from 'commander';
import { registerCin } from './commands/cin.ts';
import { registerConformance } from './commands/conformance.ts';
import { registerDb } from './commands/db.ts';
import { registerDemo } from './commands/demo.ts';
import { registerReturnBuilds } from './commands/returns-build.ts';
import { registerReturnImports } from './commands/returns-import.ts';
import { registerServe } from './commands/serve.ts';
import { register903 } from './commands/ssda903.ts';

const program = new Command()
  .name('kith')
  .description("Children's social care: the child's record, statutory clocks, returns and performance")
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: true });

registerServe(program);
registerDemo(program);
registerDb(program);
register903(program);
registerCin(program);
registerConformance(program);
registerReturnBuilds(program);
registerReturnImports(program);

await program.parseAsync(process.argv);
