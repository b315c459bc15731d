package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/inclusion-tools/scorecard/checklist"
	"go.yaml.in/yaml/v3"
)

// BenchmarkBatchScore measures SPEC §7's batch budget in one run: scoring
// N complete answer files with the real binary (all cores, JSON output)
// against merely decoding the same files with the same YAML library on
// all cores. It reports both times, their ratio (budget: 1.5) and the
// binary's peak memory for N/10 and N files (budget: under 100 MB, and
// flat). Run it with: make bench.
func BenchmarkBatchScore(b *testing.B) {
	const n = 10000
	root := b.TempDir()
	small := filepath.Join(root, "small")
	large := filepath.Join(root, "large")
	generateAnswerFiles(b, small, n/10)
	files := generateAnswerFiles(b, large, n)
	bin := scorecardBinary(b)

	var decode, score time.Duration
	var rssSmall, rssLarge int64
	b.ResetTimer()
	for b.Loop() {
		start := time.Now()
		decodeAll(b, files)
		decode += time.Since(start)

		start = time.Now()
		rssLarge = max(rssLarge, runScore(b, bin, large))
		score += time.Since(start)

		rssSmall = max(rssSmall, runScore(b, bin, small))
	}
	b.StopTimer()
	iters := float64(b.N)
	b.ReportMetric(decode.Seconds()/iters*1000, "decode-ms")
	b.ReportMetric(score.Seconds()/iters*1000, "score-ms")
	b.ReportMetric(score.Seconds()/decode.Seconds(), "score/decode")
	b.ReportMetric(float64(rssSmall)/1024, "peak-MB-1k-files")
	b.ReportMetric(float64(rssLarge)/1024, "peak-MB-10k-files")
}

// decodeAll reads and decodes every file into a yaml.Node with one worker
// per core: the least any scorer must do.
func decodeAll(b *testing.B, files []string) {
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range jobs {
				data, err := os.ReadFile(path)
				if err != nil {
					b.Error(err)
					continue
				}
				var n yaml.Node
				if err := yaml.Unmarshal(data, &n); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
}

// runScore runs the binary on a directory and returns its peak resident
// memory in KiB.
func runScore(b *testing.B, bin, dir string) int64 {
	cmd := exec.Command(bin, "score", "--format", "json", dir)
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	cmd.Stdout = devnull
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		b.Fatalf("scorecard score: %v\n%s", err, stderr.String())
	}
	return maxRSS(cmd.ProcessState)
}

// generateAnswerFiles writes n complete answer files with random answers
// and a few notes, like those a workshop would produce.
func generateAnswerFiles(b *testing.B, dir string, n int) []string {
	fw, err := checklist.LoadBuiltin(checklist.DefaultFramework)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	values := []string{"yes", "yes", "partly", "no", "na"}
	types := []string{"local-authority", "civil-society", "refugee-led", "education"}
	files := make([]string, n)
	var sb strings.Builder
	for i := range n {
		sb.Reset()
		orgType := types[i%len(types)]
		fmt.Fprintf(&sb, "scorecard: 1\nframework: %s\npractice:\n  name: \"Practice %d\"\n  organisation: \"Organisation %d\"\n  organisation_type: %s\n  country: BG\n  assessed_on: 2026-11-20\n  assessors: [Ana, Boris]\n  refugees_involved: true\n", fw.ID, i, i%97, orgType)
		for _, s := range checklist.Sections {
			fmt.Fprintf(&sb, "%s:\n", s)
			for _, it := range fw.ItemsIn(s) {
				if !it.AppliesToType(orgType) {
					continue
				}
				v := values[rng.IntN(len(values))]
				if rng.IntN(10) == 0 {
					fmt.Fprintf(&sb, "  %s: {answer: %s, note: \"checked with the team in March\"}\n", it.ID, v)
				} else {
					fmt.Fprintf(&sb, "  %s: %s\n", it.ID, v)
				}
			}
		}
		sb.WriteString("notes:\n  KA1: \"We rely on the annual city survey.\"\n  D3: \"No results framework yet.\"\n")
		files[i] = filepath.Join(dir, fmt.Sprintf("practice-%05d.yaml", i))
		if err := os.WriteFile(files[i], []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return files
}

// BenchmarkStartup measures SPEC §7's start-up budget: `scorecard
// --version` against a bare cobra program answering --version, both built
// the way make build builds (static, stripped), run alternately so that
// both see the same machine. Budget: 1.5.
func BenchmarkStartup(b *testing.B) {
	dir := b.TempDir()
	build := func(name, pkg string) string {
		out := filepath.Join(dir, name)
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("go build %s: %v\n%s", pkg, err, msg)
		}
		return out
	}
	sc := build("scorecard", ".")
	bare := build("bare", "./testdata/barecobra")
	run := func(bin string) time.Duration {
		start := time.Now()
		if err := exec.Command(bin, "--version").Run(); err != nil {
			b.Fatal(err)
		}
		return time.Since(start)
	}
	for range 20 { // warm up the page cache
		run(sc)
		run(bare)
	}
	var tsc, tbare time.Duration
	const runs = 200
	b.ResetTimer()
	for b.Loop() {
		for range runs {
			tsc += run(sc)
			tbare += run(bare)
		}
	}
	n := float64(b.N * runs)
	b.ReportMetric(tsc.Seconds()*1000/n, "scorecard-ms")
	b.ReportMetric(tbare.Seconds()*1000/n, "bare-cobra-ms")
	b.ReportMetric(float64(tsc)/float64(tbare), "ratio")
}
