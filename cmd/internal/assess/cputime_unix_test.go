//go:build unix

package assess

import "syscall"

// cpuTime is the CPU time the process has used (user and system, all
// threads, the garbage collector's too), in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
