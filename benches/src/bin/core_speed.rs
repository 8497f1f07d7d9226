//! `core-speed`: the Rust core alone, measured the way the comparison
//! measures every tool, so that its figures sit beside theirs.
//!
//! Loads and compiles a gazetteer file, then makes one pass of
//! `Matcher::find` over the documents of a JSON Lines file (`"text"` of each
//! line) on `--threads` threads, each thread taking the next document when
//! done, and writes the figures as the comparison's `measure` does (MB/s,
//! build time, resident growth). Run in a fresh process per measurement,
//! it shows what the machine gives a second thread when no Python is
//! involved: the ceiling for `tag_batch`.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin core-speed -- \
//!     --gazetteer target/compare/workload/gazetteer-100000.jsonl \
//!     --docs target/compare/workload/synthetic.jsonl --threads 2 --out core2.json
//! ```

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use clap::Parser;
use tokoh::{Gazetteer, Matcher};

/// Time the Rust core on a gazetteer file and a JSON Lines file of documents.
#[derive(Debug, Parser)]
#[command(name = "core-speed", version)]
struct Args {
    /// The gazetteer (JSON Lines).
    #[arg(long, value_name = "FILE")]
    gazetteer: PathBuf,

    /// The documents: JSON Lines with a "text" field.
    #[arg(long, value_name = "FILE")]
    docs: PathBuf,

    /// Threads to tag on.
    #[arg(long, default_value = "1")]
    threads: NonZeroUsize,

    /// Where to write the figures (JSON).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

/// The process's resident set in kB (`VmRSS`; 0 where there is no such
/// file).
fn resident_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The `"text"` of every line of `path`.
fn read_docs(path: &Path) -> Result<Vec<String>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    content
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let value: serde_json::Value = serde_json::from_str(line)
                .map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))?;
            value["text"]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("{}:{}: no \"text\" string", path.display(), i + 1))
        })
        .collect()
}

/// The mentions found in `docs`, on `threads` threads.
fn find_all(matcher: &Matcher, docs: &[String], threads: usize) -> usize {
    let next = AtomicUsize::new(0);
    let work = || {
        let mut mentions = 0;
        while let Some(doc) = docs.get(next.fetch_add(1, Ordering::Relaxed)) {
            mentions += matcher.find(doc).len();
        }
        mentions
    };
    std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mine = work();
        mine + others
            .into_iter()
            .map(|other| other.join().unwrap_or(0))
            .sum::<usize>()
    })
}

fn run(args: &Args) -> Result<(), String> {
    let docs = read_docs(&args.docs)?;
    let bytes: usize = docs.iter().map(String::len).sum();
    let before = resident_kb();
    let start = Instant::now();
    let mut builder = Gazetteer::builder();
    builder
        .load_jsonl_file(&args.gazetteer)
        .map_err(|e| e.to_string())?;
    let matcher = Matcher::new(builder.build());
    let build_seconds = start.elapsed().as_secs_f64();
    let after = resident_kb();
    let threads = args.threads.get();
    let start = Instant::now();
    let mentions = find_all(&matcher, &docs, threads);
    let seconds = start.elapsed().as_secs_f64();
    let report = serde_json::json!({
        "tool": format!("core{threads}"),
        "gazetteer": args.gazetteer.display().to_string(),
        "docs": args.docs.display().to_string(),
        "documents": docs.len(),
        "threads": threads,
        "bytes": bytes,
        "mentions": mentions,
        "seconds": seconds,
        "mb_per_s": bytes as f64 / seconds / 1e6,
        "build_seconds": build_seconds,
        "rss_growth_kb": after.saturating_sub(before),
    });
    std::fs::write(&args.out, format!("{report:#}\n"))
        .map_err(|e| format!("{}: {e}", args.out.display()))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("core-speed: error: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_thread_count_finds_every_mention_once() {
        let matcher = Matcher::new(Gazetteer::builtin().clone());
        let docs: Vec<String> = (0..40)
            .map(|i| "Ketua KPK bertemu Presiden Joko Widodo di Jakarta. ".repeat(i % 7))
            .collect();
        let expected: usize = docs.iter().map(|d| matcher.find(d).len()).sum();
        assert!(expected > 0);
        for threads in [1, 2, 3, 64] {
            assert_eq!(
                find_all(&matcher, &docs, threads),
                expected,
                "{threads} threads"
            );
        }
        assert_eq!(find_all(&matcher, &[], 2), 0);
    }

    #[test]
    fn documents_are_the_text_of_each_line() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("core-speed-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("docs.jsonl");
        std::fs::write(
            &path,
            "{\"text\": \"a\"}\n\n{\"id\": 2, \"text\": \"b c\"}\n",
        )?;
        assert_eq!(read_docs(&path)?, ["a", "b c"]);
        std::fs::write(&path, "{\"text\": \"a\"}\n{\"id\": 2}\n")?;
        let error = read_docs(&path).err().unwrap_or_default();
        assert!(error.ends_with(":2: no \"text\" string"), "{error}");
        std::fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
