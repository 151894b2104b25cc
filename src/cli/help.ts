// The text of `importgraph --help`, kept beside the CLI so the two change together.
export const HELP = `importgraph: order module builds by their imports, so make -j builds bottom-up.

Usage:
  importgraph scc [options] INPUT...     read .import_info files, write the build order,
                                         make rules, one DOT file per SCC and an index
  importgraph --help | --version

INPUT is a file, a quoted glob ('Mercury/import_info/*.import_info') or
@FILE, a file listing inputs one per line (for lists too long for a command line).

Options for scc:
  --out-dir DIR        where to write (default: build/importgraph)
  --use-subdirs        name targets as mmc --use-subdirs does (Mercury/trans_opt_dates/...)
  --max-errors N       input problems to report before stopping (default: 50)
  --quiet              no summary on stderr

Output (in --out-dir):
  importgraph.trans_opt_order   one line per module: target, then the modules it reads
  importgraph.dep               make rules: M.trans_opt_date : S.trans_opt ...; target trans_opts
  importgraph.index             module, TAB, the .dot file of its SCC (- if alone)
  imports_C.dot                 one per SCC of two or more modules (C: its first module)

Exit codes: 0 done; 2 bad command line; 3 malformed input (file:line:column on stderr);
4 input missing or unreadable; 5 cannot write output; 6 renderer missing or failed; 70 internal error.
`;
