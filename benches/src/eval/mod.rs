//! Scoring a tokenizer against the gold sets.
//!
//! A [`Segmenter`] cuts each sentence into tokens (and words, for tokenizers
//! with a words layer); [`evaluate`] scores them against one [`GoldSet`]:
//!
//! - token sets: exact span match of our tokens against the gold tokens,
//!   summed over all sentences (micro precision, recall, F1); our tokens
//!   overlapping an unscored stretch of the gold are left out;
//! - entity sets: the share of gold entity edges on which one of our edges
//!   falls (a token starts at each entity start, one ends at each end),
//!   for surface tokens and for the words layer the matcher sees.
//!
//! Each disagreement is kept with its [`Class`] for the report and the dump.
//!
//! The UD sets are also scored against their gold with the spec's
//! abbreviation convention applied ([`evaluate_spec`], see
//! [`crate::gold::conventions`]): a second score beside the raw one, never
//! instead of it.

pub mod classify;
pub mod report;
pub mod score;
pub mod spans_file;

use std::ops::Range;

use tokoh::{Span, Tokenizer};

pub use classify::Class;
use score::{compare, disputed_positions, score_edges, Counts, Edge, EdgeCounts};

use crate::gold::conventions::SpecGold;
use crate::gold::{Gold, GoldSet, SetId};
use crate::Error;

/// A tokenizer's output for one sentence, as byte spans.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    /// Surface tokens, in order.
    pub tokens: Vec<Span>,
    /// The words layer (tokens split into clitics ...), in order; equal to
    /// `tokens` for a tokenizer without one.
    pub words: Vec<Span>,
}

/// Something that tokenizes sentences.
pub trait Segmenter {
    /// The tokenizer's name in reports.
    fn label(&self) -> &str;

    /// Tokenizes the sentence `id` of `set`, whose text is `text`.
    ///
    /// # Errors
    ///
    /// When the tokenization is not available (an external spans file lacks
    /// the sentence) or does not fit the text.
    fn segment(&self, set: SetId, id: &str, text: &str) -> Result<Prediction, Error>;
}

/// tokoh's tokenizer with default options.
#[derive(Debug, Default)]
pub struct Tokoh {
    tokenizer: Tokenizer,
}

impl Segmenter for Tokoh {
    fn label(&self) -> &str {
        "tokoh"
    }

    fn segment(&self, _set: SetId, _id: &str, text: &str) -> Result<Prediction, Error> {
        let tokens = self.tokenizer.tokenize(text);
        Ok(Prediction {
            words: tokens
                .iter()
                .flat_map(|t| t.words().iter().copied())
                .collect(),
            tokens: tokens.iter().map(|t| t.span).collect(),
        })
    }
}

/// A stretch of a token-set sentence where gold and prediction disagree.
#[derive(Debug, Clone)]
pub struct TokenDisagreement {
    /// Index of the sentence in the set.
    pub sentence: usize,
    /// What it is about.
    pub class: Class,
    /// Bytes covered.
    pub span: Span,
    /// Indices of the gold tokens involved.
    pub gold: Range<usize>,
    /// Indices of the predicted (scored) tokens involved.
    pub ours: Range<usize>,
}

/// An entity edge that the words layer misses.
#[derive(Debug, Clone)]
pub struct EdgeMiss {
    /// Index of the sentence in the set.
    pub sentence: usize,
    /// What it is about.
    pub class: Class,
    /// The edge.
    pub edge: Edge,
    /// The predicted word the edge falls inside.
    pub word: Option<Span>,
}

/// The score of one set.
#[derive(Debug, Clone)]
pub enum Score {
    /// Token-set score.
    Tokens {
        /// Span-match counts.
        counts: Counts,
        /// Every disagreement.
        disagreements: Vec<TokenDisagreement>,
    },
    /// Entity-set score.
    Edges {
        /// Edge recall of the surface tokens.
        surface: EdgeCounts,
        /// Edge recall of the words layer.
        words: EdgeCounts,
        /// Every edge the words layer misses.
        misses: Vec<EdgeMiss>,
    },
}

/// The result of evaluating one set.
#[derive(Debug)]
pub struct SetResult<'g> {
    /// The set.
    pub set: &'g GoldSet,
    /// Our output per sentence (for token sets, only the scored tokens).
    pub predictions: Vec<Prediction>,
    /// The score.
    pub score: Score,
}

/// Scores `segmenter` on `set`.
///
/// # Errors
///
/// When the segmenter fails on a sentence.
pub fn evaluate<'g>(set: &'g GoldSet, segmenter: &dyn Segmenter) -> Result<SetResult<'g>, Error> {
    let mut predictions = Vec::new();
    let score = match &set.gold {
        Gold::Tokens(sentences) => {
            let mut counts = Counts::default();
            let mut disagreements = Vec::new();
            for (index, sentence) in sentences.iter().enumerate() {
                let mut prediction = segmenter.segment(set.id, &sentence.id, &sentence.text)?;
                prediction
                    .tokens
                    .retain(|t| !sentence.unscored.iter().any(|u| overlaps(*t, *u)));
                let (c, blocks) = compare(&sentence.tokens, &prediction.tokens);
                counts.add(c);
                for block in blocks {
                    let positions = disputed_positions(
                        &sentence.tokens[block.gold.clone()],
                        &prediction.tokens[block.ours.clone()],
                    );
                    disagreements.push(TokenDisagreement {
                        sentence: index,
                        class: classify::classify(&sentence.text, block.span, &positions),
                        span: block.span,
                        gold: block.gold,
                        ours: block.ours,
                    });
                }
                predictions.push(prediction);
            }
            Score::Tokens {
                counts,
                disagreements,
            }
        }
        Gold::Entities(sentences) => {
            let (mut surface, mut words) = (EdgeCounts::default(), EdgeCounts::default());
            let mut misses = Vec::new();
            for (index, sentence) in sentences.iter().enumerate() {
                let prediction = segmenter.segment(set.id, &sentence.id, &sentence.text)?;
                let (c, _) = score_edges(&sentence.text, &sentence.entities, &prediction.tokens);
                surface.add(c);
                let (c, missed) =
                    score_edges(&sentence.text, &sentence.entities, &prediction.words);
                words.add(c);
                for edge in missed {
                    let word = prediction
                        .words
                        .iter()
                        .find(|w| w.start < edge.pos && edge.pos < w.end)
                        .copied();
                    let region = word.unwrap_or(sentence.entities[edge.entity].span);
                    misses.push(EdgeMiss {
                        sentence: index,
                        class: classify::classify(&sentence.text, region, &[edge.pos]),
                        edge,
                        word,
                    });
                }
                predictions.push(prediction);
            }
            Score::Edges {
                surface,
                words,
                misses,
            }
        }
    };
    Ok(SetResult {
        set,
        predictions,
        score,
    })
}

/// The score of a set against its gold with the spec's abbreviation
/// convention applied.
#[derive(Debug)]
pub struct SpecResult<'g> {
    /// The rewritten gold, with the number of merged abbreviation dots.
    pub gold: &'g SpecGold,
    /// The score against it.
    pub result: SetResult<'g>,
}

/// Scores `segmenter` on `gold`, a set rewritten to the spec's abbreviation
/// convention; the sentences and texts are those of the raw set, so the
/// same segmenter (tokoh or a spans file) applies.
///
/// # Errors
///
/// When the segmenter fails on a sentence.
pub fn evaluate_spec<'g>(
    gold: &'g SpecGold,
    segmenter: &dyn Segmenter,
) -> Result<SpecResult<'g>, Error> {
    Ok(SpecResult {
        gold,
        result: evaluate(&gold.set, segmenter)?,
    })
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::Sentence;

    /// Splits on spaces, keeping a final full stop apart.
    #[derive(Debug)]
    struct Naive;

    impl Segmenter for Naive {
        fn label(&self) -> &str {
            "naive"
        }
        fn segment(&self, _: SetId, _: &str, text: &str) -> Result<Prediction, Error> {
            let mut tokens = Vec::new();
            let mut pos = 0;
            for word in text.split(' ') {
                tokens.push(Span::new(pos, pos + word.len()));
                pos += word.len() + 1;
            }
            Ok(Prediction {
                words: tokens.clone(),
                tokens,
            })
        }
    }

    #[test]
    fn unscored_stretches_drop_overlapping_tokens() {
        let text = "\"Ya\" kata Prof. Budi";
        let set = GoldSet {
            id: SetId::NerugmIdner,
            gold: Gold::Tokens(vec![Sentence {
                id: "1".into(),
                text: text.into(),
                tokens: vec![
                    Span::new(1, 3),
                    Span::new(5, 9),
                    Span::new(10, 14),
                    Span::new(14, 15),
                    Span::new(16, 20),
                ],
                unscored: vec![Span::new(0, 1), Span::new(3, 4)],
            }]),
            notes: vec![],
        };
        let result = evaluate(&set, &Naive).expect("evaluates");
        let Score::Tokens {
            counts,
            disagreements,
        } = result.score
        else {
            panic!("token set");
        };
        // "\"Ya\"" overlaps the quotes and is not scored.
        assert_eq!(
            counts,
            Counts {
                gold: 5,
                predicted: 3,
                correct: 2
            }
        );
        let classes: Vec<Class> = disagreements.iter().map(|d| d.class).collect();
        assert_eq!(classes, [Class::QuoteApostrophe, Class::AbbreviationDot]);
    }
}
