//! Running one function over a batch of items on several threads, with the
//! results in the order of the items.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// The number of threads to use when the user does not say: one per CPU
/// the process may run on.
pub fn default_threads() -> NonZeroUsize {
    thread::available_parallelism().unwrap_or(NonZeroUsize::MIN)
}

/// `items.iter().map(work).collect()`, on up to `threads` threads (the
/// calling one among them). Items are handed out one at a time, so that a
/// long document does not hold up a whole share of the batch.
pub fn map<I, T, W>(items: &[I], threads: NonZeroUsize, work: W) -> Vec<T>
where
    I: Sync,
    T: Send,
    W: Fn(&I) -> T + Sync,
{
    let threads = threads.get().min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let run = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, work(item)));
        }
    };
    let mut done: Vec<(usize, T)> = thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(run)).collect();
        let mut done = run();
        for helper in helpers {
            match helper.join() {
                Ok(theirs) => done.extend(theirs),
                // A panic in `work` is a bug; let it surface as it would
                // have on the calling thread.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        for threads in [1, 2, 3, 8] {
            let threads = NonZeroUsize::new(threads).expect("not zero");
            let squares = map(&items, threads, |&i| i * i);
            assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        }
    }

    #[test]
    fn no_items() {
        let items: [u8; 0] = [];
        assert!(map(&items, default_threads(), |&b| b).is_empty());
    }
}
