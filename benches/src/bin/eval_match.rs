//! `eval-match`: scores tokoh's matcher (and other matchers' spans) on NER
//! data, with a gazetteer built from the gold PER/ORG strings of a training
//! split: exact-span P/R/F1, per type, and the matcher recall.
//!
//! ```text
//! cargo run --release -p tokoh-benches --bin eval-match
//! cargo run --release -p tokoh-benches --bin eval-match -- --dump target/match-misses.txt
//! cargo run --release -p tokoh-benches --bin eval-match -- --export target/match-data
//! cargo run --release -p tokoh-benches --bin eval-match -- --spans-from flashtext.jsonl
//! ```
//!
//! See `benches/README.md` for what each number means and how the sets and
//! gazetteers are built.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use tokoh_benches::match_eval::exchange::{self, SpansFile};
use tokoh_benches::match_eval::gazetteer::{self, GazetteerOptions, Phrases};
use tokoh_benches::match_eval::misses::{classify, MissContext};
use tokoh_benches::match_eval::predict::{Predictor, TokohMatcher};
use tokoh_benches::match_eval::recase::Recase;
use tokoh_benches::match_eval::report::{self, SetView, ToolResult, MATCHER_RECALL_TARGET};
use tokoh_benches::match_eval::score::{score_doc, Score};
use tokoh_benches::match_eval::sets::{self, EvalSet, MatchSet};
use tokoh_benches::{shared, Error};

/// Score gazetteer matching (PER/ORG, exact spans) on the NER data in ../shared.
#[derive(Debug, Parser)]
#[command(name = "eval-match", version)]
struct Args {
    /// The shared data folder [default: $TOKOH_SHARED, else ../shared beside the workspace].
    #[arg(long, value_name = "DIR")]
    shared: Option<PathBuf>,

    /// Evaluate only this set (repeatable): idner-dev, nerui-heldout.
    #[arg(long = "set", value_name = "KEY", value_parser = parse_set)]
    sets: Vec<MatchSet>,

    /// Write every miss of a gazetteer string (with context, the gazetteer
    /// entry, overlapping predictions, tokoh's words) to FILE.
    #[arg(long, value_name = "FILE")]
    dump: Option<PathBuf>,

    /// Also write the numbers as JSON to FILE (for scripts).
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,

    /// Write the evaluation documents with their gold (docs.jsonl) and each
    /// set's gazetteer (gazetteer-SET.jsonl) to DIR for other matchers,
    /// and exit.
    #[arg(long, value_name = "DIR")]
    export: Option<PathBuf>,

    /// Also score the mentions in FILE, written by another matcher for the
    /// exported documents (repeatable; see benches/python/match_baselines.py).
    #[arg(long = "spans-from", value_name = "FILE")]
    spans_from: Vec<PathBuf>,

    /// Name of the tool of each --spans-from file, in order [default: the
    /// file's `tool` field].
    #[arg(long = "label", value_name = "NAME")]
    labels: Vec<String>,

    /// Build each gazetteer from the gold of the evaluated documents
    /// themselves (an oracle gazetteer): every gold mention's string is then
    /// in it, so the matcher recall covers every gold mention. A diagnostic,
    /// not a score to compare with.
    #[arg(long)]
    oracle: bool,

    /// Rewrite the evaluated documents in capitals (`upper`, as headlines
    /// are written) or in lower case (`lower`) before matching, offsets
    /// kept: names match in any case, so matcher recall should not drop
    /// (acronyms excepted). Export and score with the same value.
    #[arg(long = "case", value_name = "CASE", default_value = "as-is", value_parser = parse_case)]
    recase: Recase,

    /// Do not score tokoh (only the --spans-from files).
    #[arg(long)]
    no_tokoh: bool,

    /// Make every gazetteer string a name matched in any case, also the
    /// acronym-shaped ones (`PPP`), which are otherwise matched only as
    /// written or in capitals.
    #[arg(long)]
    no_acronyms: bool,
}

fn parse_set(key: &str) -> Result<MatchSet, String> {
    MatchSet::from_key(key).ok_or_else(|| {
        let keys: Vec<&str> = MatchSet::ALL.iter().map(|s| s.key()).collect();
        format!("unknown set `{key}`; known: {}", keys.join(", "))
    })
}

fn parse_case(key: &str) -> Result<Recase, String> {
    Recase::from_key(key).ok_or_else(|| {
        let keys: Vec<&str> = Recase::ALL.iter().map(|r| r.key()).collect();
        format!("unknown case `{key}`; known: {}", keys.join(", "))
    })
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval-match: error: {e}");
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
    let wanted: Vec<MatchSet> = if args.sets.is_empty() {
        MatchSet::ALL.to_vec()
    } else {
        MatchSet::ALL
            .into_iter()
            .filter(|s| args.sets.contains(s))
            .collect()
    };
    let (mut loaded, skipped) = sets::load(&dir, &wanted)?;
    for message in &skipped {
        eprintln!("{message}");
    }
    if loaded.is_empty() {
        println!("skipping: no evaluation data found in {}", dir.display());
        return Ok(());
    }
    let options = GazetteerOptions {
        acronyms: !args.no_acronyms,
    };
    if args.oracle {
        for set in &mut loaded {
            set.train = set.eval.clone();
            set.notes.push(
                "--oracle: the gazetteer is built from the evaluated documents' own gold \
                 (a diagnostic of matcher recall, not a comparable score)"
                    .into(),
            );
        }
    }
    let phrases: Vec<Phrases> = loaded.iter().map(|s| Phrases::collect(&s.train)).collect();
    if args.recase != Recase::AsIs {
        for set in &mut loaded {
            for doc in &mut set.eval {
                doc.text = args.recase.apply(&doc.text);
            }
            set.notes.push(format!(
                "--case {}: the evaluated documents are rewritten {} before matching \
                 (the gazetteer strings stay as the training gold writes them)",
                args.recase.key(),
                if args.recase == Recase::Upper {
                    "in capitals"
                } else {
                    "in lower case"
                }
            ));
        }
    }
    for (set, phrases) in loaded.iter_mut().zip(&phrases) {
        check_stand_in_names(set, phrases, options);
    }

    if let Some(out) = &args.export {
        let pairs: Vec<(&EvalSet, &Phrases)> = loaded.iter().zip(&phrases).collect();
        let n = exchange::export(out, &pairs, options)?;
        eprintln!(
            "wrote {n} documents and {} gazetteers to {}",
            pairs.len(),
            out.display()
        );
        return Ok(());
    }

    let files = args
        .spans_from
        .iter()
        .enumerate()
        .map(|(i, path)| SpansFile::load(path, args.labels.get(i).map(String::as_str)))
        .collect::<Result<Vec<_>, _>>()?;

    let tokenizer = tokoh::Tokenizer::new();
    let mut results = Vec::new();
    for (i, (set, phrases)) in loaded.iter().zip(&phrases).enumerate() {
        if !args.no_tokoh {
            let gazetteer = gazetteer::build(phrases, options, &set.origin)?;
            let tool = TokohMatcher::new(gazetteer);
            let ctx = MissContext {
                phrases,
                tokenizer: Some(&tokenizer),
                acronyms: options.acronyms,
            };
            results.push(evaluate(i, set, &tool, &ctx, true)?);
        }
        for file in &files {
            let ctx = MissContext {
                phrases,
                tokenizer: None,
                acronyms: false,
            };
            results.push(evaluate(i, set, &file.for_set(set.set), &ctx, false)?);
        }
    }

    let views: Vec<SetView<'_>> = loaded
        .iter()
        .zip(&phrases)
        .map(|(set, phrases)| SetView { set, phrases })
        .collect();
    print!("{}", report::markdown(&views, &results));

    for r in &results {
        let s = &r.score;
        if s.in_gazetteer > 0 && s.matcher_recall() < MATCHER_RECALL_TARGET {
            eprintln!(
                "{} on {}: matcher recall {:.2}% is below {:.0}%{}",
                r.tool,
                views[r.set].set.set.key(),
                100.0 * s.matcher_recall(),
                100.0 * MATCHER_RECALL_TARGET,
                if args.dump.is_some() {
                    "; the misses are in the dump"
                } else {
                    "; --dump FILE lists the misses"
                }
            );
        }
    }

    if let Some(path) = &args.json {
        let json = report::summary_json(&views, &results);
        let text = serde_json::to_string_pretty(&json).map_err(|e| write_error(path, e.into()))?;
        std::fs::write(path, text + "\n").map_err(|e| write_error(path, e))?;
    }
    if let Some(path) = &args.dump {
        let mut out = BufWriter::new(File::create(path).map_err(|e| write_error(path, e))?);
        report::write_dump(&mut out, &views, &results, &tokenizer)
            .and_then(|()| out.flush())
            .map_err(|e| write_error(path, e))?;
        eprintln!("wrote every miss to {}", path.display());
    }
    Ok(())
}

fn write_error(path: &Path, source: std::io::Error) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source,
    }
}

/// Scores `tool` on the evaluation documents of `set` (the `index`-th set)
/// and classifies its misses.
fn evaluate(
    index: usize,
    set: &EvalSet,
    tool: &dyn Predictor,
    ctx: &MissContext<'_>,
    is_tokoh: bool,
) -> Result<ToolResult, Error> {
    let mut score = Score::default();
    let mut misses = Vec::new();
    for (d, doc) in set.eval.iter().enumerate() {
        let predicted = tool.predict(doc)?;
        let (doc_score, missed) = score_doc(&doc.gold, &predicted, |m| {
            ctx.phrases.contains(doc.slice(m.span))
        });
        score.add(&doc_score);
        misses.extend(
            missed
                .into_iter()
                .map(|g| classify(d, doc, doc.gold[g], &predicted, ctx)),
        );
    }
    Ok(ToolResult {
        tool: tool.label().to_owned(),
        is_tokoh,
        set: index,
        score,
        misses,
    })
}

/// tokoh's entity for an acronym gets a stand-in name (`PPP (akronim)`) that
/// must never occur in the evaluated text; says so in the set's notes, and
/// warns if it does.
fn check_stand_in_names(set: &mut EvalSet, phrases: &Phrases, options: GazetteerOptions) {
    if !options.acronyms {
        set.notes
            .push("--no-acronyms: every gazetteer string is a name matched in any case".into());
        return;
    }
    let suffix = gazetteer::key(gazetteer::ACRONYM_NAME_SUFFIX);
    let hits = set
        .eval
        .iter()
        .filter(|doc| gazetteer::key(&doc.text).contains(&suffix))
        .count();
    let acronyms = phrases.as_slice().iter().filter(|p| p.acronym).count();
    if hits > 0 {
        eprintln!(
            "warning: {hits} documents of {} contain `{}`: tokoh may match an acronym's \
             stand-in name",
            set.set.key(),
            gazetteer::ACRONYM_NAME_SUFFIX.trim()
        );
    }
    set.notes.push(format!(
        "{acronyms} acronym entities have the stand-in name `<ACRONYM>{}`, found in {hits} \
         evaluated documents",
        gazetteer::ACRONYM_NAME_SUFFIX
    ));
}
