# ASN Karier: a LibreOffice Calc add-in in C (binary UNO).
#
#   make            build/asnkarier.oxt
#   make check      every test: function-list drift, the locale check, C unit tests (ASan+UBSan, in the
#                   id_ID locale; and cross-built for Windows, run under wine), exports, the Windows DLL under
#                   wine through its UNO entry points, the package, and the
#                   integration tests in real Calc, headless and desktop (Xvfb, id_ID.UTF-8), including files
#                   opened as a user opens them and the committee workbook filled by hand (keystrokes, clipboard)
#   make run        the main job on the sample roster; results in out/
#   make install    install the extension for the current user (make uninstall removes it)
#   make bench      the benchmarks of bench/ (figures in docs/performance.md)
#   make compat     the integration cases on Debian trixie's LibreOffice 25.2, in a cached debootstrap chroot
#   make compat-oldest  the same on Debian bullseye's LibreOffice 7.0, the oldest the extension supports
#
# Missing build packages are installed first (tools/install-build-deps.sh; apt-get, sudo when not root).

SHELL := /bin/bash
VERSION := $(shell sed -n 's/.*<version value="\([^"]*\)".*/\1/p' description.xml)
EXTENSION_ID := $(shell sed -n 's/.*<identifier value="\([^"]*\)".*/\1/p' description.xml)
LO_INC := /usr/include/libreoffice
LO_PROGRAM := /usr/lib/libreoffice/program
SDK := /usr/lib/libreoffice/sdk
MULTIARCH := $(shell $(or $(CC),cc) -print-multiarch)
GSL_STATIC := /usr/lib/$(MULTIARCH)/libgsl.a /usr/lib/$(MULTIARCH)/libgslcblas.a
PYTHON_UNO := /usr/bin/python3

CC ?= cc
WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS_COMMON := -std=c11 -D_GNU_SOURCE $(WARN) -g $(shell xml2-config --cflags 2>/dev/null) -DASN_VERSION='"$(VERSION)"' \
                 -DASN_EXTENSION_ID='"$(EXTENSION_ID)"'
CFLAGS_LIB := $(CFLAGS_COMMON) -O2 -fPIC -fvisibility=hidden -DUNX -DGCC -DLINUX -I$(LO_INC)
CFLAGS_TEST := $(CFLAGS_COMMON) -O1 -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer

# src/core/support/ is the floor the domain rules (src/core/*.c) stand on: platform, locale, rounding, status, hashing.
# What differs by platform lives in src/core/support/platform_<name>.c; every build compiles exactly one of them.
CORE_ALL := $(wildcard src/core/*.c src/core/support/*.c)
CORE_HEADERS := $(wildcard src/core/*.h src/core/support/*.h)
CORE_SRC := $(filter-out src/core/support/platform_%.c,$(CORE_ALL)) src/core/support/platform_posix.c
# The bundled schema and dictionary, compiled into the library (tools/embed_files.py).
EMBEDDED := build/gen/embedded.c
EMBEDDED_FILES := asn_kamus_xsd=extension/kamus/kamus.xsd asn_kamus_bawaan=extension/kamus/kamus-bawaan.xml
# src/binding/*_windows.c belong to the Windows DLL only, src/binding/fn_bench.c to the benchmark build only (with
# its own dispatch table, generated into build/bench/gen).
BINDING_SRC := $(filter-out %_windows.c src/binding/fn_bench.c,$(wildcard src/binding/*.c))
BENCH_BINDING_SRC := $(filter-out src/binding/function_table.c,$(BINDING_SRC)) src/binding/fn_bench.c
GENERATED := idl/XAsnKarier.idl extension/CalcAddIns.xcu extension/Jobs.xcu extension/ProtocolHandler.xcu extension/Addons.xcu src/binding/function_table.c src/binding/handlers.h \
             registration/asnkarier.components registration/asnkarier-windows.components
HEADERS := $(CORE_HEADERS) $(wildcard src/binding/*.h)
# tests/unit/test_*_posix.c run only on Linux, test_*_windows.c only in the Windows build (under wine);
# tests/unit/files_<platform>.c are the tests' own file-system helpers (files.h).
UNIT_TESTS := $(patsubst tests/unit/%.c,build/unit/%,$(filter-out %_windows.c,$(wildcard tests/unit/test_*.c)))

DEPS_STAMP := build/.deps-ok
OXT := build/asnkarier.oxt

.PHONY: all deps check-build generate template package unit-windows wine-host compat compat-oldest sample-check print-areas formula-rows roster-problems import feedback-export by-hand memcheck check check-generated locale-check uno-methods opened-files kamus-stress kamus-budget unit exports integration fuzz fuzz-smoke run install uninstall bench clean

all: $(OXT)

deps: $(DEPS_STAMP)
$(DEPS_STAMP): tools/install-build-deps.sh
	@bash tools/install-build-deps.sh
	@mkdir -p build && touch $@

# The generated files are committed (so that reviewers read them) and rebuilt when the list changes.
$(GENERATED) &: idl/functions.toml tools/gen_functions.py
	python3 -m tools.gen_functions write && touch $(GENERATED)
generate: $(GENERATED)

$(EMBEDDED): tools/embed_files.py extension/kamus/kamus.xsd extension/kamus/kamus-bawaan.xml
	@mkdir -p $(dir $@)
	python3 -m tools.embed_files $@ $(EMBEDDED_FILES)

# ---- the component ------------------------------------------------------------------------------

# compile_variant NAME BINDING_SOURCES EXTRA_OBJECTS: objects and shared library under build/NAME
define compile_variant

build/$(1)/obj/%.o: src/%.c $(HEADERS) description.xml | $(DEPS_STAMP)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_LIB) -Isrc/binding -Ibuild/$(1)/gen -c $$< -o $$@

build/$(1)/obj/embedded.o: $$(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS_LIB) -c $$< -o $$@

build/$(1)/asnkarier.so: $$(patsubst src/%.c,build/$(1)/obj/%.o,$$(CORE_SRC) $(2)) build/$(1)/obj/embedded.o $(3) src/binding/component.map
	$$(CC) -shared -o $$@ $$(filter %.o,$$^) -Wl,--version-script=src/binding/component.map \
	    -Wl,--exclude-libs,ALL -Wl,-z,defs -Wl,--as-needed \
	    $$(GSL_STATIC) -L$$(SDK)/lib -luno_cppu -luno_sal $$(shell xml2-config --libs) -lpthread -lm
endef
$(eval $(call compile_variant,release,$(BINDING_SRC),))
$(eval $(call compile_variant,bench,$(BENCH_BINDING_SRC),build/bench/obj/gen/function_table.o))

# The benchmark build's dispatch table (every function, bench_only ones too) and its handlers' declarations.
build/bench/obj/gen/function_table.o: build/bench/gen/function_table.c $(HEADERS) description.xml | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_LIB) -Isrc/binding -Ibuild/bench/gen -c $< -o $@
build/bench/obj/binding/fn_bench.o: build/bench/gen/bench_handlers.h

build/release/asnkarier.rdb: idl/XAsnKarier.idl | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(SDK)/bin/unoidl-write $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb $< $@

build/bench/gen/XAsnKarier.idl build/bench/gen/CalcAddIns.xcu build/bench/gen/function_table.c build/bench/gen/bench_handlers.h &: idl/functions.toml tools/gen_functions.py
	python3 -m tools.gen_functions bench build/bench/gen

build/bench/asnkarier.rdb: build/bench/gen/XAsnKarier.idl | $(DEPS_STAMP)
	$(SDK)/bin/unoidl-write $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb $< $@

EXTENSION_FILES := $(shell find extension -type f) description.xml registration/asnkarier.components \
                   registration/asnkarier-windows.components
# The help pages (from the function list and the tested cases) and the icons are generated while packing.
HELP_SOURCES := tools/gen_help.py tools/make_icons.py idl/functions.toml $(wildcard tests/calc/cases/*.tsv)

# pack DIR XCU: lay out an .oxt's content in DIR/oxt and zip it. Both carry the release Windows DLL (the manifest
# names it); the benchmark build's extra functions exist only in its Linux library, where the benchmarks run.
define pack
	rm -rf $(1)/oxt && mkdir -p $(1)/oxt/META-INF
	cp extension/META-INF/manifest.xml $(1)/oxt/META-INF/
	cp description.xml registration/asnkarier.components $(1)/asnkarier.so $(1)/asnkarier.rdb $(1)/oxt/
	cp $(2) $(1)/oxt/CalcAddIns.xcu
	cp extension/LICENSE.txt extension/description-en.txt extension/description-id.txt $(1)/oxt/
	cp extension/release-notes-en.txt extension/release-notes-id.txt $(1)/oxt/
	cat extension/LICENSE-notice-id.txt extension/LICENSE.txt > $(1)/oxt/LICENSE-id.txt
	python3 -m tools.make_icons $(1)/oxt/icons
	mkdir -p $(1)/oxt/kamus "$(1)/oxt/templates/ASN Karier"
	cp extension/kamus/kamus.xsd extension/kamus/kamus-bawaan.xml $(1)/oxt/kamus/
	cp extension/Paths.xcu extension/Jobs.xcu extension/ProtocolHandler.xcu extension/Addons.xcu $(1)/oxt/ && cp extension/templates/*.ots "$(1)/oxt/templates/ASN Karier/"
	python3 -m tools.gen_help $(1)/oxt/help $(1)/oxt/reference
	cp build/win/asnkarier.dll registration/asnkarier-windows.components $(1)/oxt/
	rm -f $@ && cd $(1)/oxt && zip -q -X -r $(abspath $@) .
endef

$(OXT): build/release/asnkarier.so build/win/asnkarier.dll build/release/asnkarier.rdb $(EXTENSION_FILES) $(HELP_SOURCES)
	$(call pack,build/release,extension/CalcAddIns.xcu)
	@echo "built $@ (version $(VERSION))"

build/asnkarier-bench.oxt: build/bench/asnkarier.so build/win/asnkarier.dll build/bench/asnkarier.rdb build/bench/gen/CalcAddIns.xcu $(EXTENSION_FILES) $(HELP_SOURCES)
	$(call pack,build/bench,build/bench/gen/CalcAddIns.xcu)

# ---- tests ----------------------------------------------------------------------------------------

build/unit/%: tests/unit/%.c tests/unit/check.h tests/unit/files.h tests/unit/files_posix.c $(CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_TEST) -Isrc/core -DASN_TEST_DATA=\"$(CURDIR)/tests/data/kamus\" -o $@ $< tests/unit/files_posix.c $(CORE_SRC) $(EMBEDDED) $(GSL_STATIC) $(shell xml2-config --libs) -lpthread -lm

# No conversion between text and numbers in src/ may read the process locale (desktop Calc under id_ID uses
# the decimal comma), except in src/core/support/locale_free.c.
locale-check:
	@python3 -m tests.check_locale_free

# Every UNO method src/ names is named by the interface that declares it (tests/check_uno_methods.py).
uno-methods:
	@$(PYTHON_UNO) -m tests.check_uno_methods

check-generated:
	@python3 -m tools.gen_functions check 2>&1 | tee build/test-generated.log; \
	  if grep -q drift build/test-generated.log; then echo "generated: 0 passed, 1 failed"; else echo "generated: 1 passed, 0 failed"; fi

# The dictionary cache is shared by Calc's threads: its test also runs under ThreadSanitizer.
build/tsan/test_kamus: tests/unit/test_kamus.c tests/unit/check.h tests/unit/files_posix.c $(CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -fsanitize=thread -DASN_THREAD_SANITIZER -Isrc/core \
	    -DASN_TEST_DATA=\"$(CURDIR)/tests/data/kamus\" -o $@ $< tests/unit/files_posix.c $(CORE_SRC) $(EMBEDDED) $(GSL_STATIC) \
	    $(shell xml2-config --libs) -lpthread -lm

unit: $(UNIT_TESTS) build/tsan/test_kamus
	@for t in $(UNIT_TESTS) build/tsan/test_kamus; do \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 TSAN_OPTIONS=halt_on_error=1 bash tests/run_unit.sh "" $$t; \
	done

# ---- Windows x86-64 (mingw-w64): the core's unit tests, cross-built and run under wine ---------------------
# GSL and libxml2 come from Debian's source packages, cross-built once and cached outside the work tree
# (tools/build-mingw-deps.sh prints where). Test suites report with a "-wine" suffix. -Wno-format: Microsoft's
# printf has its own format rules (no %zu: locale_free.c translates it); the Linux build checks every format.
MINGW_CC := x86_64-w64-mingw32-gcc
WIN_CORE_SRC := $(filter-out src/core/support/platform_%.c,$(CORE_ALL)) src/core/support/platform_windows.c
WIN_UNIT_TESTS := $(patsubst tests/unit/%.c,build/win/unit/%.exe,$(filter-out %_posix.c,$(wildcard tests/unit/test_*.c)))
WIN_DEPS := build/win/deps-prefix
WIN_CFLAGS := -std=c11 $(WARN) -Wno-format -g -O1 -DASN_VERSION='"$(VERSION)"' -DASN_EXTENSION_ID='"$(EXTENSION_ID)"' -DLIBXML_STATIC
WINE_PREFIX := $(CURDIR)/build/win/wineprefix
WINE_ENV := WINEPREFIX=$(WINE_PREFIX) WINEDEBUG=-all

# The prefix is made once, before any test runs in it. Otherwise the first `wine prog` makes it on the way
# (wineboot), and wineboot's messages come mixed into prog's output; a suite that died on CI in a fresh clone is
# thought to have met that, though it never failed here. Mono and Gecko are not asked for (no dialog without a
# display; our programs need neither).
WINE_READY := $(WINE_PREFIX)/.ready
$(WINE_READY): | $(DEPS_STAMP)
	@mkdir -p $(dir $(WINE_PREFIX))
	@$(WINE_ENV) WINEDLLOVERRIDES="mscoree,mshtml=" wineboot --init >/dev/null 2>&1; \
	  $(WINE_ENV) wineserver --wait; \
	  test -f $(WINE_PREFIX)/system.reg || { echo "wine: could not create $(WINE_PREFIX)"; exit 1; }
	@touch $@

$(WIN_DEPS): tools/build-mingw-deps.sh | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	@bash tools/build-mingw-deps.sh > $@.tmp && mv $@.tmp $@

# The comma-decimal locale of check.h, by its Windows name.
build/win/unit/%.exe: tests/unit/%.c tests/unit/check.h tests/unit/files.h tests/unit/files_windows.c $(WIN_CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) $(WIN_DEPS)
	@mkdir -p $(dir $@)
	@echo "cross-building $@"
	@$(MINGW_CC) $(WIN_CFLAGS) -DCHECK_LOCALE=\"Indonesian\" -Isrc/core -I$$(cat $(WIN_DEPS))/include \
	    -I$$(cat $(WIN_DEPS))/include/libxml2 -DASN_TEST_DATA=\"Z:$(CURDIR)/tests/data/kamus\" -o $@ $< \
	    tests/unit/files_windows.c $(WIN_CORE_SRC) $(EMBEDDED) -static -L$$(cat $(WIN_DEPS))/lib -lxml2 -lgsl -lpthread -lm

unit-windows: $(WIN_UNIT_TESTS) $(WINE_READY)
	@for t in $(WIN_UNIT_TESTS); do $(WINE_ENV) bash tests/run_unit.sh -wine $$t wine; done

# The Windows DLL: the same core and binding, the Windows platform file and DllMain; LibreOffice's Linux SDK
# headers with the Windows type sizes (src/binding/windows/sal/typesizes.h; SAL_UNX selects sal/types.h's GCC
# branch, which has no Windows case for MinGW); import libraries for sal3.dll and cppu3.dll made from the .def
# files of the functions we call; exports only what asnkarier.def lists.
WIN_BINDING_SRC := $(BINDING_SRC) $(wildcard src/binding/*_windows.c)
WIN_OBJ := $(patsubst src/%.c,build/win/obj/%.o,$(WIN_CORE_SRC) $(WIN_BINDING_SRC)) build/win/obj/embedded.o
WIN_LIB_CFLAGS := $(WIN_CFLAGS) -O2 -DSAL_UNX -Isrc/binding/windows -I$(LO_INC)

build/win/obj/%.o: src/%.c $(HEADERS) description.xml src/binding/windows/sal/typesizes.h $(WIN_DEPS)
	@mkdir -p $(dir $@)
	$(MINGW_CC) $(WIN_LIB_CFLAGS) -I$$(cat $(WIN_DEPS))/include -I$$(cat $(WIN_DEPS))/include/libxml2 -c $< -o $@

build/win/obj/embedded.o: $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(MINGW_CC) $(WIN_LIB_CFLAGS) -c $< -o $@

build/win/lib%.a: src/binding/windows/%.def | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	x86_64-w64-mingw32-dlltool -d $< -l $@

build/win/asnkarier.dll: $(WIN_OBJ) src/binding/windows/asnkarier.def build/win/libsal3.a build/win/libcppu3.a
	$(MINGW_CC) -shared -o $@ $(WIN_OBJ) src/binding/windows/asnkarier.def -static -static-libgcc \
	    -L$$(cat $(WIN_DEPS))/lib -lxml2 -lgsl build/win/libsal3.a build/win/libcppu3.a -lm

# The real DLL under wine, loaded by a test host through stand-ins for sal3.dll and cppu3.dll (tests/wine/):
# every case of tests/calc/cases through the component's factory, queryInterface and dispatcher.
WINE_HOST := build/win/host
STANDIN_CFLAGS := $(WIN_CFLAGS) -Wno-unused-parameter -DSAL_UNX -Isrc/binding/windows -I$(LO_INC)

$(WINE_HOST)/sal3.dll: tests/wine/standin_sal3.c src/binding/windows/sal3.def | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(MINGW_CC) $(STANDIN_CFLAGS) -shared -o $@ $^ -static-libgcc

$(WINE_HOST)/cppu3.dll: tests/wine/standin_cppu3.c src/binding/windows/cppu3.def build/win/libsal3.a
	@mkdir -p $(dir $@)
	$(MINGW_CC) $(STANDIN_CFLAGS) -shared -o $@ $^ -static-libgcc

$(WINE_HOST)/host.exe: tests/wine/host.c build/win/libsal3.a build/win/libcppu3.a
	@mkdir -p $(dir $@)
	$(MINGW_CC) $(STANDIN_CFLAGS) -o $@ $^ -static

$(WINE_HOST)/asnkarier.dll: build/win/asnkarier.dll
	@mkdir -p $(dir $@)
	cp $< $@

wine-host: $(WINE_HOST)/sal3.dll $(WINE_HOST)/cppu3.dll $(WINE_HOST)/host.exe $(WINE_HOST)/asnkarier.dll $(WINE_READY)
	@WINEPREFIX=$(WINE_PREFIX) $(PYTHON_UNO) -m tests.wine.run_cases_wine $(WINE_HOST) tests/calc/cases/*.tsv

# The loading budget of hostile dictionaries: timed, so built optimised and without sanitizers.
build/budget/kamus_budget: tests/budget/kamus_budget.c $(CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O2 -Isrc/core -o $@ $< $(CORE_SRC) $(EMBEDDED) $(GSL_STATIC) $(shell xml2-config --libs) -lpthread -lm
kamus-budget: build/budget/kamus_budget
	@build/budget/kamus_budget

# The dictionary cache under two threads and a file that keeps changing: 50 runs in a row, under ASan and TSan.
kamus-stress: build/unit/test_kamus build/tsan/test_kamus
	@passed=0; failed=0; for t in build/unit/test_kamus build/tsan/test_kamus; do for i in $$(seq 1 50); do \
	  if ASAN_OPTIONS=detect_leaks=1 TSAN_OPTIONS=halt_on_error=1 $$t 2>&1 | grep -Eq '^unit-kamus[a-z-]*: [0-9]+ passed, 0 failed'; \
	  then passed=$$((passed+1)); else failed=$$((failed+1)); echo "FAIL $$t run $$i"; fi; done; done; \
	  echo "kamus-stress: $$passed passed, $$failed failed"

# libFuzzer targets (clang): `make fuzz` runs each for FUZZ_SECONDS; `make check` runs a short smoke pass.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 20
FUZZ_TARGETS := kamus functions import
FUZZ_SEEDS_kamus := tests/data/kamus examples tests/fuzz/seeds/kamus-hostile
FUZZ_SEEDS_functions := tests/fuzz/seeds/functions
FUZZ_SEEDS_import := tests/fuzz/seeds/import
FUZZ_FLAGS := -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined,float-cast-overflow -fno-sanitize-recover=all \
	-DASN_VERSION='"$(VERSION)"' -DASN_EXTENSION_ID='"$(EXTENSION_ID)"' $(shell xml2-config --cflags)
build/fuzz/fuzz_kamus: tests/fuzz/fuzz_kamus.c $(CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -Isrc/core -o $@ $< $(CORE_SRC) $(EMBEDDED) $(GSL_STATIC) $(shell xml2-config --libs) -lpthread -lm

build/fuzz/fuzz_import: tests/fuzz/fuzz_import.c $(CORE_SRC) $(CORE_HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -Isrc/core -o $@ $< $(CORE_SRC) $(EMBEDDED) $(GSL_STATIC) $(shell xml2-config --libs) -lpthread -lm

# Every function through the binding's decoders, with UNO values built in-process (libuno_cppu/sal).
build/fuzz/fuzz_functions: tests/fuzz/fuzz_functions.c $(CORE_SRC) $(BINDING_SRC) $(HEADERS) $(EMBEDDED) | $(DEPS_STAMP)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) -DUNX -DGCC -DLINUX -I$(LO_INC) -Isrc/binding -Isrc/core -o $@ $< $(CORE_SRC) \
	    $(filter-out src/binding/component.c,$(BINDING_SRC)) $(EMBEDDED) $(GSL_STATIC) \
	    -L$(SDK)/lib -luno_cppu -luno_sal -Wl,-rpath,$(LO_PROGRAM) $(shell xml2-config --libs) -lpthread -lm

fuzz: $(addprefix build/fuzz/fuzz_,$(FUZZ_TARGETS))
	@$(foreach t,$(FUZZ_TARGETS),bash tests/fuzz/run_fuzzer.sh $(t) $(FUZZ_SECONDS) $(FUZZ_SEEDS_$(t));)

fuzz-smoke: $(addprefix build/fuzz/fuzz_,$(FUZZ_TARGETS))
	@$(foreach t,$(FUZZ_TARGETS),bash tests/fuzz/run_fuzzer.sh $(t) $(FUZZ_SMOKE_SECONDS) $(FUZZ_SEEDS_$(t));)

exports: $(OXT)
	@bash tests/check-exports.sh build/release/asnkarier.so
	@bash tests/check-dll.sh build/win/asnkarier.dll

# What the Extension Manager shows: description.xml against the description schema, icons, licence texts,
# descriptions and the help pages in the package (the help's registration is checked in real Calc).
package: $(OXT)
	@python3 -m tests.package.check_package $(OXT)

# Headless Calc (C locale), then desktop Calc as HR officers run it: a real window on a private Xvfb display,
# gtk3, LANG=id_ID.UTF-8 (decimal comma in the C library) and the Indonesian UI.
CALC_MODES := headless desktop
integration: $(OXT)
	@status=0; for m in $(CALC_MODES); do \
	  $(PYTHON_UNO) -m tests.calc.run_cases --oxt $(OXT) --mode $$m tests/calc/cases/*.tsv || status=1; done; exit $$status

# make run's workbooks, a moved copy, the template and a user-saved workbook opened as a user opens them
# (load, then read: no recalculation in between), headless and in desktop Calc.
opened-files: $(OXT)
	@$(PYTHON_UNO) -m tests.calc.check_opened_files $(OXT)

# The committee workbook's print areas following its filled rows (the print-area job), headless and desktop.
print-areas: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_print_areas $(OXT) $$m || status=1; done; \
	  exit $$status

# The committee workbook's formula rows following its roster (the same job), headless and desktop.
formula-rows: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_formula_rows $(OXT) $$m || status=1; done; \
	  exit $$status

# The committee workbook filled by hand in desktop Calc (keystrokes, the clipboard, lists, the Text Import dialog:
# tests/calc/check_by_hand.py), and a roster with one wrong value of each kind, headless and desktop.
by-hand: $(OXT)
	@$(PYTHON_UNO) -m tests.calc.check_by_hand $(OXT)

# The ASN Karier menu's import through the dispatcher (tests/calc/check_import.py), headless and desktop.
import: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_import $(OXT) $$m || status=1; done; \
	  exit $$status

# The ASN Karier menu's feedback export through the dispatcher (tests/calc/check_export.py), headless and desktop.
feedback-export: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_export $(OXT) $$m || status=1; done; \
	  exit $$status

roster-problems: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_roster_problems $(OXT) $$m || status=1; done; \
	  exit $$status

# soffice under valgrind memcheck on the integration workbook (about a minute here; part of make check).
memcheck: $(OXT)
	@$(PYTHON_UNO) -m tests.memcheck.run_memcheck $(OXT)

# `make run` on the small sample roster, its ranking and PDF checked independently.
sample-check: $(OXT)
	@status=0; for m in $(CALC_MODES); do $(PYTHON_UNO) -m tests.calc.check_sample_run $(OXT) $$m || status=1; done; \
	  exit $$status

# Everything the suites run, compiled first on every core (the suites themselves run one after another: two Calcs
# at once would share a profile and the machine's time): about half of what compiling one file at a time took.
CHECK_BUILDS := $(UNIT_TESTS) build/tsan/test_kamus $(WIN_UNIT_TESTS) build/budget/kamus_budget \
  $(addprefix build/fuzz/fuzz_,$(FUZZ_TARGETS)) $(OXT) $(WINE_HOST)/sal3.dll $(WINE_HOST)/cppu3.dll \
  $(WINE_HOST)/host.exe $(WINE_HOST)/asnkarier.dll $(WINE_READY)
check-build: $(DEPS_STAMP)
	@$(MAKE) --no-print-directory -j$$(nproc) $(CHECK_BUILDS)

CHECK_SUITES := check-build check-generated locale-check uno-methods unit unit-windows kamus-stress kamus-budget fuzz-smoke \
  exports wine-host package integration sample-check opened-files print-areas formula-rows roster-problems import \
  feedback-export by-hand memcheck
# Every suite prints `N passed, M failed`; the last line adds them up for CI. Each suite's time is logged too:
# CI allows 30 minutes in all, and the log says where they go.
check: $(DEPS_STAMP)
	@mkdir -p build
	@set -o pipefail; { for suite in $(CHECK_SUITES); do start=$$(date +%s); \
	    $(MAKE) --no-print-directory $$suite; echo "time: $$suite $$(( $$(date +%s) - start )) s"; done; } 2>&1 | tee build/check.log
	@python3 -m tests.sum_results build/check.log

# ---- the main job, installation, benchmarks ---------------------------------------------------------

ROSTERS ?= examples/siasn-pematangsiantar.csv examples/roster-medan-marelan.csv examples/roster-binjai.csv
run: $(OXT)
	@$(PYTHON_UNO) -m tools.run_sample --oxt $(OXT) --out out $(ROSTERS)

# The committee template is built in headless Calc and committed (extension/templates/peringkat-asn.ots).
template: $(OXT)
	$(PYTHON_UNO) -m tools.build_template --oxt $(OXT) --out extension/templates/peringkat-asn.ots

# For the current user. A profile that was never started would drop the extension on its first
# start, so a missing profile is created first. unopkg refuses root without --shared: root installs
# for every user of the machine instead, and says so.
USER_PROFILE := $(HOME)/.config/libreoffice/4/user
install: $(OXT)
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "running as root: installing for all users (unopkg add --shared)"; \
	  unopkg add --shared --force -s $(OXT); \
	else \
	  [ -e "$(USER_PROFILE)/extensions/buildid" ] || soffice --headless --terminate_after_init --norestore; \
	  unopkg add --force -s $(OXT); \
	fi
	@echo "installed ASN Karier $(VERSION): restart LibreOffice, then type =ASNVERSION() in a cell"

uninstall:
	@if [ "$$(id -u)" = 0 ]; then unopkg remove --shared org.asnkarier.calc; else unopkg remove org.asnkarier.calc; fi
	@echo "removed ASN Karier: restart LibreOffice"

# The integration cases on the newest Debian release's LibreOffice (25.2) and on the oldest LibreOffice the
# extension supports (Debian 11's 7.0: compat-oldest), each in a debootstrap chroot cached outside the work tree
# (tools/compat.sh; needs root or sudo, and the network the first time).
compat: $(OXT)
	@bash tools/compat.sh $(abspath $(OXT))

compat-oldest: $(OXT)
	@ASN_COMPAT_SUITE=bullseye bash tools/compat.sh $(abspath $(OXT))

# All benchmarks in one go; the figures land in docs/performance.md (a few minutes: one sheet is 1,048,576 rows).
bench: $(OXT) build/asnkarier-bench.oxt
	@$(PYTHON_UNO) -m bench.report

clean:
	rm -rf build out
