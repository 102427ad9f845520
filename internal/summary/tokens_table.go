package summary

// termTable maps word hashes to term ids: an open-addressing table with
// linear probing, faster than a map[uint64]int32 for the per-word lookup of
// the key-sentence index.
type termTable struct {
	keys  []uint64
	ids   []int32 // term id + 1; 0 marks an empty slot
	n     int
	shift uint
}

// newTermTable returns a table sized for about hint terms.
func newTermTable(hint int) *termTable {
	t := &termTable{}
	t.reset(hint)
	return t
}

// reset empties t and sizes it for about hint terms, reusing its arrays
// when they are large enough.
func (t *termTable) reset(hint int) {
	size, shift := 64, uint(58)
	for size < 2*hint {
		size <<= 1
		shift--
	}
	t.keys = resize(t.keys, size)
	t.ids = resize(t.ids, size)
	t.n, t.shift = 0, shift
}

// resize returns s with length n, all zero, reusing its array when it is
// large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// reserve returns s emptied, with room for n elements.
func reserve[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// slot returns the home slot of h.
func (t *termTable) slot(h uint64) uint64 {
	return (h ^ h>>29) * 0x9E3779B97F4A7C15 >> t.shift
}

// get returns the id of h and whether h is in the table.
func (t *termTable) get(h uint64) (int32, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		id := t.ids[i]
		if id == 0 {
			return 0, false
		}
		if t.keys[i] == h {
			return id - 1, true
		}
	}
}

// getOrAdd returns the id of h and true when h is in the table; otherwise
// it stores h → id and returns id and false. It is get followed, on a
// miss, by put, in one probe sequence: the empty slot that ends get's
// probe is the one put would fill (put grows first, which moves no id).
func (t *termTable) getOrAdd(h uint64, id int32) (int32, bool) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		v := t.ids[i]
		if v == 0 {
			t.keys[i], t.ids[i] = h, id+1
			t.n++
			return id, false
		}
		if t.keys[i] == h {
			return v - 1, true
		}
	}
}

// put stores h → id; h must not be in the table yet.
func (t *termTable) put(h uint64, id int32) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	i := t.slot(h)
	for t.ids[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.ids[i] = h, id+1
	t.n++
}

// grow doubles the table and reinserts every entry.
func (t *termTable) grow() {
	keys, ids := t.keys, t.ids
	t.keys = make([]uint64, 2*len(keys))
	t.ids = make([]int32, 2*len(ids))
	t.shift--
	t.n = 0
	for i, id := range ids {
		if id != 0 {
			t.put(keys[i], id-1)
		}
	}
}
