//! `world-countries.jsonl`: countries and territories with their
//! Indonesian names from Unicode CLDR (`territories.json`), and the world
//! regions CLDR names with UN M49 codes.
//!
//! Curated rows win: an id already in a curated file is skipped. CLDR's
//! `-alt-short` forms in capitals (`AS`, `UK`) become acronyms, matched only
//! as written; other alternates become aliases, except forms with
//! parentheses (`Kongo (RDK)`), which running text never writes.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use tokoh::{Entity, EntityKind};

use crate::curated::Curated;
use crate::lexicon::Lexicon;
use crate::output::Generated;
use crate::Error;

/// The generated file.
pub const FILE_NAME: &str = "world-countries.jsonl";

/// The file, inside the vendored sources.
pub const FILE: &str = "unicode-cldr/territories.json";

/// The `source` of every row (the key is appended).
pub const SOURCE: &str =
    "Unicode CLDR 48, Indonesian territory names (cldr-localenames-full 48.2.0, main/id/territories.json)";

/// Two-letter CLDR keys that are not countries or territories with an ISO
/// 3166-1 code: organizations, groupings, ISO's exceptional reservations and
/// private-use codes.
pub const NOT_COUNTRIES: &[(&str, &str)] = &[
    (
        "AC",
        "Ascension: ISO 3166-1 exceptional reservation, part of SH",
    ),
    ("CP", "Clipperton: ISO 3166-1 exceptional reservation"),
    ("CQ", "Sark: ISO 3166-1 exceptional reservation, part of GG"),
    (
        "DG",
        "Diego Garcia: ISO 3166-1 exceptional reservation, part of IO",
    ),
    (
        "EA",
        "Ceuta and Melilla: ISO 3166-1 exceptional reservation",
    ),
    ("IC", "Canary Islands: ISO 3166-1 exceptional reservation"),
    (
        "TA",
        "Tristan da Cunha: ISO 3166-1 exceptional reservation, part of SH",
    ),
    (
        "EU",
        "European Union: an organization (for the curated institutions)",
    ),
    ("EZ", "Eurozone: a grouping"),
    (
        "UN",
        "United Nations: an organization (for the curated institutions)",
    ),
    ("QO", "Outlying Oceania: a CLDR grouping"),
    ("XA", "pseudo-locale"),
    ("XB", "pseudo-locale"),
    ("ZZ", "unknown region"),
];

/// Two-letter codes that CLDR uses but ISO 3166-1 has not assigned, kept
/// with a note in the description.
pub const USER_ASSIGNED: &[(&str, &str)] = &[(
    "XK",
    "XK is a user-assigned code (used by CLDR and the EU), not an ISO 3166-1 assignment",
)];

/// UN M49 region codes that are not kept: the name is an ordinary word or
/// names something else too.
pub const SKIPPED_REGIONS: &[(&str, &str)] = &[
    (
        "001",
        "'Dunia' (world) is an ordinary word, not a place mention",
    ),
    (
        "019",
        "'Amerika' usually means the United States in news (see TODO.md)",
    ),
];

/// Country names that are also ordinary words or other things in
/// Indonesian news; matched only capitalised, or (for `Jersey`, a sports
/// shirt even capitalised) only in context.
pub const AMBIGUOUS_NAMES: &[(&str, Ambiguity)] = &[
    (
        "Jersey",
        Ambiguity::Contextual("a sports shirt (jersey timnas)"),
    ),
    ("Chad", Ambiguity::Note("also a given name")),
    ("Georgia", Ambiguity::Note("also a US state")),
];

/// How a listed country name is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ambiguity {
    /// The name stays the name; the description records the second reading.
    Note(&'static str),
    /// The entity is named by CLDR's name, but that form is matched only in
    /// context: the row is left out, listed in TODO.md.
    Contextual(&'static str),
}

/// Builds the file from the vendored source.
///
/// # Errors
///
/// The source cannot be read or is not CLDR's layout.
pub fn build(sources: &Path, curated: &Curated, lexicon: &Lexicon) -> Result<Generated, Error> {
    let path = sources.join(FILE);
    let text = Error::read(path.clone())?;
    let names = parse(&text).map_err(|message| Error::File {
        path: path.clone(),
        message,
    })?;
    let entities = entities(&names, curated, lexicon);
    Ok(Generated::render(
        FILE_NAME,
        &[
            "Countries and territories (tokoh:country/<ISO 3166-1 alpha-2, lower case>) and world regions",
            "(tokoh:region/<UN M49 code>) with their Indonesian names; ids curated in places.jsonl are left out.",
        ],
        &["crates/tokoh-data/sources/unicode-cldr (Unicode License v3)"],
        &entities,
    ))
}

/// CLDR's territory names: key (`US`, `US-alt-short`, `035`) -> name.
///
/// # Errors
///
/// The text is not JSON with `main.id.localeDisplayNames.territories`.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, String> {
    let json: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let territories = json
        .pointer("/main/id/localeDisplayNames/territories")
        .and_then(Value::as_object)
        .ok_or("no main.id.localeDisplayNames.territories object")?;
    territories
        .iter()
        .map(|(key, value)| {
            value
                .as_str()
                .map(|name| (key.clone(), name.to_string()))
                .ok_or_else(|| format!("territory {key}: not a string"))
        })
        .collect()
}

/// The entities of the file, countries first (by code), then regions.
#[must_use]
pub fn entities(
    names: &BTreeMap<String, String>,
    curated: &Curated,
    lexicon: &Lexicon,
) -> Vec<Entity> {
    let mut countries = Vec::new();
    let mut regions = Vec::new();
    for (key, name) in names {
        if key.contains('-') {
            continue;
        }
        if key.len() == 2 && key.bytes().all(|b| b.is_ascii_uppercase()) {
            if NOT_COUNTRIES.iter().any(|(k, _)| k == key) {
                continue;
            }
            if let Some(entity) = country(key, name, names, curated, lexicon) {
                countries.push(entity);
            }
        } else if key.len() == 3 && key.bytes().all(|b| b.is_ascii_digit()) {
            if SKIPPED_REGIONS.iter().any(|(k, _)| k == key) {
                continue;
            }
            let mut entity = Entity::new(
                format!("tokoh:region/{key}"),
                EntityKind::Place,
                name.clone(),
            );
            entity.description = Some(format!("World region (UN M49 code {key})"));
            entity.source = Some(format!("{SOURCE}: {key}"));
            regions.push(entity);
        }
    }
    countries.extend(regions);
    countries
}

fn country(
    code: &str,
    name: &str,
    names: &BTreeMap<String, String>,
    curated: &Curated,
    lexicon: &Lexicon,
) -> Option<Entity> {
    let id = format!("tokoh:country/{}", code.to_ascii_lowercase());
    if curated.has_id(&id) {
        return None;
    }
    let ambiguity = AMBIGUOUS_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, a)| *a);
    if let Some(Ambiguity::Contextual(_)) = ambiguity {
        return None;
    }
    let mut entity = Entity::new(id, EntityKind::Place, name.to_string());
    let mut keys = vec![code.to_string()];
    let mut notes = Vec::new();
    for suffix in ["-alt-short", "-alt-variant", "-alt-chagos"] {
        let key = format!("{code}{suffix}");
        let Some(form) = names.get(&key) else {
            continue;
        };
        if form.contains('(') || form == name {
            continue;
        }
        keys.push(key);
        if form.chars().all(|c| c.is_uppercase()) {
            entity.acronyms.push(form.clone());
        } else if lexicon.is_common_phrase(form) {
            entity.acronyms.push(form.clone());
            notes.push(format!(
                "'{form}' is an ordinary word, matched capitalised only"
            ));
        } else {
            entity.aliases.push(form.clone());
        }
    }
    entity.country = Some(code.to_string());
    let mut description = "Country or territory".to_string();
    if let Some((_, note)) = USER_ASSIGNED.iter().find(|(k, _)| *k == code) {
        description.push_str(&format!("; {note}"));
    }
    if let Some(Ambiguity::Note(note)) = ambiguity {
        description.push_str(&format!("; the name is {note}"));
    }
    for note in notes {
        description.push_str(&format!("; {note}"));
    }
    entity.description = Some(description);
    entity.source = Some(format!("{SOURCE}: {}", keys.join(", ")));
    Some(entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn forms_come_from_cldr_alternates() {
        let names = names(&[
            ("GB", "Inggris Raya"),
            ("GB-alt-short", "UK"),
            ("CD", "Kongo - Kinshasa"),
            ("CD-alt-variant", "Kongo (RDK)"),
            ("CI", "Côte d’Ivoire"),
            ("CI-alt-variant", "Pantai Gading"),
            ("UN", "Perserikatan Bangsa-Bangsa"),
            ("JE", "Jersey"),
            ("035", "Asia Tenggara"),
            ("001", "Dunia"),
            ("ID", "Indonesia"),
        ]);
        let mut curated = Curated::default();
        curated.add(&Entity::new(
            "tokoh:country/id",
            EntityKind::Place,
            "Indonesia",
        ));
        let got: Vec<_> = entities(&names, &curated, &Lexicon::default())
            .into_iter()
            .map(|e| (e.id, e.name, e.aliases, e.acronyms))
            .collect();
        let expected: Vec<(String, String, Vec<String>, Vec<String>)> = vec![
            (
                "tokoh:country/cd".into(),
                "Kongo - Kinshasa".into(),
                vec![],
                vec![],
            ),
            (
                "tokoh:country/ci".into(),
                "Côte d’Ivoire".into(),
                vec!["Pantai Gading".into()],
                vec![],
            ),
            (
                "tokoh:country/gb".into(),
                "Inggris Raya".into(),
                vec![],
                vec!["UK".into()],
            ),
            (
                "tokoh:region/035".into(),
                "Asia Tenggara".into(),
                vec![],
                vec![],
            ),
        ];
        assert_eq!(got, expected);
    }
}
