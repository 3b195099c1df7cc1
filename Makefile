# crmready: plain make, pkg-config for flags.
#
#   make            build ./crmready
#   make demo       install missing packages, build, run the sample engagement
#   make check      install missing packages, build, run every test twice:
#                   a normal build and an ASan+UBSan build (build/asan)
#   make bench      benchmarks against the peers (bench/README.md)
#   make fuzz       libFuzzer targets (clang)
#   make install    PREFIX=/usr/local DESTDIR=

CC      ?= cc
PREFIX  ?= /usr/local
PKGS    := yaml-0.1 sqlite3 xlsxwriter libutf8proc jansson libpcre2-8
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
OPT     ?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lm
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) $(PKG_CFLAGS) -MMD -MP $(EXTRA_CFLAGS)

# BUILD is build/normal or build/asan; the binary is ./crmready for the
# normal build and build/asan/crmready for the sanitized one.
BUILD   ?= build/normal
ifeq ($(BUILD),build/normal)
BIN     := crmready
else
BIN     := $(BUILD)/crmready
endif

MODULES  := core store registry questionnaires rules phases metrics reports
LIB_SRC  := $(wildcard $(addsuffix /*.c,$(MODULES)))
CLI_SRC  := $(wildcard cli/*.c)
CONTENT  := $(sort $(wildcard content/*/*.yaml content/*/*.csv))
MIGRATIONS := $(sort $(wildcard store/migrations/*.sql))
GEN_SRC  := $(BUILD)/gen/content_files.c $(BUILD)/gen/migration_files.c
LIB_OBJ  := $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRC)) $(patsubst %.c,%.o,$(GEN_SRC))
CLI_OBJ  := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRC))
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRC))
EMBED    := build/embed

.PHONY: all demo check test test-unit test-cli deps bench fuzz fuzz-build install uninstall clean
all: $(BIN)

$(BIN): $(LIB_OBJ) $(CLI_OBJ)
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(PKG_LIBS) $(EXTRA_LDFLAGS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CFLAGS_ALL) -Icore -c -o $@ $<

$(EMBED): tools/embed.c
	@mkdir -p build
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/content_files.c: $(CONTENT) $(EMBED)
	@mkdir -p $(dir $@)
	$(EMBED) $@ content_files content/ $(CONTENT)

$(BUILD)/gen/migration_files.c: $(MIGRATIONS) $(EMBED)
	@mkdir -p $(dir $@)
	$(EMBED) $@ store_migration_files store/migrations/ $(MIGRATIONS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -o $@ $(filter %.c %.o,$^) $(PKG_LIBS) -lcmocka $(EXTRA_LDFLAGS)

deps:
	@sh scripts/install-deps.sh

test-unit: $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

test-cli: $(BIN)
	@CRMREADY="$(abspath $(BIN))" sh tests/run-cli.sh

test: test-unit test-cli

SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

check: deps
	$(MAKE) BUILD=build/normal test
	$(MAKE) BUILD=build/asan OPT="-O1 -g" EXTRA_CFLAGS="$(SAN)" EXTRA_LDFLAGS="$(SAN)" test

demo: deps
	$(MAKE) BUILD=build/normal crmready
	@sh scripts/demo.sh ./crmready

bench:
	@sh scripts/install-deps.sh bench
	$(MAKE) BUILD=build/normal crmready
	@sh bench/run.sh

# Every tests/fuzz/fuzz_NAME.c is a libFuzzer target over the library and
# cli objects (the binary's main is renamed crmready_main, so a target can
# run a whole command), run for FUZZ_SECONDS on its seed corpus
# tests/fuzz/corpus/NAME (new inputs go to build/fuzz/corpus/NAME, never
# into the source tree). FUZZ_TARGETS="yaml csvx" runs only those;
# crashes are left as build/fuzz/crash-* and stop the run.
FUZZ_SECONDS ?= 60
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_ALL := $(patsubst tests/fuzz/fuzz_%.c,%,$(FUZZ_SRC))
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_BIN := $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all -Dmain=crmready_main
FUZZ_OBJ := $(patsubst %.c,build/fuzz-lib/%.o,$(LIB_SRC) $(CLI_SRC)) \
	build/fuzz-lib/gen/content_files.o build/fuzz-lib/gen/migration_files.o

build/fuzz/.lib: $(LIB_SRC) $(CLI_SRC) $(CONTENT) $(MIGRATIONS) $(wildcard */*.h)
	$(MAKE) BUILD=build/fuzz-lib CC=clang OPT="-O1 -g" EXTRA_CFLAGS="$(FUZZ_FLAGS)" $(FUZZ_OBJ)
	@mkdir -p $(dir $@) && touch $@

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/.lib
	@echo "  LINK $@"; clang $(CSTD) -O1 -g -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
		-fno-sanitize-recover=all $(PKG_CFLAGS) -o $@ $< $(FUZZ_OBJ) $(PKG_LIBS)

fuzz-build: $(FUZZ_BIN)

fuzz: $(FUZZ_BIN)
	@for name in $(FUZZ_TARGETS); do \
		mkdir -p build/fuzz/corpus/$$name; \
		echo "fuzz: $$name for $(FUZZ_SECONDS)s"; \
		(cd build/fuzz && ./fuzz_$$name -max_total_time=$(FUZZ_SECONDS) \
			-print_final_stats=1 -close_fd_mask=3 -timeout=10 -rss_limit_mb=2048 \
			corpus/$$name ../../tests/fuzz/corpus/$$name) || exit 1; \
	done

install: crmready
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 crmready $(DESTDIR)$(PREFIX)/bin/crmready

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/crmready

clean:
	rm -rf build crmready

-include $(shell find build -name '*.d' 2>/dev/null)
