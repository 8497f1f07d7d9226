//! The main scanning loop (in progress).
use super::{Config, Token, TokenKind};
use crate::text::{chars::is_separator, normalize, Span};

pub(crate) struct Scanner<'t, 'o> {
    text: &'t str,
    out: &'o mut Vec<Token<'t>>,
}

impl<'t, 'o> Scanner<'t, 'o> {
    pub(crate) fn new(text: &'t str, _config: &Config, out: &'o mut Vec<Token<'t>>) -> Self {
        Scanner { text, out }
    }
    pub(crate) fn run(self) {
        let mut start = None;
        for (i, c) in self
            .text
            .char_indices()
            .chain(std::iter::once((self.text.len(), ' ')))
        {
            if is_separator(c) {
                if let Some(s) = start.take() {
                    let span = Span::new(s, i);
                    self.out.push(Token::new(
                        span,
                        TokenKind::Word,
                        normalize(&self.text[span]),
                    ));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
    }
}
