//! Scoring the matcher: exact-span precision, recall and F1 of PER and ORG
//! mentions found with a gazetteer built from the gold of a training split,
//! on raw text end to end.
//!
//! The pieces, one job each:
//!
//! - [`sets`]: the two evaluation sets (idner-news-2k train → dev; NER UI
//!   training file, every fifth sentence held out) and where their files are;
//! - [`idner`]: reading idner-news-2k's token-level IOB2 files;
//! - [`detok`]: joining those tokens back into natural text, keeping each
//!   token's byte span;
//! - [`trim`]: cutting glued punctuation off the edges of a gold mention
//!   (`(Jokowi)`, `(PDIP),`);
//! - [`recase`]: the evaluated documents rewritten in capitals or lower case
//!   (a diagnostic of case-insensitive matching);
//! - [`gazetteer`]: the gazetteer — one entry per distinct gold string of the
//!   training part — as [`Phrase`](gazetteer::Phrase)s and as a tokoh
//!   [`Gazetteer`](tokoh::Gazetteer);
//! - [`predict`]: the mentions a tool predicts (tokoh's [`Matcher`](tokoh::Matcher),
//!   or another tool's spans read from a file);
//! - [`score`]: the scores, micro-averaged, overall and per type, and the
//!   matcher recall;
//! - [`misses`]: why a gold mention whose string is in the gazetteer was not
//!   found;
//! - [`exchange`]: the files other tools read (documents, gazetteers) and
//!   write (predicted spans);
//! - [`report`]: the Markdown table, the JSON summary and the dump of misses.
//!
//! `eval-match` is the command line; `benches/README.md` says what each
//! number means.

pub mod detok;
pub mod exchange;
pub mod gazetteer;
pub mod idner;
pub mod misses;
pub mod predict;
pub mod recase;
pub mod report;
pub mod score;
pub mod sets;
pub mod trim;

use std::fmt;

use tokoh::{EntityKind, Span};

/// The type of a mention: the two entity types scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionType {
    /// A person (`PER`, `PERSON`); a tokoh [`EntityKind::Person`].
    Per,
    /// An organisation (`ORG`, `ORGANIZATION`); a tokoh
    /// [`EntityKind::Organization`].
    Org,
}

impl MentionType {
    /// Both types, in report order.
    pub const ALL: [MentionType; 2] = [MentionType::Per, MentionType::Org];

    /// `PER` or `ORG`, as reports and exchange files write it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            MentionType::Per => "PER",
            MentionType::Org => "ORG",
        }
    }

    /// The type written `s` (`PER`, `ORG`), if it is one.
    #[must_use]
    pub fn from_str_exact(s: &str) -> Option<MentionType> {
        MentionType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The type of a gold label: idner-news-2k's `PER`/`ORG` or NER UI's
    /// `PERSON`/`ORGANIZATION`; `None` for every other label (`LOC` ...).
    #[must_use]
    pub fn from_label(label: &str) -> Option<MentionType> {
        match label {
            "PER" | "PERSON" => Some(MentionType::Per),
            "ORG" | "ORGANIZATION" => Some(MentionType::Org),
            _ => None,
        }
    }

    /// The type of a mention of an entity of `kind`; `None` for places.
    #[must_use]
    pub const fn from_kind(kind: EntityKind) -> Option<MentionType> {
        match kind {
            EntityKind::Person => Some(MentionType::Per),
            EntityKind::Organization => Some(MentionType::Org),
            EntityKind::Place => None,
        }
    }

    /// The kind of the gazetteer entity made for a gold string of this type.
    #[must_use]
    pub const fn kind(self) -> EntityKind {
        match self {
            MentionType::Per => EntityKind::Person,
            MentionType::Org => EntityKind::Organization,
        }
    }
}

impl fmt::Display for MentionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A typed mention: a byte span of a document and its type. Gold mentions
/// and predicted ones alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offsets into the document's text.
    pub span: Span,
    /// PER or ORG.
    pub ty: MentionType,
}

impl Mention {
    /// A mention of type `ty` at `start..end`.
    #[must_use]
    pub const fn new(start: usize, end: usize, ty: MentionType) -> Mention {
        Mention {
            span: Span::new(start, end),
            ty,
        }
    }
}

/// A document to match in: a sentence of raw text and its gold mentions.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Identifier, unique within its set.
    pub id: String,
    /// The raw text.
    pub text: String,
    /// Gold PER and ORG mentions, sorted, without duplicates (they may
    /// overlap when the gold nests them).
    pub gold: Vec<Mention>,
}

impl Doc {
    /// A document with its gold sorted and deduplicated.
    #[must_use]
    pub fn new(id: impl Into<String>, text: impl Into<String>, mut gold: Vec<Mention>) -> Doc {
        gold.sort_unstable();
        gold.dedup();
        Doc {
            id: id.into(),
            text: text.into(),
            gold,
        }
    }

    /// The text of `span`.
    #[must_use]
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span]
    }
}
