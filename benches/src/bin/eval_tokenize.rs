//! `eval-tokenize`: scores tokoh's tokenizer (or another tokenizer's spans)
//! against the gold tokenisations in `../shared`.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin eval-tokenize
//! cargo run --release -p tokoh-benches --bin eval-tokenize -- --dump target/eval-dump.txt
//! ```
//!
//! See `benches/README.md` for what each number means and how the gold of
//! each set is built.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use tokoh::Tokenizer;
use tokoh_benches::eval::report::{self, ReportOptions};
use tokoh_benches::eval::spans_file::{self, External};
use tokoh_benches::eval::{evaluate, evaluate_spec, Segmenter, Tokoh};
use tokoh_benches::gold::{self, conventions, LoadOptions, SetId};
use tokoh_benches::{shared, Error};

/// Score token boundaries against the gold tokenisations in ../shared.
#[derive(Debug, Parser)]
#[command(name = "eval-tokenize", version)]
struct Args {
    /// The shared data folder [default: $TOKOH_SHARED, else ../shared beside the workspace].
    #[arg(long, value_name = "DIR")]
    shared: Option<PathBuf>,

    /// Evaluate only this set (repeatable): ud-gsd-dev, ud-csui-train,
    /// nerugm-idner, nerugm-entities, nerui-entities.
    #[arg(long = "set", value_name = "KEY", value_parser = parse_set)]
    sets: Vec<SetId>,

    /// Write every disagreement (sentence, gold tokens vs ours) to FILE.
    #[arg(long, value_name = "FILE")]
    dump: Option<PathBuf>,

    /// Score the token spans in FILE (JSON Lines from another tokenizer, see
    /// --export-texts) instead of tokoh's.
    #[arg(long, value_name = "FILE")]
    spans_from: Option<PathBuf>,

    /// Name of the tokenizer in the report [default: tokoh, or "external"
    /// with --spans-from].
    #[arg(long, value_name = "NAME")]
    label: Option<String>,

    /// Write the sentences of the sets to FILE as JSON Lines ({"set", "id",
    /// "text"}) for another tokenizer, and exit.
    #[arg(long, value_name = "FILE")]
    export_texts: Option<PathBuf>,

    /// Keep idner-news-2k's gold tokens as they are, without splitting the
    /// brackets and commas it leaves glued to words.
    #[arg(long)]
    no_normalize_idner: bool,

    /// Also write the numbers as JSON to FILE (for scripts).
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,

    /// Examples shown per disagreement class.
    #[arg(long, value_name = "N", default_value_t = 3)]
    examples: usize,

    /// Disagreement classes shown per set, most frequent first.
    #[arg(long, value_name = "N", default_value_t = 8)]
    classes: usize,
}

fn parse_set(key: &str) -> Result<SetId, String> {
    SetId::from_key(key).ok_or_else(|| {
        let keys: Vec<&str> = SetId::ALL.iter().map(|s| s.key()).collect();
        format!("unknown set `{key}`; known: {}", keys.join(", "))
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-tokenize: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<(), Error> {
    let Some(dir) = shared::find(args.shared.as_deref()) else {
        println!(
            "skipping: ../shared not found (looked in {}); pass --shared DIR or set {}",
            shared::candidate(args.shared.as_deref()).display(),
            shared::ENV_VAR
        );
        return Ok(());
    };
    let wanted: Vec<SetId> = if args.sets.is_empty() {
        SetId::ALL.to_vec()
    } else {
        SetId::ALL
            .into_iter()
            .filter(|s| args.sets.contains(s))
            .collect()
    };
    let options = LoadOptions {
        normalize_idner: !args.no_normalize_idner,
    };
    let (sets, skipped) = gold::load(&dir, &wanted, options)?;
    for message in &skipped {
        eprintln!("{message}");
    }
    if sets.is_empty() {
        println!("skipping: no evaluation data found in {}", dir.display());
        return Ok(());
    }

    if let Some(path) = &args.export_texts {
        let n = spans_file::write_texts(path, &sets)?;
        eprintln!("wrote {n} sentences to {}", path.display());
        return Ok(());
    }

    let segmenter: Box<dyn Segmenter> = match &args.spans_from {
        Some(path) => {
            let label = args.label.as_deref().unwrap_or("external");
            Box::new(External::load(path, label)?)
        }
        None => Box::new(Tokoh::default()),
    };
    let label = args.label.as_deref().unwrap_or(segmenter.label());

    let results = sets
        .iter()
        .map(|set| evaluate(set, segmenter.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;
    // The UD sets again, against their gold with the spec's abbreviation
    // convention applied: a second score, reported after the raw one.
    let tokenizer = Tokenizer::new();
    let spec_gold: Vec<_> = sets
        .iter()
        .filter_map(|set| conventions::spec_abbreviations(set, &tokenizer))
        .collect();
    let spec = spec_gold
        .iter()
        .map(|gold| evaluate_spec(gold, segmenter.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;

    let report_options = ReportOptions {
        classes: args.classes,
        examples: args.examples,
    };
    print!(
        "{}",
        report::markdown(label, &results, &spec, report_options)
    );

    if let Some(path) = &args.json {
        let err = |e| Error::Write {
            path: path.clone(),
            source: e,
        };
        let json = report::summary_json(label, &results, &spec);
        let text = serde_json::to_string_pretty(&json).map_err(|e| err(e.into()))?;
        std::fs::write(path, text + "\n").map_err(err)?;
    }

    if let Some(path) = &args.dump {
        let err = |e| Error::Write {
            path: path.clone(),
            source: e,
        };
        let mut out = BufWriter::new(File::create(path).map_err(err)?);
        report::write_dump(&mut out, label, &results).map_err(err)?;
        out.flush().map_err(err)?;
        eprintln!("wrote every disagreement to {}", path.display());
    }
    Ok(())
}
