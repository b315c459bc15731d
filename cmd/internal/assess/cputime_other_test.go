//go:build !unix

package assess

// cpuTime is not measured where getrusage does not exist (Windows): the
// benchmarks report 0 CPU time there.
func cpuTime() int64 { return 0 }
