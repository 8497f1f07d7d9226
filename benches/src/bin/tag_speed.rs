//! `tag-speed`: the Rust side of the Python speed comparison.
//!
//! Groups the bench corpus's paragraphs into articles of about 2 kB, builds
//! the generated gazetteer of `--entities` entities, writes both to
//! `--out` (`docs.jsonl`, `gazetteer.jsonl`) for `benches/python/tag_speed.py`,
//! and times `Matcher::find` over the articles on one thread (best of
//! `--runs`), written to `rust.json` there too, with the time to load and
//! compile the gazetteer and the process's resident memory after each.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin tag-speed -- --out target/tag-speed
//! benches/compare-python.sh          # this, then the Python package on the same files
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use tokoh::{Gazetteer, Matcher};
use tokoh_benches::corpus::Corpus;
use tokoh_benches::gazetteer_gen;

/// Write the articles and gazetteer of the Python speed comparison, and time Rust on them.
#[derive(Debug, Parser)]
#[command(name = "tag-speed", version)]
struct Args {
    /// Where to write docs.jsonl, gazetteer.jsonl and rust.json.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,

    /// Entities in the generated gazetteer.
    #[arg(long, default_value_t = 100_000)]
    entities: usize,

    /// Articles are paragraphs joined until they reach this many bytes.
    #[arg(long, default_value_t = 2_000)]
    article_bytes: usize,

    /// Timed passes over all articles; the best one counts.
    #[arg(long, default_value_t = 5)]
    runs: usize,
}

/// The corpus's paragraphs, joined with a blank line into articles of at
/// least `size` bytes (the last may be shorter).
fn articles(corpus: &Corpus, size: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for paragraph in corpus.paragraphs() {
        if !current.is_empty() {
            current.push_str("\n\n");
        }
        current.push_str(paragraph);
        if current.len() >= size {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The process's resident set and its peak, in kB (`VmRSS`, `VmHWM` of
/// `/proc/self/status`; zeros where there is no such file).
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn run(args: &Args) -> Result<(), String> {
    let corpus = Corpus::load(None).map_err(|e| e.to_string())?;
    let docs = articles(&corpus, args.article_bytes);
    let source = gazetteer_gen::generate(args.entities);
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let write = |name: &str, content: &str| {
        let path = args.out.join(name);
        std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut lines = String::new();
    for doc in &docs {
        lines.push_str(&serde_json::json!({ "text": doc }).to_string());
        lines.push('\n');
    }
    write("docs.jsonl", &lines)?;
    write("gazetteer.jsonl", &source)?;
    drop(lines);

    // Load and compile as a user's program would: the gazetteer's text is
    // gone once loaded; the resident set is read after each step.
    let before = memory();
    let start = Instant::now();
    let mut builder = Gazetteer::builder();
    builder
        .load_jsonl_str(&source, "generated")
        .map_err(|e| e.to_string())?;
    drop(source);
    let gazetteer = builder.build();
    let load_seconds = start.elapsed().as_secs_f64();
    let loaded = memory();
    let start = Instant::now();
    let matcher = Matcher::new(gazetteer);
    let compile_seconds = start.elapsed().as_secs_f64();
    let compiled = memory();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let mut mentions = 0;
    for _ in 0..args.runs.max(1) {
        let start = Instant::now();
        mentions = docs.iter().map(|d| matcher.find(d).len()).sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    let report = serde_json::json!({
        "tool": "tokoh (Rust, Matcher::find, one thread)",
        "articles": docs.len(),
        "bytes": bytes,
        "entities": args.entities,
        "mentions": mentions,
        "seconds": best,
        "mb_per_s": bytes as f64 / best / 1e6,
        "load_seconds": load_seconds,
        "compile_seconds": compile_seconds,
        "rss_kb": { "before_gazetteer": before.0, "after_load": loaded.0, "after_compile": compiled.0,
                    "peak_after_compile": compiled.1 },
        "corpus": corpus.to_string(),
    });
    write("rust.json", &format!("{report:#}\n"))?;
    println!(
        "rust: load {load_seconds:.2} s, compile {compile_seconds:.2} s; resident {} MB before the \
         gazetteer, {} MB after loading it, {} MB after compiling (peak {} MB)",
        before.0 / 1000,
        loaded.0 / 1000,
        compiled.0 / 1000,
        compiled.1 / 1000
    );
    println!(
        "rust: {} articles, {:.2} MB, {} mentions, {:.1} MB/s (best of {})",
        docs.len(),
        bytes as f64 / 1e6,
        mentions,
        bytes as f64 / best / 1e6,
        args.runs.max(1)
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tag-speed: error: {e}");
            ExitCode::FAILURE
        }
    }
}
