// The text of `importgraph --help`, kept beside the CLI so the two change together.
export const HELP = `importgraph: order module builds by their imports, so make -j builds bottom-up.

Usage:
  importgraph scc [options] INPUT...     read .m (or .import_info) files, write the build order,
                                         make rules, one DOT file per SCC and an index
  importgraph plan [options] INPUT...    compare build orders: critical path, simulated
                                         makespans for -j 1..32, imports honoured
  importgraph scan [options] FILE.m...   write an .import_info file per Mercury module
  importgraph --help | --version

INPUT is a .m or .import_info file, a graph (.json: modules and imports, as importgraph.json;
.tsv: importer TAB imported), a quoted glob ('*.m', 'Mercury/import_info/*.import_info') or
@FILE, a file listing inputs one per line (for lists too long for a command line).

Options:
  --out-dir DIR              where scc and scan write (default: build/importgraph)
  --use-subdirs              name targets as mmc --use-subdirs does (Mercury/trans_opt_dates/...)
  --input-format FORMAT      read every input as import_info, m, json (a graph document) or tsv
                             (an edge list); default by extension: .m, .json, .tsv, else import_info
  --order name|auto          name: Mercury's default, each SCC one chain in name order (default);
                             auto: a DAG that keeps imports within a critical-path bound
  --max-depth N              with --order auto: at most N modules on any path
  --max-critical-path COST   with --order auto: at most COST on any path
  --weights FILE|size|unit   module costs: a TSV/JSON/timings file, input file sizes (the .m file's
                             for a .m input, else the .import_info file's), or 1 each
  --trans-opt-deps-spec FILE order as mmc does with this spec (scc, plan)
  --main NAME                scc: also write NAME.module_order, NAME.module_order_for_trans_opt,
                             NAME.trans_opt_deps (mmc's rule blocks, full lists) and
                             importgraph.trans_opt_deps_spec (the order, for an unmodified mmc)
  --render auto|dot|wasm|none  SVG for each SCC and the overview, and index.html (default auto:
                             Graphviz dot from PATH, else the embedded WebAssembly Graphviz)
  --render-timeout SECONDS   per graph (default 30); past it the .dot is kept without a picture
  --json                     plan: JSON instead of a table
  --prove                    plan: also an upper bound on the imports any order within auto's
                             bounds can honour (HiGHS MIP; only reported, never changes the order)
  --prove-time SECONDS       plan --prove: the solver's time limit (default 60)
  --svg FILE                 plan: also draw each order's simulated build as a timeline (Gantt chart)
  --jobs N                   plan --svg: job slots of the drawn builds (default 8)
  --max-errors N             input problems to report before stopping (default: 50)
  --quiet                    no summary on stderr
  --verbose, -v              list every term of the .m inputs that could not be read (default: the first 5)

Output of scc (in --out-dir):
  importgraph.trans_opt_order   one line per module: target, then the modules it reads
  importgraph.dep               make rules: M.trans_opt_date : S.trans_opt ...; target trans_opts
  importgraph.ninja             the same for Ninja (include it from build.ninja); target trans_opts
  importgraph.json              the whole analysis for tools (schema/importgraph.schema.json)
  importgraph.index             module, TAB, the .dot file of its SCC (- if alone)
  imports_C.dot                 one per SCC of two or more modules (C: its first module)
  imports_C.svg, overview.svg   the pictures; index.html browses them (works from file://)
  importgraph.given_up          with --order auto: the imports it does not honour, per SCC
  importgraph.cuts              per SCC: sets of imports whose removal splits it, cheapest first

Exit codes: 0 done; 2 bad command line or no inputs; 3 malformed input, invalid UTF-8 or too large
(file:line:column on stderr); 4 input missing or unreadable; 5 cannot write output (the previous
outputs are unchanged); 6 renderer missing or failed; 70 internal error.
`;
