package textsearch

import "sync"

// Stemming is most of the cost of analysis (the notes measured 23 MB/s
// without a cache, 114 MB/s with one), and agreement text repeats a small
// vocabulary, so terms are cached per language. The cache is sharded so
// that goroutines indexing in parallel rarely wait on the same lock, and
// bounded: a shard that fills up is emptied, which costs a few misses and
// keeps memory flat whatever the input (OCR noise makes endless "words").
const (
	cacheShards   = 64
	cacheShardMax = 4096 // entries per shard: 262,144 per language at most
)

type stemCache struct {
	shards [cacheShards]cacheShard
}

type cacheShard struct {
	mu sync.RWMutex
	m  map[string]string
}

// caches holds one cache per language (index from langIndex).
var caches [2]stemCache

// shardOf hashes key (FNV-1a) to a shard.
func shardOf(key []byte) int {
	h := uint32(2166136261)
	for _, c := range key {
		h ^= uint32(c)
		h *= 16777619
	}
	return int(h % cacheShards)
}

// termOf returns the term of a lower-cased word, from the cache when it
// is there. key is not retained.
func termOf(key []byte, li int) string {
	sh := &caches[li].shards[shardOf(key)]
	sh.mu.RLock()
	t, ok := sh.m[string(key)] // no allocation: the compiler optimizes this lookup
	sh.mu.RUnlock()
	if ok {
		return t
	}
	w := string(key)
	t = stemLower(w, li)
	sh.mu.Lock()
	if sh.m == nil || len(sh.m) >= cacheShardMax {
		sh.m = make(map[string]string, cacheShardMax/4)
	}
	sh.m[w] = t
	sh.mu.Unlock()
	return t
}

// resetCaches empties every cache, for benchmarks of the cold path.
func resetCaches() {
	for li := range caches {
		for i := range caches[li].shards {
			sh := &caches[li].shards[i]
			sh.mu.Lock()
			sh.m = nil
			sh.mu.Unlock()
		}
	}
}
