//! # tokoh
//!
//! tokoh reads Indonesian news and finds who and what it talks about. This
//! crate is its core: an Indonesian-aware tokenizer with exact byte offsets.
//!
//! Most users need three types: [`Tokenizer`] (build once, share between
//! threads), the [`Token`]s it returns, and the [`Span`] of byte offsets every
//! token carries, which indexes the original `&str` directly.
//!
//! ```
//! use tokoh::{Tokenizer, TokenKind};
//!
//! let text = "JAKARTA, KOMPAS.com - Presiden menaikkan anggaran Rp1,5 triliun.";
//! let tokenizer = Tokenizer::new();
//! for token in tokenizer.tokenize(text) {
//!     assert_eq!(&text[token.span], token.text(text));
//! }
//! let tokens = tokenizer.tokenize(text);
//! assert_eq!(tokens[2].text(text), "KOMPAS.com");
//! assert_eq!(tokens[2].kind, TokenKind::Url);
//! assert_eq!(tokens[7].text(text), "Rp");
//! assert_eq!(tokens[8].text(text), "1,5");
//! ```
//!
//! The conventions (what is one token, what is split) are documented in the
//! README and tested case by case in the repository's `tests/` vectors.
#![deny(missing_docs)]
#![warn(clippy::unwrap_used)]

pub mod text;
pub mod tokenize;

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
        assert_send_sync_unwind::<TokenizerBuilder>();
        assert_send_sync_unwind::<text::NormalizedText>();
    }
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
