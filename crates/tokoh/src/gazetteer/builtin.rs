//! The built-in gazetteer: the JSON Lines files of `data/gazetteer/` in the
//! crate, compiled into the library and parsed once, on first use.

use std::path::Path;
use std::sync::Arc;

use once_cell::sync::Lazy;

use super::builder::GazetteerBuilder;
use super::date::Date;
use super::gazetteer::Gazetteer;
use crate::error::{GazetteerError, Warning};

/// The files of the built-in gazetteer, in gazetteer order (the first
/// entity wins a tie, SPEC §3.6): the Indonesian state as it is today, then
/// its former ministries, then its officials — tokoh reads Indonesian news,
/// where they are the likelier reading — then regions and places, then
/// foreign and international institutions and officials.
///
/// A new file in `data/gazetteer/` must be added here; a test fails until
/// it is.
const FILES: &[(&str, &str)] = &[
    (
        "id-state.jsonl",
        include_str!("../../data/gazetteer/id-state.jsonl"),
    ),
    (
        "id-agencies.jsonl",
        include_str!("../../data/gazetteer/id-agencies.jsonl"),
    ),
    (
        "id-security.jsonl",
        include_str!("../../data/gazetteer/id-security.jsonl"),
    ),
    (
        "id-parties.jsonl",
        include_str!("../../data/gazetteer/id-parties.jsonl"),
    ),
    (
        "id-soe.jsonl",
        include_str!("../../data/gazetteer/id-soe.jsonl"),
    ),
    (
        "id-former-ministries.jsonl",
        include_str!("../../data/gazetteer/id-former-ministries.jsonl"),
    ),
    (
        "id-officials.jsonl",
        include_str!("../../data/gazetteer/id-officials.jsonl"),
    ),
    (
        "id-ministers.jsonl",
        include_str!("../../data/gazetteer/id-ministers.jsonl"),
    ),
    (
        "id-heads.jsonl",
        include_str!("../../data/gazetteer/id-heads.jsonl"),
    ),
    (
        "id-governors.jsonl",
        include_str!("../../data/gazetteer/id-governors.jsonl"),
    ),
    (
        "id-regions.jsonl",
        include_str!("../../data/gazetteer/id-regions.jsonl"),
    ),
    (
        "places.jsonl",
        include_str!("../../data/gazetteer/places.jsonl"),
    ),
    (
        "world-countries.jsonl",
        include_str!("../../data/gazetteer/world-countries.jsonl"),
    ),
    (
        "world-organizations.jsonl",
        include_str!("../../data/gazetteer/world-organizations.jsonl"),
    ),
    (
        "world-institutions.jsonl",
        include_str!("../../data/gazetteer/world-institutions.jsonl"),
    ),
    (
        "world-ministries.jsonl",
        include_str!("../../data/gazetteer/world-ministries.jsonl"),
    ),
    (
        "world-officials.jsonl",
        include_str!("../../data/gazetteer/world-officials.jsonl"),
    ),
    (
        "world-leaders.jsonl",
        include_str!("../../data/gazetteer/world-leaders.jsonl"),
    ),
];

/// The date the built-in data was last reviewed, `YYYY-MM-DD`.
const DATA_AS_OF: &str = include_str!("../../data/gazetteer/DATA_AS_OF");

/// Where the built-in data comes from, one source a line.
const SOURCES: &str = include_str!("../../data/gazetteer/SOURCES");

/// How the built-in files name themselves in errors and warnings.
const NAME_PREFIX: &str = "builtin:";

/// The built-in gazetteer and what building it found wrong (nothing, as a
/// test makes sure).
struct Builtin {
    gazetteer: Gazetteer,
    #[cfg_attr(not(test), allow(dead_code))]
    errors: Vec<GazetteerError>,
    #[cfg_attr(not(test), allow(dead_code))]
    warnings: Vec<Warning>,
}

static BUILTIN: Lazy<Builtin> = Lazy::new(build);

/// Parses the built-in files. A bad line is left out rather than failing
/// everything at run time; the test below keeps bad lines out of releases.
fn build() -> Builtin {
    let mut builder = GazetteerBuilder::new();
    let mut errors = Vec::new();
    for (file, text) in FILES {
        let path: Arc<Path> = Arc::from(Path::new(&format!("{NAME_PREFIX}{file}")));
        errors.extend(builder.load_lenient(text.as_bytes(), &path));
    }
    builder.set_data_as_of(Gazetteer::builtin_data_as_of());
    let warnings = builder.warnings().to_vec();
    Builtin {
        gazetteer: builder.build(),
        errors,
        warnings,
    }
}

impl Gazetteer {
    /// The built-in gazetteer: Indonesian state institutions, ministries and
    /// officials, and the foreign institutions, officials and places that
    /// Indonesian news mentions most, each with a `source`. Its
    /// [`data_as_of`](Gazetteer::data_as_of) says how current it is.
    ///
    /// It is compiled into the library and parsed on first use (a few
    /// milliseconds), then shared: clone it freely.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::{EntityKind, Gazetteer};
    ///
    /// let builtin = Gazetteer::builtin();
    /// assert!(!builtin.is_empty());
    /// assert!(builtin.iter().all(|e| e.source.is_some()));
    /// let stats = builtin.stats();
    /// assert_eq!(stats.by_kind.values().sum::<usize>(), builtin.len());
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Gazetteer {
        &BUILTIN.gazetteer
    }

    /// Where the built-in gazetteer's data comes from: each dataset it is
    /// built from, with its licence, and the curated facts (every entity
    /// also names its own `source`). Cheap: nothing is parsed.
    ///
    /// # Examples
    ///
    /// ```
    /// let sources = tokoh::Gazetteer::builtin_sources();
    /// assert!(sources.iter().any(|s| s.contains("CLDR")));
    /// ```
    #[must_use]
    pub fn builtin_sources() -> Vec<&'static str> {
        SOURCES
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect()
    }

    /// The date the built-in data was last reviewed, without parsing the
    /// data (see [`Gazetteer::data_as_of`]).
    ///
    /// # Examples
    ///
    /// ```
    /// let date = tokoh::Gazetteer::builtin_data_as_of();
    /// assert_eq!(date, tokoh::Gazetteer::builtin().data_as_of());
    /// ```
    #[must_use]
    pub fn builtin_data_as_of() -> Option<Date> {
        DATA_AS_OF.trim().parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn builtin_data_is_valid() {
        let builtin = &*BUILTIN;
        let errors: Vec<String> = builtin.errors.iter().map(ToString::to_string).collect();
        assert!(
            errors.is_empty(),
            "errors in the built-in data:\n{}",
            errors.join("\n")
        );
        let warnings: Vec<String> = builtin.warnings.iter().map(ToString::to_string).collect();
        assert!(
            warnings.is_empty(),
            "ids defined twice in the built-in data:\n{}",
            warnings.join("\n")
        );
        assert!(!builtin.gazetteer.is_empty());
    }

    #[test]
    fn builtin_data_is_dated() {
        let date = Gazetteer::builtin().data_as_of();
        assert!(
            date.is_some(),
            "DATA_AS_OF is not a YYYY-MM-DD date: {DATA_AS_OF:?}"
        );
        assert_eq!(
            date.map(|d| d.to_string()).as_deref(),
            Some(DATA_AS_OF.trim())
        );
    }

    #[test]
    fn every_data_file_is_built_in() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            // Not in a source tree (a packaged crate): nothing to compare.
            return;
        };
        let listed: HashSet<&str> = FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(listed.len(), FILES.len(), "a file is listed twice");
        let mut missing = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".jsonl") && !listed.contains(name.as_str()) {
                missing.push(name);
            }
        }
        assert!(
            missing.is_empty(),
            "add these files to FILES in src/gazetteer/builtin.rs: {missing:?}"
        );
    }

    #[test]
    fn every_reference_points_to_a_builtin_id() {
        let builtin = Gazetteer::builtin();
        let mut dangling = Vec::new();
        for entity in builtin {
            let references = entity
                .parent
                .iter()
                .chain(entity.roles.iter().filter_map(|r| r.org.as_ref()));
            for id in references {
                if builtin.get(id).is_none() {
                    dangling.push(format!("{} -> {id}", entity.id));
                }
            }
        }
        assert!(dangling.is_empty(), "unknown ids referenced: {dangling:?}");
    }
}
