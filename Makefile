# scorecard: the two commands a new machine needs are `make run` and
# `make test`. Everything else is for development.

GO        ?= go
BIN       := bin/scorecard
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X github.com/inclusion-tools/scorecard/cmd/internal/cli.Version=$(VERSION)
# The race detector needs cgo; use it wherever a C compiler is available.
RACE      := $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v $$($(GO) env CC) >/dev/null 2>&1 && echo -race)
FUZZTIME  ?= 1m
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
# make install puts scorecard in $(PREFIX)/bin, its man pages in
# $(PREFIX)/share/man and its bash completion where bash-completion finds it.
PREFIX    ?= $(HOME)/.local
BINDIR    ?= $(PREFIX)/bin
MANDIR    ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
# The release archives of make dist, one per platform.
DIST_TARGETS ?= linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64
DATE      := $(shell git log -1 --format=%cs 2>/dev/null)

.PHONY: all build run test fuzz bench fmt lint clean install uninstall man dist vet-cross catalog

all: build

## build: a static binary (no cgo: it starts faster, and runs anywhere).
## A first build compiles every library scorecard uses, which takes
## minutes on a small machine: say so, and list them as they compile.
build:
	@stale=$$(CGO_ENABLED=0 $(GO) list -trimpath -deps -f '{{if .Stale}}1{{end}}' ./cmd/scorecard 2>/dev/null | grep -c 1); \
	if [ "$${stale:-0}" -gt 20 ]; then \
		echo "Building $(BIN): compiling scorecard and $$stale packages it uses."; \
		echo "The first build takes a few minutes; later builds take seconds."; \
		verbose=-v; \
	fi; \
	CGO_ENABLED=0 $(GO) build $$verbose -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/scorecard

## run: the main job: the guided assessment on the built-in framework
## (make run FILE=my-practice.yaml to continue an assessment). Ctrl-C is
## the normal way to stop for now: its exit code 130 is no error for make,
## and scorecard's message names this make command to continue.
run: build
	@set -m 2>/dev/null; SCORECARD_MAKE_RUN=1 ./$(BIN) assess $(if $(FILE),"$(FILE)"); status=$$?; \
	[ $$status -eq 0 ] || [ $$status -eq 130 ] || exit $$status

## test: vet, then every test (fuzz targets run their seed corpora as
## tests). The packages whose code runs concurrently (the batch scorer's
## workers, signal handling, the questionnaire's program, the catalogs'
## cache) run under the race detector, where cgo works; the others without
## it, which would only slow them down. Fuzzing itself is make fuzz: the few
## seconds make test could give it are spent gathering the baseline, never
## fuzzing.
MODULE    := github.com/inclusion-tools/scorecard
RACE_PKGS := $(addprefix $(MODULE)/,cmd/internal/cli cmd/internal/assess checklist/locale)
test:
	$(GO) vet ./...
	$(GO) test -count=1 $(if $(RACE),$(filter-out $(RACE_PKGS),$(shell $(GO) list ./...)),./...)
	$(if $(RACE),$(GO) test $(RACE) -count=1 $(RACE_PKGS))

## fuzz: run each loader fuzz target (and the PDF's text layout) for FUZZTIME (make fuzz FUZZTIME=10m).
## Minimising every new interesting input stalls the fuzzer for tens of
## seconds on small machines, so a fixed-time run skips it; crashers are
## still saved, under each package's testdata/fuzz.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzLoadAnswers$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./checklist
	$(GO) test -run '^$$' -fuzz '^FuzzLoadFramework$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./checklist
	$(GO) test -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./checklist/importer
	$(GO) test -run '^$$' -fuzz '^FuzzLoadTranslation$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./checklist
	$(GO) test -run '^$$' -fuzz '^FuzzLoadPlan$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./checklist/plan
	$(GO) test -run '^$$' -fuzz '^FuzzLayoutText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./report

## bench: the benchmarks behind the budgets of SPEC §7; BatchScore prints
## the score/decode ratio and peak memory for 1,000 and 10,000 files,
## Startup the ratio of `scorecard --version` to a bare cobra program; the
## report's: Markdown, HTML, PDF with Arabic names (time and KB), and a PDF
## with 1 MiB of notes
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./checklist ./scoring ./report ./cmd/internal/cli ./cmd/internal/assess
	$(GO) test -run '^$$' -bench BatchScore -benchtime 3x ./cmd/scorecard
	$(GO) test -run '^$$' -bench Startup -benchtime 3x ./cmd/scorecard

## install: scorecard in $(BINDIR) (default ~/.local/bin), with its man
## pages and bash completion (make install PREFIX=/usr/local as root)
install: build man
	install -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(MANDIR)/man1' '$(DESTDIR)$(MANDIR)/man7' '$(DESTDIR)$(BASHCOMPDIR)'
	install -m 0755 $(BIN) '$(DESTDIR)$(BINDIR)/scorecard'
	install -m 0644 bin/man/man1/*.1 '$(DESTDIR)$(MANDIR)/man1/'
	install -m 0644 bin/man/man7/*.7 '$(DESTDIR)$(MANDIR)/man7/'
	./$(BIN) completion bash > '$(DESTDIR)$(BASHCOMPDIR)/scorecard'
	@echo "Installed scorecard in $(BINDIR)."
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; *) \
		echo "$(BINDIR) is not on your PATH: add it, for example with"; \
		echo "  echo 'export PATH=\"$(BINDIR):\$$PATH\"' >> ~/.profile"; \
		echo "then open a new terminal.";; esac

uninstall:
	rm -f '$(DESTDIR)$(BINDIR)/scorecard' '$(DESTDIR)$(BASHCOMPDIR)/scorecard' \
		'$(DESTDIR)$(MANDIR)'/man1/scorecard*.1 '$(DESTDIR)$(MANDIR)'/man7/scorecard*.7

## man: the man pages, from the same text as --help, in bin/man
## (man -l bin/man/man1/scorecard-score.1 to read one)
man:
	rm -rf bin/man
	$(GO) run ./cmd/internal/mangen -out bin/man -version $(VERSION) $(if $(DATE),-date $(DATE))

## dist: release archives in bin/dist for $(DIST_TARGETS) (.tar.gz; .zip
## for Windows), each with the static binary, README and man pages, and
## SHA256SUMS; then checks them (contents, platform of each binary, sums)
dist: man
	rm -rf bin/dist
	$(GO) run ./cmd/internal/dist -version $(VERSION) -ldflags '$(LDFLAGS)' -man bin/man -out bin/dist $(DIST_TARGETS)
	$(GO) run ./cmd/internal/dist -check -version $(VERSION) -out bin/dist $(DIST_TARGETS)

## vet-cross: go vet for Windows and macOS, which CI cannot run
vet-cross:
	GOOS=windows GOARCH=amd64 $(GO) vet ./...
	GOOS=darwin GOARCH=arm64 $(GO) vet ./...

## catalog: bring the interface catalogs (data/locales/*.yaml) up to date
## with the messages of the code, keeping their translations, then check
## them (go run ./cmd/internal/catalog -new lv -name Latviešu starts a
## language; see README "Languages")
catalog:
	$(GO) run ./cmd/internal/catalog -write

fmt:
	gofmt -w .

## lint: gofmt, vet and staticcheck (fetched from the Go module proxy)
lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "run make fmt"; exit 1; }
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

clean:
	rm -rf bin
