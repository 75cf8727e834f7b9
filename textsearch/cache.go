package textsearch

import (
	"sync"
	"sync/atomic"
)

// Stemming is most of the cost of analysis (the notes measured 23 MB/s
// without a cache, 114 MB/s with one), and agreement text repeats a small
// vocabulary, so terms are cached per language.
//
// The cache is read on every word by every goroutine that indexes, so
// reads take no lock: each shard publishes an immutable map through an
// atomic pointer (a read-write mutex, even sharded, made two cores slower
// than one: every read writes the lock's cache line). New terms go to a
// small mutex-guarded map first and are merged into a new published map
// once they amount to a quarter of it, so the copying costs O(1) per term
// on average. A shard that would grow past cacheShardMax starts afresh,
// which costs a few misses and keeps memory flat whatever the input (OCR
// noise makes endless "words").
const (
	cacheShards   = 64
	cacheShardMax = 4096 // terms per shard: 262,144 per language at most
)

type stemCache struct {
	shards [cacheShards]cacheShard
}

type cacheShard struct {
	read atomic.Pointer[map[string]string]

	mu    sync.Mutex
	dirty map[string]string // terms not yet in read
	slow  int               // lookups that missed read since it was published

	_ [96]byte // one shard per cache line pair: no false sharing
}

// caches holds one cache per language (index from langIndex).
var caches [2]stemCache

// shardOf picks the shard of a key from its length and a few of its
// bytes: the map hashes the key again, so this only needs to spread keys,
// cheaply (a full hash here cost 6% of Analyze).
func shardOf(key []byte) int {
	n := len(key)
	if n == 0 {
		return 0
	}
	h := uint(n)*131 + uint(key[0])*31 + uint(key[n-1])*7 + uint(key[n/2])
	return int(h % cacheShards)
}

// termOf returns the term of a lower-cased word, from the cache when it
// is there. key is not retained.
func termOf(key []byte, li int) string {
	sh := &caches[li].shards[shardOf(key)]
	if m := sh.read.Load(); m != nil {
		if t, ok := (*m)[string(key)]; ok { // no allocation for this lookup
			return t
		}
	}
	sh.mu.Lock()
	defer sh.mu.Unlock()
	t, ok := sh.dirty[string(key)]
	if !ok {
		w := string(key)
		t = stemLower(w, li)
		if sh.dirty == nil {
			sh.dirty = make(map[string]string)
		}
		sh.dirty[w] = t
	}
	sh.slow++
	sh.promote()
	return t
}

// promote publishes the dirty terms once enough lookups have missed the
// published map. Called with sh.mu held.
func (sh *cacheShard) promote() {
	var n int
	old := sh.read.Load()
	if old != nil {
		n = len(*old)
	}
	if sh.slow < 8+n/4 {
		return
	}
	var m map[string]string
	if n+len(sh.dirty) > cacheShardMax {
		m = sh.dirty // start afresh: the bound on memory
	} else {
		m = make(map[string]string, n+len(sh.dirty))
		if old != nil {
			for k, v := range *old {
				m[k] = v
			}
		}
		for k, v := range sh.dirty {
			m[k] = v
		}
	}
	sh.read.Store(&m)
	sh.dirty = nil
	sh.slow = 0
}

// cacheLen returns how many terms the cache of language li holds.
func cacheLen(li int) int {
	n := 0
	for i := range caches[li].shards {
		sh := &caches[li].shards[i]
		sh.mu.Lock()
		if m := sh.read.Load(); m != nil {
			n += len(*m)
		}
		n += len(sh.dirty)
		sh.mu.Unlock()
	}
	return n
}

// resetCaches empties every cache, for benchmarks of the cold path.
func resetCaches() {
	for li := range caches {
		for i := range caches[li].shards {
			sh := &caches[li].shards[i]
			sh.mu.Lock()
			sh.read.Store(nil)
			sh.dirty = nil
			sh.slow = 0
			sh.mu.Unlock()
		}
	}
}
