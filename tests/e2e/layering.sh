#!/usr/bin/env bash
# layering.sh - the walls between the stages (README, "Layout"): data flows
#   common <- extract <- graph <- render <- report <- cli
# and a stage includes only its own headers, common/, and the one public
# header of a stage it may use. Checked on the #include lines of every
# source file, so a wrong include fails here even where it would compile.
# Also: no stage but cli/ prints (stdout/stderr belong to the command).
. "$(dirname "$0")/lib.bash"

# allowed DIR: the project headers files in DIR may include, as a regex.
allowed() {
    case $1 in
    common) echo '^common/[a-z_]+\.h$|^[a-z_]+\.h$' ;;
    extract) echo '^common/[a-z_]+\.h$|^[a-z_]+\.h$' ;;
    graph) echo '^common/[a-z_]+\.h$|^[a-z_]+\.h$' ;;
    render) echo '^common/[a-z_]+\.h$|^[a-z_]+\.h$' ;;
    report) echo '^common/[a-z_]+\.h$|^(extract/extract|graph/graph|render/render)\.h$|^[a-z_]+\.h$' ;;
    cli) echo '^common/[a-z_]+\.h$|^(extract/extract|graph/graph|render/render|report/report)\.h$|^(cli|args)\.h$' ;;
    esac
}

for dir in common extract graph render report cli; do
    bad=$(grep -HnoE '#include "[^"]+"' "$dir"/*.c "$dir"/*.h 2>/dev/null |
        sed -E 's/#include "([^"]+)"/\1/' |
        while IFS=: read -r file line inc; do
            # A bare name must be a header of the same folder.
            if [[ $inc != */* && ! -f $dir/$inc ]]; then echo "$file:$line: $inc"; continue; fi
            [[ $inc =~ $(allowed "$dir") ]] || echo "$file:$line: $inc"
        done)
    if [ -z "$bad" ]; then ok "$dir/ includes only what it may"; else
        fail "$dir/ reaches past its wall:"; echo "$bad"; fi
done

# Package headers belong to the stage that links the package.
check_pkg() {  # PATTERN STAGE...: PATTERN is included only in these folders
    local pat=$1 where
    shift
    where=$(grep -lE "#include <$pat" common/* extract/* graph/* render/* report/* cli/* |
        cut -d/ -f1 | sort -u | tr '\n' ' ')
    local extra=""
    for d in $where; do [[ " $* " == *" $d "* ]] || extra+="$d "; done
    if [ -z "$extra" ]; then ok "<$pat> only in: $*"; else fail "<$pat> also in: $extra"; fi
}
check_pkg 'igraph' graph
check_pkg 'pcre2' extract
check_pkg 'graphviz/' render
check_pkg 'poppler' extract
check_pkg 'libxml/' graph

# Nothing below the CLI writes to the terminal.
printers=$(grep -nE '\b(printf|puts)\(|\bf(printf|puts)\(std(out|err)' \
    common/*.c extract/*.c graph/*.c render/*.c report/*.c | grep -v '^\S*:\s*/\?\*')
if [ -z "$printers" ]; then ok "no stage prints to stdout or stderr"; else
    fail "a stage prints:"; echo "$printers"; fi
finish
