//! Gold data: what the tokenizer is scored against.
//!
//! Two kinds of gold exist in `../shared`:
//!
//! - **token sets** ([`Sentence`]): a gold surface tokenisation of each
//!   sentence, scored by exact span match (precision, recall, F1). UD
//!   Indonesian GSD dev and CSUI train ([`conllu`]), and the NER UGM raw text
//!   with the tokens of idner-news-2k aligned to it ([`idner`]).
//! - **entity sets** ([`EntitySentence`]): raw sentences with inline entity
//!   tags and no gold tokenisation ([`tagged`]). Only the entity edges are
//!   gold; they are scored by boundary recall.
//!
//! [`conventions`] rewrites a UD gold set to tokoh's own abbreviation
//! convention, for a second, clearly labelled score beside the raw one.

pub mod conllu;
pub mod conventions;
pub mod idner;
pub mod tagged;

use std::path::{Path, PathBuf};

use tokoh::Span;

use crate::shared;
use crate::text::is_space;
use crate::Error;

/// A sentence with its gold surface tokens.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Identifier, unique within its set (`sent_id`, line number ...).
    pub id: String,
    /// The raw text.
    pub text: String,
    /// Gold tokens as byte spans into `text`, in order, not overlapping.
    pub tokens: Vec<Span>,
    /// Stretches of `text` (never white space) that the gold does not cover,
    /// e.g. the quotation marks idner-news-2k dropped. A predicted token that
    /// overlaps one is left out of the score: neither right nor wrong.
    pub unscored: Vec<Span>,
}

/// A gold entity: a labelled byte span.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Byte span into the sentence text, without surrounding white space.
    pub span: Span,
    /// The label (`PERSON`, `LOCATION` ...).
    pub label: String,
}

/// A sentence with gold entities but no gold tokenisation.
#[derive(Debug, Clone)]
pub struct EntitySentence {
    /// Identifier, unique within its set.
    pub id: String,
    /// The raw text, tags removed.
    pub text: String,
    /// Gold entities, in order of their start.
    pub entities: Vec<Entity>,
}

/// The gold of one evaluation set.
#[derive(Debug, Clone)]
pub enum Gold {
    /// Gold surface tokens.
    Tokens(Vec<Sentence>),
    /// Gold entity spans only.
    Entities(Vec<EntitySentence>),
}

impl Gold {
    /// `(id, text)` of every sentence.
    pub fn texts(&self) -> Box<dyn Iterator<Item = (&str, &str)> + '_> {
        match self {
            Gold::Tokens(s) => Box::new(s.iter().map(|s| (s.id.as_str(), s.text.as_str()))),
            Gold::Entities(s) => Box::new(s.iter().map(|s| (s.id.as_str(), s.text.as_str()))),
        }
    }
}

/// The evaluation sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SetId {
    /// UD Indonesian GSD, dev split.
    UdGsdDev,
    /// UD Indonesian CSUI, train split (news).
    UdCsuiTrain,
    /// NER UGM raw train text, gold tokens from idner-news-2k train + dev.
    NerugmIdner,
    /// NER UGM raw train text, gold entity edges.
    NerugmEntities,
    /// NER UI raw train text, gold entity edges.
    NeruiEntities,
}

impl SetId {
    /// Every set, in report order.
    pub const ALL: [SetId; 5] = [
        SetId::UdGsdDev,
        SetId::UdCsuiTrain,
        SetId::NerugmIdner,
        SetId::NerugmEntities,
        SetId::NeruiEntities,
    ];

    /// Short stable key, used in files and on the command line.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            SetId::UdGsdDev => "ud-gsd-dev",
            SetId::UdCsuiTrain => "ud-csui-train",
            SetId::NerugmIdner => "nerugm-idner",
            SetId::NerugmEntities => "nerugm-entities",
            SetId::NeruiEntities => "nerui-entities",
        }
    }

    /// Human-readable name.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            SetId::UdGsdDev => "UD Indonesian GSD dev",
            SetId::UdCsuiTrain => "UD Indonesian CSUI train",
            SetId::NerugmIdner => "NER UGM raw train, idner-news-2k tokens",
            SetId::NerugmEntities => "NER UGM raw train, entity edges",
            SetId::NeruiEntities => "NER UI raw train, entity edges",
        }
    }

    /// The set with this key.
    #[must_use]
    pub fn from_key(key: &str) -> Option<SetId> {
        SetId::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The files the set is built from, inside the shared folder `dir`.
    fn files(self, dir: &Path) -> Vec<PathBuf> {
        let file = |rest: &str| shared::data_file(dir, rest);
        match self {
            SetId::UdGsdDev => vec![file("ud-indonesian/gsd_dev.conllu")],
            SetId::UdCsuiTrain => vec![file("ud-indonesian/csui_train.conllu")],
            SetId::NerugmIdner => vec![
                file("nerugm-raw/data_train.txt"),
                file("idner-news-2k/train.txt"),
                file("idner-news-2k/dev.txt"),
            ],
            SetId::NerugmEntities => vec![file("nerugm-raw/data_train.txt")],
            SetId::NeruiEntities => vec![file("nerui-raw/training_data.txt")],
        }
    }

    fn build(self, files: &[PathBuf], options: LoadOptions) -> Result<GoldSet, Error> {
        let (gold, notes) = match self {
            SetId::UdGsdDev | SetId::UdCsuiTrain => conllu::load(&files[0])?,
            SetId::NerugmIdner => idner::load(&files[0], &files[1..], options)?,
            SetId::NerugmEntities => tagged::load(&files[0], tagged::LineFormat::Plain)?,
            SetId::NeruiEntities => tagged::load(&files[0], tagged::LineFormat::TabId)?,
        };
        Ok(GoldSet {
            id: self,
            gold,
            notes,
        })
    }
}

/// One evaluation set.
#[derive(Debug, Clone)]
pub struct GoldSet {
    /// Which set.
    pub id: SetId,
    /// The gold.
    pub gold: Gold,
    /// How the gold was built from the files: counts of skipped or
    /// normalised material, printed with the results.
    pub notes: Vec<String>,
}

/// Options for building the gold.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    /// Split the edge punctuation idner-news-2k leaves glued to words
    /// (`(BEI)`, `persen)`, `ini?`); see [`idner::normalize_edges`].
    pub normalize_idner: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            normalize_idner: true,
        }
    }
}

/// Loads `sets` from the shared folder `dir`. A set whose files are missing
/// is skipped, with a message in the second list.
///
/// # Errors
///
/// When a file exists but cannot be read or parsed.
pub fn load(
    dir: &Path,
    sets: &[SetId],
    options: LoadOptions,
) -> Result<(Vec<GoldSet>, Vec<String>), Error> {
    let mut loaded = Vec::new();
    let mut skipped = Vec::new();
    for &set in sets {
        let files = set.files(dir);
        if let Some(missing) = files.iter().find(|p| !p.is_file()) {
            skipped.push(format!(
                "skipping {}: {} not found",
                set.key(),
                missing.display()
            ));
            continue;
        }
        loaded.push(set.build(&files, options)?);
    }
    Ok((loaded, skipped))
}

/// Locates `forms` in `text` left to right, each at the first position where
/// it occurs after the previous one. White space between forms is skipped;
/// any other character between forms must pass `may_skip`, and is recorded as
/// unscored. Returns the spans of the forms and the unscored stretches, or
/// `None` when a form cannot be placed.
pub(crate) fn locate<'f>(
    text: &str,
    forms: impl IntoIterator<Item = &'f str>,
    may_skip: impl Fn(char) -> bool,
) -> Option<(Vec<Span>, Vec<Span>)> {
    let mut spans = Vec::new();
    let mut unscored: Vec<Span> = Vec::new();
    let mut skip = |start: usize, end: usize| match unscored.last_mut() {
        Some(last) if last.end == start => last.end = end,
        _ => unscored.push(Span::new(start, end)),
    };
    let mut pos = 0;
    for form in forms {
        if form.is_empty() {
            return None;
        }
        loop {
            let rest = &text[pos..];
            if rest.starts_with(form) {
                spans.push(Span::new(pos, pos + form.len()));
                pos += form.len();
                break;
            }
            let c = rest.chars().next()?;
            if !is_space(c) {
                if !may_skip(c) {
                    return None;
                }
                skip(pos, pos + c.len_utf8());
            }
            pos += c.len_utf8();
        }
    }
    for (i, c) in text[pos..].char_indices() {
        if !is_space(c) {
            if !may_skip(c) {
                return None;
            }
            skip(pos + i, pos + i + c.len_utf8());
        }
    }
    Some((spans, unscored))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_skips_space_and_records_skipped_characters() {
        let text = "\"Itu benar,\" kata Budi.";
        let (spans, unscored) = locate(
            text,
            ["Itu", "benar", ",", "kata", "Budi", "."],
            crate::text::is_quote,
        )
        .expect("aligns");
        let got: Vec<&str> = spans.iter().map(|s| &text[*s]).collect();
        assert_eq!(got, ["Itu", "benar", ",", "kata", "Budi", "."]);
        let skipped: Vec<&str> = unscored.iter().map(|s| &text[*s]).collect();
        assert_eq!(skipped, ["\"", "\""]);
    }

    #[test]
    fn locate_fails_on_other_characters() {
        assert!(locate("a (b)", ["a", "b"], crate::text::is_quote).is_none());
        assert!(locate("a b", ["a", "c"], |_| true).is_none());
    }
}
