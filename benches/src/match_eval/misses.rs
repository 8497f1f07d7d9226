//! Why a gold mention whose string is in the gazetteer was not found.
//!
//! Each such miss gets the first [`MissClass`] whose test it meets, in this
//! order:
//!
//! 1. [`InsideWord`](MissClass::InsideWord): a gold edge falls inside a word
//!    of the text — a letter or digit on both sides of it (`K<ENAMEX>antor`
//!    markup, a name written solid with a clitic). No word-boundary matcher
//!    finds such a mention; data noise.
//! 2. [`AcronymCase`](MissClass::AcronymCase) (tokoh only, with acronyms on):
//!    the gazetteer string is an acronym and the text writes it in another
//!    case (`Pan` for `PAN`); not matching it is tokoh's acronym rule.
//! 3. [`TokenEdge`](MissClass::TokenEdge) (tokoh only): a gold edge is not
//!    an edge of the words tokoh's tokenizer gives the text, so the matcher
//!    cannot start or end a mention there: a tokenizer convention (the dot
//!    of `Inc.` stays in its token, where the gold ends before it) or a split
//!    inside the name.
//! 4. [`Overlapped`](MissClass::Overlapped): a predicted mention overlaps the
//!    gold one — a longer gazetteer string around it wins (`Presiden SBY`
//!    around `SBY`, `Disney Channel` around `Disney`), as longest-match
//!    semantics say.
//! 5. [`Other`](MissClass::Other): none of these — a matching bug to look
//!    into.

use tokoh::{Span, Tokenizer};

use super::gazetteer::{key, Phrases};
use super::{Doc, Mention};
use crate::text::{char_at, char_before};

/// The reason for a miss (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MissClass {
    /// A gold edge inside a word of the text.
    InsideWord,
    /// An acronym written in another case.
    AcronymCase,
    /// A gold edge is not an edge of tokoh's words.
    TokenEdge,
    /// A predicted mention overlaps the gold one.
    Overlapped,
    /// None of the above.
    Other,
}

impl MissClass {
    /// Every class, in test order.
    pub const ALL: [MissClass; 5] = [
        MissClass::InsideWord,
        MissClass::AcronymCase,
        MissClass::TokenEdge,
        MissClass::Overlapped,
        MissClass::Other,
    ];

    /// Short stable key.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            MissClass::InsideWord => "inside-word",
            MissClass::AcronymCase => "acronym-case",
            MissClass::Overlapped => "overlapped",
            MissClass::TokenEdge => "token-edge",
            MissClass::Other => "other",
        }
    }

    /// What the class means, for reports.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            MissClass::InsideWord => "gold edge inside a word of the text (data)",
            MissClass::AcronymCase => "acronym written in another case (tokoh's acronym rule)",
            MissClass::Overlapped => "a predicted mention overlaps it (longest match wins)",
            MissClass::TokenEdge => "gold edge is not a tokoh word edge (tokenizer)",
            MissClass::Other => "none of these: a matching bug to investigate",
        }
    }
}

/// A gold mention in the gazetteer that was not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// Index of the document in its set's evaluation part.
    pub doc: usize,
    /// The gold mention.
    pub gold: Mention,
    /// Why.
    pub class: MissClass,
    /// The predicted mentions that overlap it.
    pub overlapping: Vec<Mention>,
}

/// What the classifier knows about the tool and the gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct MissContext<'a> {
    /// The set's gazetteer.
    pub phrases: &'a Phrases,
    /// For tokoh: its tokenizer (enables the token-edge test).
    pub tokenizer: Option<&'a Tokenizer>,
    /// For tokoh with acronyms on: enables the acronym-case test.
    pub acronyms: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether an edge of `span` lies between two word characters of `text`.
fn inside_word(text: &str, span: Span) -> bool {
    let cut = |pos: usize| {
        char_before(text, pos).is_some_and(is_word_char)
            && char_at(text, pos).is_some_and(is_word_char)
    };
    cut(span.start) || cut(span.end)
}

/// Whether both edges of `span` are edges of the words tokoh's `tokenizer`
/// gives `text` (the words layer the matcher sees).
#[must_use]
pub fn on_word_edges(tokenizer: &Tokenizer, text: &str, span: Span) -> bool {
    let tokens = tokenizer.tokenize(text);
    let words = tokens.iter().flat_map(|t| t.words().iter().copied());
    let (mut starts, mut ends) = (false, false);
    for w in words {
        starts |= w.start == span.start;
        ends |= w.end == span.end;
    }
    starts && ends
}

/// Classifies the miss of `gold` in `doc` (the `doc_index`-th document),
/// given the tool's `predicted` mentions.
#[must_use]
pub fn classify(
    doc_index: usize,
    doc: &Doc,
    gold: Mention,
    predicted: &[Mention],
    ctx: &MissContext<'_>,
) -> Miss {
    let overlapping: Vec<Mention> = predicted
        .iter()
        .filter(|p| p.span.start < gold.span.end && gold.span.start < p.span.end)
        .copied()
        .collect();
    let surface = doc.slice(gold.span);
    let acronym_case = ctx.acronyms
        && ctx.tokenizer.is_some()
        && ctx.phrases.get(&key(surface)).is_some_and(|p| p.acronym)
        && surface.to_uppercase() != surface;
    let class = if inside_word(&doc.text, gold.span) {
        MissClass::InsideWord
    } else if acronym_case {
        MissClass::AcronymCase
    } else if ctx
        .tokenizer
        .is_some_and(|t| !on_word_edges(t, &doc.text, gold.span))
    {
        MissClass::TokenEdge
    } else if !overlapping.is_empty() {
        MissClass::Overlapped
    } else {
        MissClass::Other
    };
    Miss {
        doc: doc_index,
        gold,
        class,
        overlapping,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::match_eval::MentionType::{Org, Per};

    #[test]
    fn classify_table() {
        let train = [Doc::new(
            "t",
            "PAN dan Budi Santoso",
            vec![Mention::new(0, 3, Org), Mention::new(8, 20, Per)],
        )];
        let phrases = Phrases::collect(&train);
        let tokenizer = Tokenizer::new();
        let tokoh = MissContext {
            phrases: &phrases,
            tokenizer: Some(&tokenizer),
            acronyms: true,
        };
        let other = MissContext {
            phrases: &phrases,
            tokenizer: None,
            acronyms: false,
        };
        // (text, gold, predicted, context, expected)
        let cases = [
            (
                "Kantor Budi Santosonya",
                Mention::new(7, 19, Per),
                vec![],
                tokoh,
                MissClass::InsideWord,
            ),
            (
                "Kata Pan lagi",
                Mention::new(5, 8, Org),
                vec![],
                tokoh,
                MissClass::AcronymCase,
            ),
            (
                "Kata Pan lagi",
                Mention::new(5, 8, Org),
                vec![],
                other,
                MissClass::Other,
            ),
            (
                "Kata Budi Santoso Jr datang",
                Mention::new(5, 17, Per),
                vec![Mention::new(5, 20, Per)],
                tokoh,
                MissClass::Overlapped,
            ),
            (
                "Kata Budi Santoso datang",
                Mention::new(5, 17, Per),
                vec![],
                tokoh,
                MissClass::Other,
            ),
            // `Tbk.` is one abbreviation token: no word edge before its dot
            (
                "saham Telkom Tbk. naik",
                Mention::new(6, 16, Org),
                vec![],
                tokoh,
                MissClass::TokenEdge,
            ),
            (
                "saham Telkom Tbk. naik",
                Mention::new(6, 16, Org),
                vec![Mention::new(6, 17, Org)],
                tokoh,
                MissClass::TokenEdge,
            ),
            (
                "saham Telkom Tbk. naik",
                Mention::new(6, 16, Org),
                vec![Mention::new(6, 17, Org)],
                other,
                MissClass::Overlapped,
            ),
            (
                "saham Telkom Tbk. naik",
                Mention::new(6, 16, Org),
                vec![],
                other,
                MissClass::Other,
            ),
        ];
        for (text, gold, predicted, ctx, expected) in cases {
            let doc = Doc::new("d", text, vec![gold]);
            let miss = classify(0, &doc, gold, &predicted, &ctx);
            assert_eq!(miss.class, expected, "{text:?} {:?}", doc.slice(gold.span));
            assert_eq!(miss.overlapping, predicted);
        }
    }
}
