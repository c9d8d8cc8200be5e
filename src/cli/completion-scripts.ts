/**
 * Shell completion scripts. Each is a thin shim: it hands the words typed so
 * far to `mandates __complete -- WORD…` (the executable the user typed, so a
 * script never goes stale when commands change) and offers what comes back:
 * a first line `words` or `files`, then one `value<TAB>description` a line.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

function bash(name: string): string {
  const fn = `_${name.replace(/\W/g, '_')}_complete`;
  return `# bash completion for ${name}. Load it in ~/.bashrc:
#   source <(${name} completion bash)
# or install it: ${name} completion bash > ~/.local/share/bash-completion/completions/${name}
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" kind="" line
  COMPREPLY=()
  while IFS= read -r line; do
    if [ -z "$kind" ]; then kind="$line"; continue; fi
    [ -n "$line" ] && COMPREPLY+=("\${line%%$'\\t'*}")
  done < <("\${COMP_WORDS[0]}" __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  if [ "$kind" = files ]; then
    compopt -o filenames 2>/dev/null
    while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
  fi
  return 0
}
complete -F ${fn} ${name}
`;
}

function zsh(name: string): string {
  const fn = `_${name.replace(/\W/g, '_')}`;
  return `#compdef ${name}
# zsh completion for ${name}. Load it in ~/.zshrc, after compinit:
#   source <(${name} completion zsh)
# or install it as ${fn} in a folder on $fpath: ${name} completion zsh > ~/.zfunc/${fn}
${fn}() {
  local -a lines values shown
  local kind line
  lines=("\${(@f)$("\${words[1]}" __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  kind="\${lines[1]}"
  if [[ "$kind" == files ]]; then
    _files
    return
  fi
  for line in "\${(@)lines[2,-1]}"; do
    [[ -z "$line" ]] && continue
    values+=("\${line%%$'\\t'*}")
    if [[ "$line" == *$'\\t'* ]]; then
      shown+=("\${line%%$'\\t'*}  -- \${line#*$'\\t'}")
    else
      shown+=("$line")
    fi
  done
  (( \${#values} )) || return 1
  # The candidates are already matched (a part of a unit's name completes to the name): no prefix filter (-U).
  compadd -U -l -d shown -a values
}
# Autoloaded from $fpath, this file is the body of ${fn}: define it, then run it.
# Sourced, it registers ${fn} for ${name}.
if [[ "\${funcstack[1]}" == "${fn}" ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${name}
fi
`;
}

function fish(name: string): string {
  const fn = `__${name.replace(/\W/g, '_')}_complete`;
  return `# fish completion for ${name}. Install it:
#   ${name} completion fish > ~/.config/fish/completions/${name}.fish
function ${fn}
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l reply ($tokens[1] __complete -- $tokens[2..-1] $current 2>/dev/null)
    or return
    if test "$reply[1]" = files
        __fish_complete_path $current
    else
        printf '%s\\n' $reply[2..-1]
    end
end
complete -c ${name} -f -a '(${fn})'
`;
}

/** The completion script for `shell`, completing the command called `name`. */
export function completionScript(shell: Shell, name: string): string {
  return shell === 'bash' ? bash(name) : shell === 'zsh' ? zsh(name) : fish(name);
}
