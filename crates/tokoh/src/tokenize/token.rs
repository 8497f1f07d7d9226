//! Tokens and their kinds.

use std::fmt;

use super::Norm;
use crate::text::Span;

/// What a token is. The names are those of the JSON output
/// ([`TokenKind::as_str`]).
///
/// # Examples
///
/// ```
/// use tokoh::{Tokenizer, TokenKind};
/// let kinds: Vec<TokenKind> = Tokenizer::new()
///     .tokenize("Rp 5.000 pada 10.30")
///     .iter()
///     .map(|t| t.kind)
///     .collect();
/// assert_eq!(kinds, [TokenKind::Currency, TokenKind::Number, TokenKind::Word, TokenKind::Time]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, an acronym, a reduplication, a letter–digit mix (`COVID-19`).
    Word,
    /// A number (`1.000`, `1,5`, `1990-an`) or a document number (`34/PMK.011/2007`).
    Number,
    /// A date written with digits (`29/7/2022`, `29-7-2022`, `2022-07-29`).
    Date,
    /// A time of day (`10.30`, `10:30`).
    Time,
    /// A currency sign or abbreviation split from its amount (`Rp`, `Rp.`, `US$`, `€`).
    Currency,
    /// A URL or a bare domain (`https://kompas.id/a`, `TRIBUNNEWS.COM`).
    Url,
    /// An e-mail address.
    Email,
    /// A `#hashtag`.
    Hashtag,
    /// An `@user` mention.
    Mention,
    /// An abbreviation with its dots (`Dr.`, `S.H.`, `dll.`, `H.`).
    Abbreviation,
    /// Punctuation, or a run of the same punctuation (`...`, `--`, `?!`).
    Punct,
    /// Any other symbol (`%`, `+`, `°`).
    Symbol,
    /// An emoji, with its modifiers and joiners.
    Emoji,
}

impl TokenKind {
    /// Every kind, in declaration order.
    pub const ALL: [TokenKind; 13] = [
        TokenKind::Word,
        TokenKind::Number,
        TokenKind::Date,
        TokenKind::Time,
        TokenKind::Currency,
        TokenKind::Url,
        TokenKind::Email,
        TokenKind::Hashtag,
        TokenKind::Mention,
        TokenKind::Abbreviation,
        TokenKind::Punct,
        TokenKind::Symbol,
        TokenKind::Emoji,
    ];

    /// The kind's name as written in JSON output (`"word"`, `"date"`, ...).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::TokenKind::Abbreviation.as_str(), "abbreviation");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Date => "date",
            TokenKind::Time => "time",
            TokenKind::Currency => "currency",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Emoji => "emoji",
        }
    }
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One surface token of a text.
///
/// # Examples
///
/// ```
/// use tokoh::{Tokenizer, TokenKind, Span};
///
/// let text = "Ma’ruf Amin";
/// let tokens = Tokenizer::new().tokenize(text);
/// let first = &tokens[0];
/// assert_eq!(first.span, Span::new(0, 8));
/// assert_eq!(first.text(text), "Ma’ruf");
/// assert_eq!(first.norm, "ma'ruf");
/// assert_eq!(first.kind, TokenKind::Word);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Token<'t> {
    /// Byte offsets into the tokenized text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// The normalised form used for matching: see [`crate::text::normalize`].
    /// Borrowed from the text when normalisation changes nothing.
    pub norm: Norm<'t>,
    /// The words the token splits into (`KPK-nya` → `KPK`, `-nya`), when it
    /// splits; see [`Token::words`].
    pub(crate) words: Option<Box<[Span]>>,
}

impl<'t> Token<'t> {
    pub(crate) fn new(
        span: Span,
        kind: TokenKind,
        norm: Norm<'t>,
        words: Option<Box<[Span]>>,
    ) -> Token<'t> {
        Token {
            span,
            kind,
            norm,
            words,
        }
    }

    /// The token's text: `&text[self.span]`.
    ///
    /// # Panics
    ///
    /// When `text` is not the text the token came from and the span does not
    /// fit it.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "diam-diam saja";
    /// let tokens = tokoh::Tokenizer::new().tokenize(text);
    /// assert_eq!(tokens[0].text(text), "diam-diam");
    /// ```
    #[must_use]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span]
    }

    /// The spans of the words this token splits into, in order, covering the
    /// token exactly; a token that does not split is one word, its own span.
    ///
    /// Hyphenated clitics and particles always split off (`KPK-nya` → `KPK` +
    /// `-nya`, `Jokowi-lah`), as do affixes and bound forms before a capital
    /// (`di-PHK` → `di-` + `PHK`, `anti-PKI` → `anti-` + `PKI`); solid clitics
    /// split only from a known stem (`rumahnya` → `rumah` + `nya`, never
    /// `Kenya` or `akhirnya`).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "rumahnya";
    /// let token = &tokoh::Tokenizer::new().tokenize(text)[0];
    /// let words: Vec<&str> = token.words().iter().map(|w| &text[*w]).collect();
    /// assert_eq!(words, ["rumah", "nya"]);
    /// ```
    #[must_use]
    pub fn words(&self) -> &[Span] {
        match &self.words {
            Some(words) => words,
            None => std::slice::from_ref(&self.span),
        }
    }

    /// Whether the words layer splits this token.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokens = tokoh::Tokenizer::new().tokenize("KPK-nya KPK");
    /// assert!(tokens[0].is_split());
    /// assert!(!tokens[1].is_split());
    /// ```
    #[must_use]
    pub fn is_split(&self) -> bool {
        self.words.is_some()
    }
}
