# scorecard: the two commands a new machine needs are `make run` and
# `make test`. Everything else is for development.

GO        ?= go
BIN       := bin/scorecard
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -s -w -X github.com/inclusion-tools/scorecard/cmd/internal/cli.Version=$(VERSION)
# The race detector needs cgo; use it wherever a C compiler is available.
RACE      := $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v $$($(GO) env CC) >/dev/null 2>&1 && echo -race)
FUZZTIME  ?= 10s
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build run test fuzz bench fmt lint clean

all: build

## build: a static binary (no cgo: it starts faster, and runs anywhere)
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/scorecard

## run: the main job: the guided assessment on the built-in framework
## (make run FILE=my-practice.yaml to continue an assessment). Ctrl-C is
## the normal way to stop for now: its exit code 130 is no error for make,
## and scorecard's message names this make command to continue.
run: build
	@set -m 2>/dev/null; SCORECARD_MAKE_RUN=1 ./$(BIN) assess $(if $(FILE),"$(FILE)"); status=$$?; \
	[ $$status -eq 0 ] || [ $$status -eq 130 ] || exit $$status

## test: vet, every test (with the race detector where cgo works), then a
## short, fixed-time run of each fuzz target
test:
	$(GO) vet ./...
	$(GO) test $(RACE) -count=1 ./...
	$(MAKE) --no-print-directory fuzz FUZZTIME=5s

## fuzz: run each loader fuzz target (and the PDF's text layout) for FUZZTIME (make fuzz FUZZTIME=10m).
## Minimising every new interesting input stalls the fuzzer for tens of
## seconds on small machines, so a fixed-time run skips it; crashers are
## still saved under checklist/testdata/fuzz.
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
	$(GO) test -run '^$$' -bench . -benchmem ./checklist ./scoring ./report ./cmd/internal/cli
	$(GO) test -run '^$$' -bench BatchScore -benchtime 3x ./cmd/scorecard
	$(GO) test -run '^$$' -bench Startup -benchtime 3x ./cmd/scorecard

fmt:
	gofmt -w .

## lint: gofmt, vet and staticcheck (fetched from the Go module proxy)
lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "run make fmt"; exit 1; }
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

clean:
	rm -rf bin
