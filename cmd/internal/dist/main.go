// Command dist makes scorecard's release archives and checks them.
//
//	go run ./cmd/internal/dist -version v1.2.3 -ldflags '...' -man bin/man -out bin/dist linux/amd64 windows/amd64 ...
//	go run ./cmd/internal/dist -check -version v1.2.3 -out bin/dist linux/amd64 windows/amd64 ...
//
// For each GOOS/GOARCH it builds a static binary (CGO_ENABLED=0) and packs
// it with README.md, LICENSE (when the repository has one), the licence of
// the fonts the binary carries (licences/Noto-fonts-OFL.txt) and, except
// for Windows, the man pages, into scorecard-VERSION-GOOS-GOARCH.tar.gz (.zip
// for Windows) under a folder of the same name; then it writes SHA256SUMS
// in the format of sha256sum. Archives are reproducible: entries are
// sorted and dated SOURCE_DATE_EPOCH, else the last commit's time.
//
// -check verifies what -out holds: every archive is there and listed in
// SHA256SUMS with the right sum, holds the files it should, and its binary
// is a static executable for its platform; the binary for this machine's
// platform is run with --version. 'make dist' runs both.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	check := flag.Bool("check", false, "check the archives in -out instead of making them")
	version := flag.String("version", "dev", "version of scorecard, part of each archive's name")
	ldflags := flag.String("ldflags", "", "-ldflags for go build")
	manDir := flag.String("man", "", "folder of the man pages (man1, man7) to include")
	out := flag.String("out", "bin/dist", "folder of the archives")
	flag.Parse()
	targets, err := parseTargets(flag.Args())
	if err != nil {
		fail(err)
	}
	if *check {
		if err := checkDist(*out, *version, targets, checks{License: repoHasLicense(), Run: true, Binary: checkBinary}); err != nil {
			fail(err)
		}
		fmt.Printf("%s: %d archives and SHA256SUMS checked\n", *out, len(targets))
		return
	}
	if err := makeDist(*out, *version, *ldflags, *manDir, targets); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "dist: %v\n", err)
	os.Exit(1)
}

func repoHasLicense() bool {
	_, err := os.Stat("LICENSE")
	return err == nil
}
