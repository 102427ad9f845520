//go:build !unix

package summary

// cpuTime returns 0 where the process's CPU time is not available.
func cpuTime() int64 { return 0 }
