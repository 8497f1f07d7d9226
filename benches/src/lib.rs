//! Evaluation and benchmark support for tokoh (not published).
//!
//! Everything here reads the developers' shared data folder, `../shared`
//! next to the workspace root (see [`shared`]), and never ships with tokoh.
//!
//! - [`corpus`] builds the benchmark text: real kumparan news sentences
//!   detokenised into paragraphs, or a synthetic stand-in when `../shared`
//!   is absent. The criterion bench, the `dump-corpus` binary and the spaCy
//!   timing script all use the same text.
//! - [`gold`] reads gold tokenisations (UD Indonesian, idner-news-2k aligned
//!   to the raw NER UGM text) and gold entity spans (NER UI, NER UGM).
//! - [`gazetteer_gen`] generates gazetteers of any size for the matcher
//!   benches.
//! - [`eval`] scores a tokenizer against them and explains the
//!   disagreements; `eval-tokenize` is its command line.
//! - [`match_eval`] scores gazetteer matching (PER/ORG mentions, exact
//!   spans) with gazetteers built from NER gold; `eval-match` is its command
//!   line.
#![warn(missing_docs)]

pub mod corpus;
pub mod error;
pub mod eval;
pub mod gazetteer_gen;
pub mod gold;
pub mod match_eval;
pub mod shared;
pub mod text;

pub use error::Error;
