# importgraph.mk: Mmake-compatible variables and the recipe for making
# .trans_opt files in the order importgraph computed. Use it as
#
#     include path/to/importgraph/make/importgraph.mk
#     include build/importgraph/importgraph.dep
#
# and run `make -j8 trans_opts` where the .m files are. The variables and
# their defaults are Mmake's, so a Makefile that sets them for mmake works
# unchanged. importgraph.dep holds the rules themselves (static pattern
# rules naming every target, so a missing M.m stops make with its name),
# and refuses to be read without this file.

importgraph_mk := 2

MC ?= mmc
MCTOI ?= $(MC) --make-transitive-optimization-interface
GRADEFLAGS ?=
EXTRA_GRADEFLAGS ?=
ALL_GRADEFLAGS ?= $(GRADEFLAGS) $(EXTRA_GRADEFLAGS)
MCFLAGS ?=
MCTOIFLAGS ?=
EXTRA_MCTOIFLAGS ?=
ALL_MCTOIFLAGS ?= $(MCFLAGS) $(MCTOIFLAGS) $(EXTRA_MCTOIFLAGS)

# Opt-in: set IMPORTGRAPH_TIMINGS=timings.tsv to append `module start end`
# (seconds since the epoch) for each module made; pass the file back with
# `importgraph scc --weights timings.tsv` to plan the next build with real costs.
IMPORTGRAPH_TIMINGS ?=

# $(call importgraph_quote,TEXT): TEXT as one shell word in single quotes.
# Module names hold only letters, digits, _ and . (importgraph refuses any
# other), so this is defence in depth.
importgraph_quote = '$(subst ','\'',$1)'

# The compiler command for the module $* (the stem of the static pattern rule
# in importgraph.dep). importgraph.dep sets importgraph_use_subdirs when it was
# made with --use-subdirs: its targets are then under Mercury/, so mmc must
# write them there. (Mmake's trans_opt_dates_subdir and trans_opts_subdir are
# not used: the .dep names the directories itself.)
importgraph_mctoi = $(MCTOI) $(ALL_GRADEFLAGS) $(ALL_MCTOIFLAGS)$(if $(importgraph_use_subdirs), --use-subdirs) $(call importgraph_quote,$*)

ifeq ($(strip $(IMPORTGRAPH_TIMINGS)),)
importgraph_make_trans_opt = $(importgraph_mctoi)
else
importgraph_make_trans_opt = @start=$$(date +%s.%N); \
	echo '$(subst ','\'',$(importgraph_mctoi))'; \
	$(importgraph_mctoi) && \
	printf '%s\t%s\t%s\n' $(call importgraph_quote,$*) "$$start" "$$(date +%s.%N)" >> $(IMPORTGRAPH_TIMINGS)
endif

# trans_opts gets its prerequisites from importgraph.dep. Without a current
# one (none included, or one written by an older importgraph, whose rules
# have no recipes), fail instead of reporting success with nothing built.
.PHONY : trans_opts
trans_opts :
	$(if $(importgraph_trans_opt_dates),@:,$(error importgraph.mk: no importgraph.dep of this version was included after it; run importgraph scc again and include its importgraph.dep))
