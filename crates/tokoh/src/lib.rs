//! # tokoh
//!
//! tokoh reads Indonesian news and finds who and what it talks about. This
//! crate is its core: an Indonesian-aware tokenizer with exact byte offsets,
//! gazetteers of officials, institutions and places, and a matcher that finds
//! their mentions.
//!
//! Most users need a few types: [`Tokenizer`] and the [`Token`]s it returns
//! (each with a [`Span`] of byte offsets that indexes the original `&str`);
//! [`Gazetteer`] (built in with [`Gazetteer::builtin`], or loaded from JSON
//! Lines with [`GazetteerBuilder`]) of [`Entity`]s; and [`Matcher`], which
//! finds [`Mention`]s.
//!
//! ```
//! use tokoh::{Tokenizer, TokenKind};
//!
//! let text = "JAKARTA, KOMPAS.com - Presiden menaikkan anggaran Rp1,5 triliun.";
//! let tokenizer = Tokenizer::new();
//! let tokens = tokenizer.tokenize(text);
//! assert_eq!(tokens[2].text(text), "KOMPAS.com");
//! assert_eq!(tokens[2].kind, TokenKind::Url);
//! assert_eq!(tokens[7].text(text), "Rp");
//! assert_eq!(tokens[8].text(text), "1,5");
//! ```
//!
//! ```
//! use tokoh::{Gazetteer, Matcher};
//!
//! let matcher = Matcher::new(Gazetteer::builtin().clone());
//! let text = "Penyidik KPK memeriksa saksi di Jakarta.";
//! let found: Vec<&str> = matcher.find(text).iter().map(|m| &text[m.span]).collect();
//! assert!(found.contains(&"KPK"));
//! ```
//!
//! The conventions (what is one token, what is split) are documented in the
//! README and tested case by case in the repository's `tests/` vectors.
#![deny(missing_docs)]
#![warn(clippy::unwrap_used)]

mod error;
pub mod gazetteer;
pub mod matcher;
pub mod text;
pub mod tokenize;

pub use error::{
    GazetteerError, GazetteerErrorKind, GazetteerErrors, ParseError, Warning, WarningKind,
};
pub use gazetteer::{
    Entity, EntityKind, FormKind, Gazetteer, GazetteerBuilder, GazetteerStats, Role,
};
pub use matcher::{Matcher, Mention};
pub use text::Span;
pub use tokenize::{Norm, Token, TokenKind, Tokenizer, TokenizerBuilder};

#[cfg(test)]
mod auto_traits {
    use super::*;

    fn assert_send_sync_unwind<
        T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
    >() {
    }

    #[test]
    fn public_types_are_send_sync_unwind_safe() {
        assert_send_sync_unwind::<Span>();
        assert_send_sync_unwind::<Token<'static>>();
        assert_send_sync_unwind::<TokenKind>();
        assert_send_sync_unwind::<Norm<'static>>();
        assert_send_sync_unwind::<Tokenizer>();
        assert_send_sync_unwind::<Matcher>();
        assert_send_sync_unwind::<Mention>();
        assert_send_sync_unwind::<TokenizerBuilder>();
        assert_send_sync_unwind::<text::NormalizedText>();
        assert_send_sync_unwind::<Gazetteer>();
        assert_send_sync_unwind::<GazetteerBuilder>();
        assert_send_sync_unwind::<GazetteerStats>();
        assert_send_sync_unwind::<Entity>();
        assert_send_sync_unwind::<EntityKind>();
        assert_send_sync_unwind::<FormKind>();
        assert_send_sync_unwind::<Role>();
        assert_send_sync_unwind::<gazetteer::Date>();
        assert_send_sync_unwind::<GazetteerError>();
        assert_send_sync_unwind::<GazetteerErrorKind>();
        assert_send_sync_unwind::<GazetteerErrors>();
        assert_send_sync_unwind::<ParseError>();
        assert_send_sync_unwind::<Warning>();
        assert_send_sync_unwind::<WarningKind>();
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
