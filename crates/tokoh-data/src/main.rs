//! `tokoh-data`: builds and checks the generated files of the built-in
//! gazetteer.
//!
//! ```text
//! tokoh-data build     write the generated files into crates/tokoh/data/gazetteer/
//! tokoh-data check     exit 1 if a committed generated file differs from a fresh build
//! tokoh-data report    list the Factbook entries left out, with the reason
//! tokoh-data audit     write AMBIGUOUS.tsv, the ambiguous forms and their handling
//! ```

use std::process::ExitCode;

use tokoh_data::{
    audit, curated::Curated, leaders, lexicon::Lexicon, Error, Layout, GENERATED_FILES,
};

const USAGE: &str = "usage: tokoh-data <build|check|report|audit>

  build    write the generated files of the built-in gazetteer
  check    exit 1 if a committed generated file differs from a fresh build
  report   list the Factbook entries left out of world-leaders.jsonl, with the reason
  audit    write AMBIGUOUS.tsv (forms two entities share or that are ordinary words, and how
           each is matched); exit 1 if an alias matched in any case has no recorded reason";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [command] = &args[..] else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let layout = Layout::repository();
    let result = match command.as_str() {
        "build" => build(&layout),
        "check" => check(&layout),
        "report" => report(&layout),
        "audit" => run_audit(&layout),
        "-h" | "--help" => {
            println!("{USAGE}");
            Ok(true)
        }
        other => {
            eprintln!("tokoh-data: error: unknown command {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("tokoh-data: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build(layout: &Layout) -> Result<bool, Error> {
    let built = tokoh_data::build(layout)?;
    tokoh_data::write(layout, &built)?;
    for generated in &built {
        println!(
            "wrote {} ({} entities)",
            layout.gazetteer.join(generated.file_name).display(),
            generated.entities
        );
    }
    Ok(true)
}

fn check(layout: &Layout) -> Result<bool, Error> {
    let built = tokoh_data::build(layout)?;
    let stale = tokoh_data::check(layout, &built)?;
    for s in &stale {
        eprintln!(
            "tokoh-data: error: {} is not what the build gives ({}); run `cargo run -p tokoh-data -- build`",
            s.path.display(),
            s.detail
        );
    }
    if stale.is_empty() {
        println!("{} generated files are up to date", built.len());
    }
    Ok(stale.is_empty())
}

fn report(layout: &Layout) -> Result<bool, Error> {
    let curated = Curated::load(&layout.gazetteer, &GENERATED_FILES)?;
    let lexicon = Lexicon::load(&layout.stems)?;
    let outcomes = leaders::report(&layout.sources, &curated, &lexicon)?;
    let kept = outcomes.iter().filter(|o| o.skipped.is_none()).count();
    println!("{kept} of {} Factbook entries kept", outcomes.len());
    for outcome in &outcomes {
        if let Some(why) = &outcome.skipped {
            println!("{}\t{}\t{why}", outcome.profile, outcome.position);
        }
    }
    Ok(true)
}

fn run_audit(layout: &Layout) -> Result<bool, Error> {
    let rows = audit::audit(layout)?;
    let path = audit::path(layout);
    std::fs::write(&path, audit::render(&rows)).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    println!("wrote {} ({} rows)", path.display(), rows.len());
    let unexplained: Vec<_> = rows.iter().filter(|r| r.unexplained()).collect();
    for row in &unexplained {
        eprintln!(
            "tokoh-data: error: {}: alias {:?} is matched in any case but {}; record the reason in \
             its description (quote the form) or make it an acronym or short form",
            row.entity,
            row.form,
            row.flags
                .iter()
                .map(audit::Flag::describe)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(unexplained.is_empty())
}
