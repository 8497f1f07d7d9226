//! The words layer (in progress).
use super::{Config, Token};
pub(crate) fn split_words(_text: &str, _config: &Config, _tokens: &mut [Token<'_>]) {}
