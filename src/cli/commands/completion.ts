import { Argument, type Command } from 'commander';
import { complete, formatCompletion } from '../complete.js';
import { completionScript, SHELLS, type Shell } from '../completion-scripts.js';
import { examples } from '../common.js';
import type { Io } from '../context.js';
import { loadCorpus } from '../corpus-source.js';

export function completionCommand(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('completion')
    .description('print a shell completion script (commands, flags, unit names and duty ids)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText(
      'after',
      examples(
        'source <(mandates completion bash)                 # in ~/.bashrc',
        'source <(mandates completion zsh)                  # in ~/.zshrc, after compinit',
        'mandates completion fish > ~/.config/fish/completions/mandates.fish',
      ),
    )
    .action((shell: Shell) => {
      io.stdout.write(completionScript(shell, program.name()));
      done(0);
    });

  // What the scripts call on every TAB: the words so far in, candidates out.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[]) => {
      const completion = await complete(program, words, async (flags) => {
        try {
          return await loadCorpus(flags, io);
        } catch {
          // A corpus that does not load has no names to offer; the command itself will say why.
          return undefined;
        }
      });
      io.stdout.write(formatCompletion(completion));
      done(0);
    });
}
