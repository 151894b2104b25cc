# importgraph.mk: Mmake-compatible rules for making .trans_opt files in the
# order importgraph computed. Use it as
#
#     include path/to/importgraph/make/importgraph.mk
#     include build/importgraph/importgraph.dep
#
# and run `make -j8 trans_opts`. The variables and their defaults are Mmake's,
# so a Makefile that sets them for mmake works unchanged.

MC ?= mmc
MCTOI ?= $(MC) --make-transitive-optimization-interface
GRADEFLAGS ?=
EXTRA_GRADEFLAGS ?=
ALL_GRADEFLAGS ?= $(GRADEFLAGS) $(EXTRA_GRADEFLAGS)
MCFLAGS ?=
MCTOIFLAGS ?=
EXTRA_MCTOIFLAGS ?=
ALL_MCTOIFLAGS ?= $(MCFLAGS) $(MCTOIFLAGS) $(EXTRA_MCTOIFLAGS)

# With --use-subdirs, importgraph.dep names Mercury/trans_opt_dates/M.trans_opt_date
# and Mercury/trans_opts/M.trans_opt; set these to match (Mmake does the same).
trans_opt_dates_subdir ?=
trans_opts_subdir ?=

# Opt-in: set IMPORTGRAPH_TIMINGS=timings.tsv to append `module start end`
# (seconds since the epoch) for each module made; pass the file back with
# `importgraph scc --weights timings.tsv` to plan the next build with real costs.
IMPORTGRAPH_TIMINGS ?=

ifeq ($(strip $(IMPORTGRAPH_TIMINGS)),)
$(trans_opt_dates_subdir)%.trans_opt_date: %.m
	$(MCTOI) $(ALL_GRADEFLAGS) $(ALL_MCTOIFLAGS) $(*F)
else
$(trans_opt_dates_subdir)%.trans_opt_date: %.m
	@start=$$(date +%s.%N); \
	echo "$(MCTOI) $(ALL_GRADEFLAGS) $(ALL_MCTOIFLAGS) $(*F)"; \
	$(MCTOI) $(ALL_GRADEFLAGS) $(ALL_MCTOIFLAGS) $(*F) && \
	echo "$(*F)	$$start	$$(date +%s.%N)" >> $(IMPORTGRAPH_TIMINGS)
endif

# mmc rewrites M.trans_opt only when it changes and always touches the
# .trans_opt_date file: the date file is the real target.
$(trans_opts_subdir)%.trans_opt: $(trans_opt_dates_subdir)%.trans_opt_date
	@:
