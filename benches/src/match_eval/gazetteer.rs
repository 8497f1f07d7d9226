//! The evaluation gazetteer: one entry per distinct gold PER/ORG string of
//! the training part of a set.
//!
//! Strings are the same entry when their [`key`]s are equal: tokoh's normal
//! form ([`tokoh::text::normalize`]: lower case, NFKC, quotes and dashes
//! folded) with runs of white space made one space. Each entry
//! ([`Phrase`]) keeps the surface written most often (ties: the first seen),
//! the type given most often (ties: the first seen) and how often it occurs.
//!
//! As a tokoh gazetteer ([`build`]), each phrase is one [`Entity`] of kind
//! person or organization whose name is the phrase, matched in any letter
//! case — except acronyms. A phrase whose every gold surface is one word of 2
//! to 5 capital letters or digits with at least two letters (`PPP`, `KPU`,
//! `UKP4`) is an acronym in tokoh's model: it matches only as written or in
//! capitals (`PAN` the party, never the word `pan`). tokoh requires a name
//! for every entity and matches names in any case, so an acronym's entity
//! gets the stand-in name `PPP (akronim)`, which no evaluation text contains
//! (the set loader checks), and the phrase itself in `acronyms`.
//! [`GazetteerOptions::acronyms`] off makes every phrase a name.
//!
//! No phrase becomes a `short` form: a single-word person name (`Jokowi`)
//! is a gold string of its own, and the gold does not say which full name it
//! shortens; as a short form it could only match after that full name or a
//! fitting title, so it is the name of its own entity and matches anywhere.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;
use tokoh::{Entity, Gazetteer};

use super::{Doc, MentionType};
use crate::Error;

/// The suffix that makes an acronym's stand-in entity name.
pub const ACRONYM_NAME_SUFFIX: &str = " (akronim)";

/// The matching key of a string: tokoh's normal form, white space runs made
/// one space, trimmed.
#[must_use]
pub fn key(s: &str) -> String {
    let norm = tokoh::text::normalize(s);
    norm.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` is written like an acronym: one word of 2 to 5 capital
/// letters or digits, at least two of them letters.
#[must_use]
pub fn is_acronym_shaped(s: &str) -> bool {
    let n = s.chars().count();
    let letters = s.chars().filter(|c| c.is_uppercase()).count();
    (2..=5).contains(&n)
        && letters >= 2
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// One gazetteer entry: a distinct gold string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The matching key (see [`key`]).
    pub key: String,
    /// The surface written most often.
    pub text: String,
    /// The type given most often.
    pub ty: MentionType,
    /// Gold mentions with this key.
    pub count: usize,
    /// Whether every surface is acronym-shaped ([`is_acronym_shaped`]).
    pub acronym: bool,
    /// Whether the gold gives this string both types.
    pub both_types: bool,
}

/// The phrases of a training part, in order of first occurrence.
#[derive(Debug, Clone, Default)]
pub struct Phrases {
    list: Vec<Phrase>,
    index: HashMap<String, usize>,
}

/// Counts of one key while collecting.
#[derive(Debug, Default)]
struct Tally {
    /// Surfaces in order of first occurrence, with counts.
    surfaces: Vec<(String, usize)>,
    /// Types in order of first occurrence, with counts.
    types: Vec<(MentionType, usize)>,
}

fn bump<T: PartialEq>(list: &mut Vec<(T, usize)>, item: T) {
    match list.iter_mut().find(|(x, _)| *x == item) {
        Some((_, n)) => *n += 1,
        None => list.push((item, 1)),
    }
}

/// The item counted most often; the first of the best on ties.
fn most_frequent<T: Clone>(list: &[(T, usize)]) -> Option<T> {
    let best = list.iter().map(|(_, n)| *n).max()?;
    list.iter()
        .find(|(_, n)| *n == best)
        .map(|(x, _)| x.clone())
}

impl Phrases {
    /// The distinct gold strings of `docs`.
    #[must_use]
    pub fn collect(docs: &[Doc]) -> Phrases {
        let mut order: Vec<String> = Vec::new();
        let mut tallies: HashMap<String, Tally> = HashMap::new();
        for doc in docs {
            for m in &doc.gold {
                let surface = doc.slice(m.span);
                let k = key(surface);
                if k.is_empty() {
                    continue;
                }
                let tally = tallies.entry(k.clone()).or_insert_with(|| {
                    order.push(k.clone());
                    Tally::default()
                });
                bump(&mut tally.surfaces, surface.to_owned());
                bump(&mut tally.types, m.ty);
            }
        }
        let mut phrases = Phrases::default();
        for k in order {
            let Some(tally) = tallies.remove(&k) else {
                continue;
            };
            let (Some(text), Some(ty)) =
                (most_frequent(&tally.surfaces), most_frequent(&tally.types))
            else {
                continue;
            };
            phrases.index.insert(k.clone(), phrases.list.len());
            phrases.list.push(Phrase {
                key: k,
                text,
                ty,
                count: tally.surfaces.iter().map(|(_, n)| n).sum(),
                acronym: tally.surfaces.iter().all(|(s, _)| is_acronym_shaped(s)),
                both_types: tally.types.len() > 1,
            });
        }
        phrases
    }

    /// The phrase with matching key `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Phrase> {
        self.index.get(key).map(|&i| &self.list[i])
    }

    /// Whether the string `s` is in the gazetteer (its key is a phrase's).
    #[must_use]
    pub fn contains(&self, s: &str) -> bool {
        self.index.contains_key(&key(s))
    }

    /// The phrases, in order of first occurrence.
    #[must_use]
    pub fn as_slice(&self) -> &[Phrase] {
        &self.list
    }

    /// The number of phrases.
    #[must_use]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// How phrases become tokoh entities.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerOptions {
    /// Acronym-shaped phrases become acronyms (matched only as written or in
    /// capitals); off, every phrase is a name matched in any case.
    pub acronyms: bool,
}

impl Default for GazetteerOptions {
    fn default() -> Self {
        GazetteerOptions { acronyms: true }
    }
}

/// The tokoh entity of the `n`-th phrase (see the [module docs](self)).
/// Its metadata holds the phrase (`phrase`), its type (`type`) and its
/// count in the training gold (`gold_count`), for other tools and for
/// reading dumps.
#[must_use]
pub fn entity(phrase: &Phrase, n: usize, options: GazetteerOptions) -> Entity {
    let id = format!("gold:{}/{n}", phrase.ty.as_str().to_lowercase());
    let mut e = if options.acronyms && phrase.acronym {
        let mut e = Entity::new(
            id,
            phrase.ty.kind(),
            format!("{}{ACRONYM_NAME_SUFFIX}", phrase.text),
        );
        e.acronyms.push(phrase.text.clone());
        e
    } else {
        Entity::new(id, phrase.ty.kind(), phrase.text.clone())
    };
    e.source = Some("gold strings of the training part".to_owned());
    e.metadata
        .insert("phrase".to_owned(), Value::from(phrase.text.clone()));
    e.metadata
        .insert("type".to_owned(), Value::from(phrase.ty.as_str()));
    e.metadata
        .insert("gold_count".to_owned(), Value::from(phrase.count));
    e
}

/// The tokoh gazetteer of `phrases`, one entity each, in phrase order.
///
/// # Errors
///
/// When tokoh rejects an entity (a phrase made only of invisible
/// characters); `origin` names the data in the message.
pub fn build(
    phrases: &Phrases,
    options: GazetteerOptions,
    origin: &Path,
) -> Result<Gazetteer, Error> {
    let mut builder = Gazetteer::builder();
    for (n, phrase) in phrases.as_slice().iter().enumerate() {
        builder
            .add(entity(phrase, n, options))
            .map_err(|e| Error::data(origin, format!("gazetteer entry {:?}: {e}", phrase.text)))?;
    }
    Ok(builder.build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::match_eval::Mention;

    fn doc(text: &str, mentions: &[(&str, MentionType)]) -> Doc {
        let gold = mentions
            .iter()
            .map(|(s, ty)| {
                let start = text.find(s).expect("in text");
                Mention::new(start, start + s.len(), *ty)
            })
            .collect();
        Doc::new("d", text, gold)
    }

    #[test]
    fn keys_fold_case_and_space() {
        assert_eq!(key("Partai  Golkar"), "partai golkar");
        assert_eq!(key("PARTAI\nGOLKAR"), "partai golkar");
        assert_eq!(key("Ma’ruf"), "ma'ruf");
    }

    #[test]
    fn acronym_shapes() {
        for (s, yes) in [
            ("PPP", true),
            ("KPU", true),
            ("UKP4", true),
            ("DPR RI", false),
            ("GOLKAR", false),
            ("Golkar", false),
            ("A", false),
            ("G20", false),
            ("BI", true),
        ] {
            assert_eq!(is_acronym_shaped(s), yes, "{s}");
        }
    }

    #[test]
    fn phrases_vote_on_surface_and_type() {
        use MentionType::{Org, Per};
        let docs = [
            doc("Golkar dan PPP", &[("Golkar", Org), ("PPP", Org)]),
            doc("GOLKAR menolak", &[("GOLKAR", Org)]),
            doc("kata Golkar", &[("Golkar", Per)]),
            doc("Golkar lagi", &[("Golkar", Org)]),
        ];
        let phrases = Phrases::collect(&docs);
        assert_eq!(phrases.len(), 2);
        let golkar = phrases.get("golkar").expect("collected");
        assert_eq!(golkar.text, "Golkar");
        assert_eq!(golkar.ty, Org);
        assert_eq!(golkar.count, 4);
        assert!(golkar.both_types && !golkar.acronym);
        let ppp = phrases.get("ppp").expect("collected");
        assert!(ppp.acronym && !ppp.both_types);
        assert!(phrases.contains("Ppp") && !phrases.contains("PKB"));
        assert_eq!(phrases.as_slice()[0].key, "golkar");
    }

    #[test]
    fn acronyms_match_only_in_capitals() {
        let docs = [doc(
            "PAN dan Budi",
            &[("PAN", MentionType::Org), ("Budi", MentionType::Per)],
        )];
        let phrases = Phrases::collect(&docs);
        let gazetteer =
            build(&phrases, GazetteerOptions::default(), Path::new("t")).expect("builds");
        let matcher = tokoh::Matcher::new(gazetteer);
        let text = "PAN menolak, pan tidak; budi setuju.";
        let found: Vec<&str> = matcher.find(text).iter().map(|m| &text[m.span]).collect();
        assert_eq!(found, ["PAN", "budi"]);

        let off = GazetteerOptions { acronyms: false };
        let matcher = tokoh::Matcher::new(build(&phrases, off, Path::new("t")).expect("builds"));
        assert_eq!(matcher.find(text).len(), 3);
    }
}
