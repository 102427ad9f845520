//go:build unix

package summary

import "syscall"

// cpuTime returns the user and system CPU time of the process in
// nanoseconds: benchmarks report it next to wall time, which a busy machine
// disturbs more.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
