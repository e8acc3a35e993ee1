//! Live heap bytes of a module, for its stats line (`heap_kib=`).
//!
//! A Wasm module's linear memory only grows, so its resident memory shows the heap's
//! high-water mark, not what is in use. The stats line's `heap_kib` (bytes allocated and
//! not yet freed) and `heap_peak_kib` tell a leak (live bytes keep growing) from a
//! high-water mark or allocator fragmentation (live bytes flat while memory grows). A
//! module opts in with one line in its `main.rs`:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: cits_stage::heap::CountingAllocator = cits_stage::heap::CountingAllocator;
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes allocated and not yet freed.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The most [`LIVE`] has been; still 0 when the counting allocator is not this
/// program's global allocator.
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting live bytes (two relaxed atomic operations per call).
pub struct CountingAllocator;

/// Counts a fresh allocation of `bytes` at `ptr` (none when it failed); returns `ptr`.
fn counted(ptr: *mut u8, bytes: usize) -> *mut u8 {
    if !ptr.is_null() {
        grown(bytes);
    }
    ptr
}

fn grown(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` with the caller's arguments unchanged; the
// counters do not touch the memory.
unsafe impl GlobalAlloc for CountingAllocator {
    // Not inlined: the optimiser would copy the counting into every allocation site
    // of a module built with -O3 (+70 KB per module measured).
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is (the caller upholds `alloc`'s contract).
        counted(unsafe { System.alloc(layout) }, layout.size())
    }

    #[inline(never)]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        counted(unsafe { System.alloc_zeroed(layout) }, layout.size())
    }

    #[inline(never)]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    #[inline(never)]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            if new_size >= layout.size() {
                grown(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        new
    }
}

/// `(live, peak)` heap bytes, or `None` when the program does not count (its global
/// allocator is not [`CountingAllocator`]).
pub fn usage() -> Option<(usize, usize)> {
    let peak = PEAK.load(Ordering::Relaxed);
    (peak > 0).then(|| (LIVE.load(Ordering::Relaxed), peak))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_bytes_follow_allocations_reallocations_and_frees() {
        // Called directly (not as the test binary's global allocator, whose other
        // threads would move the counters): the counters are global, so compare deltas.
        let a = CountingAllocator;
        let layout = Layout::from_size_align(1000, 8).unwrap();
        let before = LIVE.load(Ordering::Relaxed);
        // SAFETY: a valid non-zero layout; the pointer is freed with the layout of its size.
        unsafe {
            let p = a.alloc(layout);
            assert!(!p.is_null());
            assert_eq!(LIVE.load(Ordering::Relaxed) - before, 1000);
            let q = a.realloc(p, layout, 4000);
            assert_eq!(LIVE.load(Ordering::Relaxed) - before, 4000);
            let q = a.realloc(q, Layout::from_size_align(4000, 8).unwrap(), 500);
            assert_eq!(LIVE.load(Ordering::Relaxed) - before, 500);
            a.dealloc(q, Layout::from_size_align(500, 8).unwrap());
        }
        assert_eq!(LIVE.load(Ordering::Relaxed), before);
        assert!(PEAK.load(Ordering::Relaxed) >= before + 4000);
        assert!(usage().is_some(), "used once, it reports");
    }
}
