//! `tokoh gazetteer check|stats|export`: validate gazetteer files, count
//! what a gazetteer holds, print the built-in one.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use tokoh::{EntityKind, Gazetteer, GazetteerBuilder, GazetteerStats};

use crate::cli::{CheckArgs, GazetteerArgs, GazetteerCommand, StatsArgs, StatsFormat};
use crate::input::{OutputError, Source};
use crate::report::{describe_io, Location, Reporter};

/// Output buffer size for `export`.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// Runs `tokoh gazetteer ...`.
pub fn run(args: &GazetteerArgs) -> ExitCode {
    match &args.command {
        GazetteerCommand::Check(args) => check(args),
        GazetteerCommand::Stats(args) => stats(args),
        GazetteerCommand::Export => export(),
    }
}

/// `check`: every problem of every file, an ok line for each valid one.
fn check(args: &CheckArgs) -> ExitCode {
    let mut reporter = Reporter::new();
    let mut builder = GazetteerBuilder::new();
    load(
        &args.files,
        &mut builder,
        &mut reporter,
        |name, count, reporter| {
            let entities = if count == 1 { "entity" } else { "entities" };
            reporter.note(format_args!("ok: {count} {entities} in {name}"));
        },
    );
    reporter.exit_code()
}

/// `stats`: the counts of the files together, or of the built-in gazetteer.
fn stats(args: &StatsArgs) -> ExitCode {
    let mut reporter = Reporter::new();
    let builtin = args.files.is_empty();
    let gazetteer = if builtin {
        Gazetteer::builtin().clone()
    } else {
        let mut builder = GazetteerBuilder::new();
        if load(&args.files, &mut builder, &mut reporter, |_, _, _| {}) {
            builder.build()
        } else {
            // Counting only the valid files would look like an answer.
            return reporter.exit_code();
        }
    };
    let stats = gazetteer.stats();
    let sources = builtin.then(Gazetteer::builtin_sources);
    let mut out = io::stdout().lock();
    let result = match args.format {
        StatsFormat::Text => write_text(&mut out, &stats, sources.as_deref()),
        StatsFormat::Json => write_json(&mut out, &stats, sources.as_deref()),
    }
    .and_then(|()| out.flush())
    .map_err(OutputError);
    super::finish(result, &mut reporter)
}

/// `export`: the built-in gazetteer as JSON Lines on stdout.
fn export() -> ExitCode {
    let mut reporter = Reporter::new();
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let result = Gazetteer::builtin()
        .write_jsonl(&mut out)
        .map_err(OutputError);
    super::finish(result, &mut reporter)
}

/// Loads every file (or standard input, for `-`) into `builder`, one source
/// each, in order. Reports every problem of a bad file, and every
/// override as a warning; calls `ok` with the name and the number of
/// entities of each valid file. Returns whether every file was valid.
pub(super) fn load<F>(
    files: &[PathBuf],
    builder: &mut GazetteerBuilder,
    reporter: &mut Reporter,
    mut ok: F,
) -> bool
where
    F: FnMut(&str, usize, &Reporter),
{
    let mut all_valid = true;
    for source in Source::from_args(files) {
        let name = source.name();
        let entities_before = builder.len();
        let warnings_before = builder.warnings().len();
        let result = match &source {
            Source::File(path) => builder.load_jsonl_file(path).map(|_| ()),
            Source::Stdin => match read_stdin(reporter) {
                Ok(bytes) => builder.load_jsonl_bytes(&bytes, &name).map(|_| ()),
                Err(e) => {
                    reporter.error(
                        Location::file(&name),
                        format_args!("cannot read: {}", describe_io(&e)),
                    );
                    all_valid = false;
                    continue;
                }
            },
        };
        match result {
            Ok(()) => {
                let new_warnings = &builder.warnings()[warnings_before..];
                for warning in new_warnings {
                    reporter.warning(warning);
                }
                // Entities that replaced earlier ones do not add to the
                // length, but they are in the file all the same.
                let count = builder.len() - entities_before + new_warnings.len();
                ok(&name, count, reporter);
            }
            Err(errors) => {
                all_valid = false;
                for error in &errors {
                    reporter.error_general(error);
                }
            }
        }
    }
    all_valid
}

fn read_stdin(reporter: &Reporter) -> io::Result<Vec<u8>> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        reporter.note("reading standard input; end it with Ctrl-D");
    }
    let mut bytes = Vec::new();
    stdin.lock().read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// How many countries the text table lists by name; the rest are summed.
const COUNTRIES_SHOWN: usize = 12;

/// The counts as a table for people; the sources when they are known (the
/// built-in gazetteer).
fn write_text<W: Write>(
    out: &mut W,
    stats: &GazetteerStats,
    sources: Option<&[&str]>,
) -> io::Result<()> {
    let count = |kind: EntityKind| stats.by_kind.get(&kind).copied().unwrap_or(0);
    let rows: [(&str, usize); 9] = [
        ("entities", stats.entities),
        ("  person", count(EntityKind::Person)),
        ("  organization", count(EntityKind::Organization)),
        ("  place", count(EntityKind::Place)),
        ("forms", stats.forms),
        ("  aliases", stats.aliases),
        ("  acronyms", stats.acronyms),
        ("  short forms", stats.short),
        ("roles", stats.roles),
    ];
    for (label, n) in rows {
        writeln!(out, "{label:<16}{n:>10}")?;
    }
    let mut countries: Vec<(&str, usize)> = stats
        .by_country
        .iter()
        .map(|(country, n)| (country.as_str(), *n))
        .collect();
    countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(out, "by country      {:>10}", countries.len())?;
    for (country, n) in countries.iter().take(COUNTRIES_SHOWN) {
        writeln!(out, "  {country:<14}{n:>10}")?;
    }
    if countries.len() > COUNTRIES_SHOWN {
        let rest: usize = countries[COUNTRIES_SHOWN..].iter().map(|(_, n)| n).sum();
        let label = format!("  {} more", countries.len() - COUNTRIES_SHOWN);
        writeln!(out, "{label:<16}{rest:>10}")?;
    }
    match stats.data_as_of {
        Some(date) => writeln!(out, "{:<16}{date}", "data as of")?,
        None => writeln!(out, "{:<16}{:>10}", "data as of", "-")?,
    }
    if let Some(sources) = sources {
        writeln!(out, "sources")?;
        for source in sources {
            writeln!(out, "  {source}")?;
        }
    }
    Ok(())
}

/// `stats --format json`: the fields of the specification, in its order,
/// then the counts per country and the sources (`null` for files).
#[derive(Serialize)]
struct StatsJson<'a> {
    entities: usize,
    forms: usize,
    by_kind: ByKindJson,
    data_as_of: Option<String>,
    by_country: &'a std::collections::BTreeMap<String, usize>,
    sources: Option<&'a [&'a str]>,
}

#[derive(Serialize)]
struct ByKindJson {
    person: usize,
    organization: usize,
    place: usize,
}

fn write_json<W: Write>(
    out: &mut W,
    stats: &GazetteerStats,
    sources: Option<&[&str]>,
) -> io::Result<()> {
    let count = |kind: EntityKind| stats.by_kind.get(&kind).copied().unwrap_or(0);
    let json = StatsJson {
        entities: stats.entities,
        forms: stats.forms,
        by_kind: ByKindJson {
            person: count(EntityKind::Person),
            organization: count(EntityKind::Organization),
            place: count(EntityKind::Place),
        },
        data_as_of: stats.data_as_of.map(|date| date.to_string()),
        by_country: &stats.by_country,
        sources,
    };
    serde_json::to_writer(&mut *out, &json).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_json_has_the_fields_of_the_specification() {
        let stats = Gazetteer::default().stats();
        let mut out = Vec::new();
        write_json(&mut out, &stats, None).expect("writing to a Vec");
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "{\"entities\":0,\"forms\":0,\"by_kind\":{\"person\":0,\"organization\":0,\"place\":0},\"data_as_of\":null,\"by_country\":{},\"sources\":null}\n"
        );
    }

    #[test]
    fn stats_text_is_a_table() {
        let mut out = Vec::new();
        let stats = Gazetteer::builtin().stats();
        let sources = Gazetteer::builtin_sources();
        write_text(&mut out, &stats, Some(&sources)).expect("writing to a Vec");
        let text = String::from_utf8(out).expect("UTF-8");
        assert!(text.starts_with("entities "), "{text}");
        // The counts: one aligned row each, up to the sources.
        let (table, listed) = text.split_once("sources\n").expect("a sources heading");
        let countries = stats.by_country.len().min(COUNTRIES_SHOWN);
        let more = usize::from(stats.by_country.len() > COUNTRIES_SHOWN);
        assert_eq!(table.lines().count(), 11 + countries + more, "{text}");
        assert!(table.lines().all(|l| l.chars().count() == 26), "{text}");
        assert_eq!(listed.lines().count(), sources.len());
    }
}
