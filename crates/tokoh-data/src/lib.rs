//! Builds the generated files of tokoh's built-in gazetteer.
//!
//! The built-in gazetteer (`crates/tokoh/data/gazetteer/`) has two kinds of
//! files: curated ones, written by hand, and generated ones, which this crate
//! writes from the licensed sources vendored in `crates/tokoh-data/sources/`
//! and from the curated files (curated rows always win: a generated file never
//! repeats a curated id or person). Building is a pure function of those
//! files, so running it twice gives the same bytes, and [`check`] compares the
//! committed files with a fresh build.
//!
//! ```text
//! cargo run -p tokoh-data -- build    # write the generated files
//! cargo run -p tokoh-data -- check    # exit 1 if a committed file differs
//! cargo run -p tokoh-data -- audit    # list the ambiguous forms (AMBIGUOUS.tsv)
//! ```

pub mod audit;
pub mod countries;
pub mod curated;
mod error;
pub mod leaders;
pub mod lexicon;
pub mod output;
pub mod regions;
pub mod text;

use std::path::{Path, PathBuf};

pub use error::Error;
pub use output::Generated;

/// Where the inputs and outputs live, relative to the workspace root.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The directory of the built-in gazetteer (curated and generated files).
    pub gazetteer: PathBuf,
    /// The directory of the vendored sources.
    pub sources: PathBuf,
    /// The tokenizer's lexicon of ordinary words (`stems.txt`).
    pub stems: PathBuf,
}

impl Layout {
    /// The layout of this repository, found from this crate's manifest
    /// directory.
    #[must_use]
    pub fn repository() -> Layout {
        let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let tokoh = crate_dir.join("../tokoh/data");
        Layout {
            gazetteer: tokoh.join("gazetteer"),
            sources: crate_dir.join("sources"),
            stems: tokoh.join("lexicon/stems.txt"),
        }
    }
}

/// The names of the files this crate generates, in the order they are built.
pub const GENERATED_FILES: [&str; 3] =
    [regions::FILE_NAME, countries::FILE_NAME, leaders::FILE_NAME];

/// Builds every generated file in memory.
///
/// # Errors
///
/// A source or curated file that cannot be read or parsed, with its path
/// and line.
pub fn build(layout: &Layout) -> Result<Vec<Generated>, Error> {
    let curated = curated::Curated::load(&layout.gazetteer, &GENERATED_FILES)?;
    let lexicon = lexicon::Lexicon::load(&layout.stems)?;
    let regions = regions::build(&layout.sources, &curated, &lexicon)?;
    let countries = countries::build(&layout.sources, &curated, &lexicon)?;
    let leaders = leaders::build(&layout.sources, &curated, &lexicon)?;
    Ok(vec![regions, countries, leaders])
}

/// A generated file whose committed bytes differ from a fresh build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// The file's path.
    pub path: PathBuf,
    /// What differs: the first differing line, or that the file is missing.
    pub detail: String,
}

/// Compares the committed generated files with `built`.
///
/// # Errors
///
/// A committed file that exists but cannot be read.
pub fn check(layout: &Layout, built: &[Generated]) -> Result<Vec<Stale>, Error> {
    let mut stale = Vec::new();
    for generated in built {
        let path = layout.gazetteer.join(generated.file_name);
        let committed = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                stale.push(Stale {
                    path,
                    detail: "missing".into(),
                });
                continue;
            }
            Err(source) => return Err(Error::Io { path, source }),
        };
        if let Some(detail) = output::first_difference(&committed, &generated.text) {
            stale.push(Stale { path, detail });
        }
    }
    Ok(stale)
}

/// Writes the generated files into the gazetteer directory.
///
/// # Errors
///
/// A file that cannot be written.
pub fn write(layout: &Layout, built: &[Generated]) -> Result<(), Error> {
    for generated in built {
        let path = layout.gazetteer.join(generated.file_name);
        std::fs::write(&path, &generated.text).map_err(|source| Error::Io { path, source })?;
    }
    Ok(())
}
