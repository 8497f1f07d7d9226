//! `world-leaders.jsonl`: heads of state and of government of sovereign
//! states, from the `Executive branch` of the CIA World Factbook (January
//! 2026 snapshot).
//!
//! Only entries of the plain form `<Title> <Name> (since <date>)` with a
//! title in [`titles::TITLES`] (or no title at all) and a name
//! [`names::normalise`] accepts are kept; the rest are reported by
//! `tokoh-data report` and summarised in TODO.md. Persons curated in
//! `id-officials.jsonl`/`world-officials.jsonl` (same id or same name) and
//! Indonesia's leaders are left out.

pub mod gec;
pub mod names;
pub mod parse;
pub mod titles;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use tokoh::{Entity, EntityKind, Role};

use crate::curated::Curated;
use crate::lexicon::Lexicon;
use crate::output::Generated;
use crate::text::slug;
use crate::Error;

/// The generated file.
pub const FILE_NAME: &str = "world-leaders.jsonl";

/// The file, inside the vendored sources.
pub const FILE: &str = "cia-factbook/government_sections.json";

/// The two entries read from each profile, with how the role names them.
pub const POSITIONS: [(&str, &str); 2] = [
    ("chief of state", "chief of state"),
    ("head of government", "head of government"),
];

/// Entries whose start date is wrong in the Factbook: the date is dropped.
/// `(GEC code, position, the date as written, why)`.
pub const ERRATA: &[(&str, &str, &str, &str)] = &[(
    "ro",
    "head of government",
    "23 June 2005",
    "the Factbook's year 2005 is a typo: Ilie Bolojan became prime minister in 2025",
)];

/// What happened to one entry of one profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The profile's path in the source (`central-asia/rs.json`).
    pub profile: String,
    /// `chief of state` or `head of government`.
    pub position: &'static str,
    /// Why the entry is left out; `None` when it is kept.
    pub skipped: Option<String>,
}

/// The parsed source: profile path -> `Executive branch` object.
type Profiles = BTreeMap<String, serde_json::Map<String, Value>>;

fn load(sources: &Path) -> Result<Profiles, Error> {
    let path = sources.join(FILE);
    let text = Error::read(path.clone())?;
    let json: Value = serde_json::from_str(&text).map_err(|e| Error::File {
        path: path.clone(),
        message: format!("invalid JSON: {e}"),
    })?;
    let object = json.as_object().ok_or_else(|| Error::File {
        path: path.clone(),
        message: "not a JSON object".into(),
    })?;
    Ok(object
        .iter()
        .filter_map(|(profile, government)| {
            let executive = government.get("Executive branch")?.as_object()?;
            Some((profile.clone(), executive.clone()))
        })
        .collect())
}

/// The GEC code of a profile path (`central-asia/rs.json` -> `rs`).
fn gec_of(profile: &str) -> &str {
    let file = profile.rsplit('/').next().unwrap_or(profile);
    file.strip_suffix(".json").unwrap_or(file)
}

/// The Factbook's English name of a country, for tests: the conventional
/// short form, or the long form where the short one is `none`.
///
/// # Errors
///
/// The source cannot be read.
pub fn english_names(sources: &Path) -> Result<BTreeMap<String, String>, Error> {
    let path = sources.join(FILE);
    let text = Error::read(path.clone())?;
    let json: Value = serde_json::from_str(&text).map_err(|e| Error::File {
        path,
        message: format!("invalid JSON: {e}"),
    })?;
    let mut out = BTreeMap::new();
    for (profile, government) in json.as_object().into_iter().flatten() {
        let form = |key: &str| {
            government
                .pointer(&format!("/Country name/{key}/text"))
                .and_then(Value::as_str)
                .map(names::plain_text)
                .filter(|s| s != "none")
        };
        if let Some(name) =
            form("conventional short form").or_else(|| form("conventional long form"))
        {
            out.insert(gec_of(profile).to_string(), name);
        }
    }
    Ok(out)
}

/// One person being assembled from one or more entries.
struct Person {
    entity: Entity,
    sources: Vec<String>,
    positions: Vec<String>,
}

/// Builds the file from the vendored source.
///
/// # Errors
///
/// The source cannot be read or parsed.
pub fn build(sources: &Path, curated: &Curated, lexicon: &Lexicon) -> Result<Generated, Error> {
    let (entities, _) = assemble(&load(sources)?, curated, lexicon);
    Ok(Generated::render(
        FILE_NAME,
        &[
            "Heads of state and of government of sovereign states (tokoh:person/<slug>) as the CIA World Factbook",
            "names them in January 2026, with Indonesian titles; curated persons and Indonesia's leaders are left out.",
            "Entries the build cannot read with certainty are left out: `cargo run -p tokoh-data -- report` lists them.",
        ],
        &["crates/tokoh-data/sources/cia-factbook (public domain; CC0 1.0)"],
        &entities,
    ))
}

/// Every entry and what happened to it.
///
/// # Errors
///
/// The source cannot be read or parsed.
pub fn report(sources: &Path, curated: &Curated, lexicon: &Lexicon) -> Result<Vec<Outcome>, Error> {
    Ok(assemble(&load(sources)?, curated, lexicon).1)
}

fn assemble(
    profiles: &Profiles,
    curated: &Curated,
    lexicon: &Lexicon,
) -> (Vec<Entity>, Vec<Outcome>) {
    let mut persons: Vec<Person> = Vec::new();
    let mut outcomes = Vec::new();
    for (profile, executive) in profiles {
        for (key, position) in POSITIONS {
            let Some(html) = executive
                .get(key)
                .and_then(|v| v.get("text"))
                .and_then(Value::as_str)
            else {
                continue;
            };
            let skipped = add_entry(&mut persons, profile, position, html, curated, lexicon).err();
            outcomes.push(Outcome {
                profile: profile.clone(),
                position,
                skipped,
            });
        }
    }
    let entities = persons.into_iter().map(finish).collect();
    (entities, outcomes)
}

fn add_entry(
    persons: &mut Vec<Person>,
    profile: &str,
    position: &'static str,
    html: &str,
    curated: &Curated,
    lexicon: &Lexicon,
) -> Result<(), String> {
    let gec = gec_of(profile);
    let Some((iso, country)) = gec::iso(gec) else {
        return Err(format!(
            "{gec} is not in the GEC table (not a sovereign state, or curated)"
        ));
    };
    let mut holder = parse::holder(html)?;
    let mut note = None;
    if let Some((_, _, _, why)) = ERRATA
        .iter()
        .find(|(g, p, date, _)| *g == gec && *p == position && *date == holder.since_text)
    {
        holder.since = None;
        note = Some(format!("start date left out: {why}"));
    } else if holder.since.is_none() {
        note = Some(format!(
            "the Factbook gives the start only as '{}'",
            holder.since_text
        ));
    }
    let name = &holder.name;
    let id = format!(
        "tokoh:person/{}",
        slug(name.common.as_deref().unwrap_or(&name.full))
    );
    if curated.has_id(&id)
        || curated.has_person_named(&name.full)
        || name
            .common
            .as_deref()
            .is_some_and(|c| curated.has_person_named(c))
    {
        return Err(format!("{} is curated", name.full));
    }
    let index = match persons.iter().position(|p| p.entity.id == id) {
        Some(i) if persons[i].entity.name == name.full => i,
        Some(_) => return Err(format!("{id}: another person has the same id")),
        None => {
            let mut entity = Entity::new(id, EntityKind::Person, name.full.clone());
            entity.aliases.extend(name.common.clone());
            if let Some(family) = &name.family {
                if !lexicon.is_common_phrase(family) {
                    entity.short.push(family.clone());
                }
            }
            entity.country = Some(iso.to_string());
            persons.push(Person {
                entity,
                sources: Vec::new(),
                positions: Vec::new(),
            });
            persons.len() - 1
        }
    };
    let person = &mut persons[index];
    let titles: Vec<Option<&str>> = if holder.titles.is_empty() {
        vec![None]
    } else {
        holder.titles.iter().map(|t| Some(*t)).collect()
    };
    for title in titles {
        let same = person
            .entity
            .roles
            .iter_mut()
            .find(|r| r.title.as_deref() == title && r.country.as_deref() == Some(iso));
        match same {
            Some(role) => {
                // Chief of state and head of government in one role: the
                // earlier start is the start of the office.
                if let (Some(a), Some(b)) = (role.start, holder.since) {
                    role.start = Some(a.min(b));
                }
                role.metadata.insert(
                    "position".into(),
                    Value::from("chief of state and head of government"),
                );
            }
            None => {
                let mut role = Role::new();
                role.title = title.map(Into::into);
                role.country = Some(iso.to_string());
                role.start = holder.since;
                role.metadata
                    .insert("position".into(), Value::from(position));
                person.entity.roles.push(role);
            }
        }
    }
    let source = format!(
        "CIA World Factbook, {country}, Government: Executive branch (January 2026 snapshot)"
    );
    if !person.sources.contains(&source) {
        person.sources.push(source);
    }
    let mut described = format!("{position} of {country}");
    if let Some(note) = note {
        described.push_str(&format!(" ({note})"));
    }
    person.positions.push(described);
    Ok(())
}

fn finish(person: Person) -> Entity {
    let mut entity = person.entity;
    let mut positions = person.positions;
    positions.dedup();
    entity.description = Some(format!(
        "Per the CIA World Factbook (January 2026 snapshot): {}; not updated since",
        positions.join("; ")
    ));
    entity.source = Some(person.sources.join("; "));
    entity
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_give_their_gec_code() {
        assert_eq!(gec_of("central-asia/rs.json"), "rs");
        assert_eq!(gec_of("xx.json"), "xx");
    }
}
