//! The benchmark text.
//!
//! The real corpus is the kumparan news POS corpus of `nlp-id`
//! (`../shared/data/nlpid-postag/dataset_postag.txt`, 32,780 sentences):
//! its tokens are joined back into sentences ([`detok`]), and every
//! [`SENTENCES_PER_PARAGRAPH`] sentences make a paragraph; paragraphs are
//! separated by a blank line. When `../shared` (or the file) is absent, a
//! synthetic text of about the same size stands in ([`synthetic`]), so that
//! the bench always runs; the numbers are then not comparable.
//!
//! The criterion bench, `dump-corpus` and the spaCy timing script all use
//! [`Corpus::load`], so they time the same text. The text is built in memory
//! and never stored in the repository.

pub mod detok;
pub mod synthetic;

use std::fmt;
use std::path::Path;

use crate::error::read_to_string;
use crate::{shared, Error};

/// Sentences per paragraph of the real corpus.
pub const SENTENCES_PER_PARAGRAPH: usize = 5;

/// The corpus file inside the shared folder.
pub const POSTAG_FILE: &str = "nlpid-postag/dataset_postag.txt";

/// Where the text came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The nlp-id kumparan POS corpus, detokenised.
    NlpIdPostag {
        /// Sentences read.
        sentences: usize,
        /// Tokens read.
        tokens: usize,
    },
    /// The synthetic generator.
    Synthetic {
        /// Why the real corpus was not used.
        reason: String,
    },
}

/// The benchmark text: paragraphs separated by `"\n\n"`.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The text.
    pub text: String,
    /// Where it came from.
    pub source: Source,
}

impl Corpus {
    /// The real corpus from the shared folder (`explicit`, `$TOKOH_SHARED`
    /// or `../shared`, see [`shared::find`]), or the synthetic one when the
    /// folder or the file is absent.
    ///
    /// # Errors
    ///
    /// When the corpus file exists but cannot be read.
    pub fn load(explicit: Option<&Path>) -> Result<Corpus, Error> {
        let Some(dir) = shared::find(explicit) else {
            let reason = format!(
                "shared folder not found at {}",
                shared::candidate(explicit).display()
            );
            return Ok(Corpus::synthetic(reason));
        };
        let path = shared::data_file(&dir, POSTAG_FILE);
        if !path.is_file() {
            return Ok(Corpus::synthetic(format!("{} not found", path.display())));
        }
        Ok(Corpus::from_postag(&read_to_string(&path)?))
    }

    /// The corpus built from the content of `dataset_postag.txt`.
    #[must_use]
    pub fn from_postag(content: &str) -> Corpus {
        let sentences = detok::read_postag(content);
        let tokens = sentences.iter().map(Vec::len).sum();
        let text = detok::paragraphs(&sentences, SENTENCES_PER_PARAGRAPH);
        Corpus {
            text,
            source: Source::NlpIdPostag {
                sentences: sentences.len(),
                tokens,
            },
        }
    }

    /// The synthetic corpus, used because of `reason`.
    #[must_use]
    pub fn synthetic(reason: String) -> Corpus {
        Corpus {
            text: synthetic::generate(synthetic::DEFAULT_BYTES, synthetic::DEFAULT_SEED),
            source: Source::Synthetic { reason },
        }
    }

    /// The paragraphs, in order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split("\n\n").filter(|p| !p.is_empty())
    }

    /// Whether this is the real corpus.
    #[must_use]
    pub fn is_real(&self) -> bool {
        matches!(self.source, Source::NlpIdPostag { .. })
    }
}

impl fmt::Display for Corpus {
    /// One line: size and origin.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mb = self.text.len() as f64 / 1e6;
        let paragraphs = self.paragraphs().count();
        match &self.source {
            Source::NlpIdPostag { sentences, tokens } => write!(
                f,
                "{mb:.2} MB, {paragraphs} paragraphs: nlp-id kumparan news corpus \
                 ({sentences} sentences, {tokens} tokens, detokenised)"
            ),
            Source::Synthetic { reason } => write!(
                f,
                "{mb:.2} MB, {paragraphs} paragraphs: SYNTHETIC Indonesian news-like text \
                 ({reason}); numbers are not comparable with the real corpus"
            ),
        }
    }
}
