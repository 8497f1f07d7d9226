//! `dump-corpus`: writes the benchmark text (the same text the criterion
//! bench tokenizes) to a file, for timing other tokenizers on it.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin dump-corpus -- target/bench-corpus.txt
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use tokoh_benches::corpus::Corpus;

/// Write the benchmark corpus (paragraphs separated by a blank line) to a file.
#[derive(Debug, Parser)]
#[command(name = "dump-corpus", version)]
struct Args {
    /// The shared data folder [default: $TOKOH_SHARED, else ../shared beside the workspace].
    /// When absent, the synthetic corpus is written.
    #[arg(long, value_name = "DIR")]
    shared: Option<PathBuf>,

    /// Write the synthetic corpus even if the real one is available.
    #[arg(long)]
    synthetic: bool,

    /// The output file (`-` for standard output).
    output: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let corpus = if args.synthetic {
        Ok(Corpus::synthetic("--synthetic".to_owned()))
    } else {
        Corpus::load(args.shared.as_deref())
    };
    let corpus = match corpus {
        Ok(corpus) => corpus,
        Err(e) => {
            eprintln!("dump-corpus: error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = if args.output.as_os_str() == "-" {
        use std::io::Write;
        std::io::stdout().write_all(corpus.text.as_bytes())
    } else {
        std::fs::write(&args.output, &corpus.text)
    };
    if let Err(e) = written {
        eprintln!("dump-corpus: cannot write {}: {e}", args.output.display());
        return ExitCode::FAILURE;
    }
    eprintln!("corpus: {corpus}");
    ExitCode::SUCCESS
}
