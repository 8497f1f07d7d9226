//! A progress line on stderr for long runs: documents done, megabytes
//! read, megabytes per second.
//!
//! It is shown only when stderr is a terminal and stdout is not (output on
//! the same terminal would be garbled by it), and only once the run has
//! taken more than [`DELAY`]; it is redrawn at most every [`INTERVAL`] and
//! cleared at the end. Messages on stderr clear it first (see
//! [`take_shown`]).

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// How long a run goes before its progress is shown.
const DELAY: Duration = Duration::from_secs(2);

/// The shortest time between two updates.
const INTERVAL: Duration = Duration::from_millis(200);

/// Goes back to the start of the line and erases it.
pub const CLEAR_LINE: &[u8] = b"\r\x1b[K";

/// Whether a progress line is on the terminal now.
static SHOWN: AtomicBool = AtomicBool::new(false);

/// Whether a progress line was on the terminal; it is not any more as far
/// as the caller is concerned, who clears it.
pub fn take_shown() -> bool {
    SHOWN.swap(false, Ordering::Relaxed)
}

/// Counts documents and bytes and shows them now and then.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    started: Instant,
    last: Option<Instant>,
    documents: u64,
    bytes: u64,
}

impl Progress {
    /// Starts counting; shows nothing unless stderr is a terminal and
    /// stdout is not.
    pub fn new() -> Progress {
        Progress {
            enabled: io::stderr().is_terminal() && !io::stdout().is_terminal(),
            started: Instant::now(),
            last: None,
            documents: 0,
            bytes: 0,
        }
    }

    /// Counts one more document of `bytes` bytes.
    pub fn document_done(&mut self, bytes: usize) {
        self.documents += 1;
        self.bytes += bytes as u64;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        let elapsed = now.duration_since(self.started);
        if elapsed < DELAY
            || self
                .last
                .is_some_and(|last| now.duration_since(last) < INTERVAL)
        {
            return;
        }
        self.last = Some(now);
        let line = line(self.documents, self.bytes, elapsed);
        let mut stderr = io::stderr().lock();
        let _ = stderr.write_all(CLEAR_LINE);
        let _ = stderr.write_all(line.as_bytes());
        let _ = stderr.flush();
        SHOWN.store(true, Ordering::Relaxed);
    }

    /// Clears the progress line, if there is one.
    pub fn finish(&mut self) {
        if take_shown() {
            let mut stderr = io::stderr().lock();
            let _ = stderr.write_all(CLEAR_LINE);
            let _ = stderr.flush();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// `tokoh: 1200 documents, 35.2 MB, 11.7 MB/s`
fn line(documents: u64, bytes: u64, elapsed: Duration) -> String {
    let mb = bytes as f64 / 1e6;
    let rate = mb / elapsed.as_secs_f64().max(1e-3);
    let noun = if documents == 1 {
        "document"
    } else {
        "documents"
    };
    format!("tokoh: {documents} {noun}, {mb:.1} MB, {rate:.1} MB/s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_line() {
        assert_eq!(
            line(1200, 35_200_000, Duration::from_secs(2)),
            "tokoh: 1200 documents, 35.2 MB, 17.6 MB/s"
        );
        assert_eq!(
            line(1, 0, Duration::ZERO),
            "tokoh: 1 document, 0.0 MB, 0.0 MB/s"
        );
    }
}
