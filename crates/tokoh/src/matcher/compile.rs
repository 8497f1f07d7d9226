//! Compiling a gazetteer into an automaton over match keys.
//!
//! Every form (name, alias, acronym, short form) goes through the same
//! tokenizer and words layer as documents do, and each word through
//! [`keys::key`](super::keys::key). A form becomes the byte string
//! `␟k1␟k2␟…␟kn␟`, where `␟` is the byte 0xFF (which never occurs in UTF-8),
//! so a pattern can only match whole words of the document's key stream:
//! `Bali` never matches inside `Balikpapan`.

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::stream::{Stream, SEP};
use crate::gazetteer::{FormKind, Gazetteer};
use crate::text::chars::{is_apostrophe, is_hyphen};
use crate::tokenize::Tokenizer;

/// The most patterns compiled into a DFA; more get an NFA.
const DFA_MAX_PATTERNS: usize = 5_000;

/// A word of an acronym as written, and in upper case.
pub(crate) type Written = (Box<str>, Box<str>);

/// One entity reachable through a pattern.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) entity: u32,
    pub(crate) via: FormKind,
    pub(crate) matched: Arc<str>,
    /// For acronyms: each word as written and in upper case; a document's
    /// word must be equal to one of the two.
    pub(crate) case: Option<Box<[Written]>>,
}

/// A distinct key sequence and the entities it may mean, in gazetteer order.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub(crate) words: u32,
    pub(crate) targets: Vec<Target>,
}

/// The compiled form of a gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub(crate) automaton: Option<AhoCorasick>,
    pub(crate) patterns: Vec<Pattern>,
}

/// Compounds written as two words or as one (`Wali Kota` / `Walikota`), as
/// the keys of their words.
const COMPOUNDS: &[(&[&str], &str)] = &[(&["wali", "kota"], "walikota")];

/// Replaces the first occurrence of `from` in `key` by `to`.
fn replace(key: &[u8], from: &[u8], to: &[u8]) -> Option<Vec<u8>> {
    let pos = key.windows(from.len()).position(|w| w == from)?;
    let mut out = key[..pos].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&key[pos + from.len()..]);
    Some(out)
}

/// The key sequences of a form's compound spelling variants, with their
/// word counts.
fn compound_variants(key: &[u8], words: u32) -> Vec<(Vec<u8>, u32)> {
    let mut out = Vec::new();
    for (parts, joined) in COMPOUNDS {
        let mut split = vec![SEP];
        for part in *parts {
            split.extend_from_slice(part.as_bytes());
            split.push(SEP);
        }
        let joined: Vec<u8> = [&[SEP][..], joined.as_bytes(), &[SEP]].concat();
        let extra = u32::try_from(parts.len()).unwrap_or(1).saturating_sub(1);
        if let Some(k) = replace(key, &split, &joined) {
            out.push((k, words.saturating_sub(extra)));
        }
        if let Some(k) = replace(key, &joined, &split) {
            out.push((k, words + extra));
        }
    }
    out
}

/// The key sequence of a gazetteer form, or `None` when it has no words.
type FormKey = (Vec<u8>, u32, Vec<Written>);

fn form_key(tokenizer: &Tokenizer, form: &str) -> Option<FormKey> {
    let tokens = tokenizer.tokenize(form);
    let stream = Stream::new(form, &tokens);
    if stream.words.is_empty() {
        return None;
    }
    let surfaces = stream
        .words
        .iter()
        .map(|w| {
            let surface = &form[w.start..w.end];
            (surface.into(), surface.to_uppercase().into())
        })
        .collect();
    Some((
        stream.bytes,
        u32::try_from(stream.words.len()).unwrap_or(u32::MAX),
        surfaces,
    ))
}

/// Compiles every form of every entity of `gazetteer`.
pub(crate) fn compile(gazetteer: &Gazetteer, tokenizer: &Tokenizer) -> Compiled {
    let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut keys_in_order: Vec<Vec<u8>> = Vec::new();
    let mut patterns: Vec<Pattern> = Vec::new();
    for (e, entity) in gazetteer.iter().enumerate() {
        let entity_index = u32::try_from(e).unwrap_or(u32::MAX);
        for (via, form) in entity.forms() {
            let Some((key, words, surfaces)) = form_key(tokenizer, form) else {
                continue;
            };
            let target = Target {
                entity: entity_index,
                via,
                matched: Arc::from(form),
                case: (via == FormKind::Acronym).then(|| surfaces.into_boxed_slice()),
            };
            // Compound spelling variants (`Wali Kota` / `Walikota`); not for
            // acronyms, which match only as written.
            let mut keys = vec![(key, words)];
            if target.case.is_none() {
                // Hyphenated words and the possessive split by the case of
                // their letters (`Al-Qaeda`, `al-qaeda`; `Moody's`,
                // `MOODY'S`), and names match in any case: the form in lower
                // case and in capitals may give other key sequences.
                if form.chars().any(|c| is_hyphen(c) || is_apostrophe(c)) {
                    for cased in [form.to_lowercase(), form.to_uppercase()] {
                        if let Some((k, w, _)) = form_key(tokenizer, &cased) {
                            if !keys.iter().any(|(known, _)| *known == k) {
                                keys.push((k, w));
                            }
                        }
                    }
                }
                let spellings: Vec<(Vec<u8>, u32)> = keys
                    .iter()
                    .flat_map(|(k, w)| compound_variants(k, *w))
                    .collect();
                for variant in spellings {
                    if !keys.iter().any(|(known, _)| *known == variant.0) {
                        keys.push(variant);
                    }
                }
            }
            for (key, words) in keys {
                let slot = *index.entry(key.clone()).or_insert_with(|| {
                    keys_in_order.push(key);
                    patterns.push(Pattern {
                        words,
                        targets: Vec::new(),
                    });
                    patterns.len() - 1
                });
                let targets = &mut patterns[slot].targets;
                // One target per entity and form kind: the first form listed wins.
                if !targets
                    .iter()
                    .any(|t| t.entity == entity_index && t.via == via)
                {
                    targets.push(target.clone());
                }
            }
        }
    }
    let automaton = if keys_in_order.is_empty() {
        None
    } else {
        // A DFA is the fastest overlapping search, but its memory and build
        // time grow with the patterns: measured at 100,000 entities it took
        // 2.8 s and 400 MB, so large gazetteers get the contiguous NFA.
        let kind = (keys_in_order.len() <= DFA_MAX_PATTERNS).then_some(AhoCorasickKind::DFA);
        AhoCorasickBuilder::new()
            .kind(kind)
            .match_kind(MatchKind::Standard)
            .build(&keys_in_order)
            .ok()
    };
    Compiled {
        automaton,
        patterns,
    }
}
