//! The Indonesian-aware tokenizer.
//!
//! [`Tokenizer::tokenize`] cuts a text into surface [`Token`]s following the
//! conventions of tokoh's specification (reduplication, PUEBI hyphens,
//! Indonesian numbers and dates, datelines, abbreviations, clitics ...).
//! Each token carries its exact byte [`Span`](crate::Span) into the original text, a
//! [`TokenKind`], a normalised form for matching, and — where a clitic or an
//! affix is attached (`KPK-nya`, `rumahnya`, `di-PHK`) — the [`Token::words`]
//! it splits into. [`Tokenizer::sentences`] groups tokens into sentences.
//!
//! Every rule family lives in a module of its own: [`numbers`](self) for
//! numbers, dates, times and currency, `web` for URLs, domains, e-mail,
//! mentions and hashtags, `abbreviations`, `hyphenation` (reduplication,
//! prefixes, name pairs), `clitics` (the words layer), `emoji`, `sentences`.

mod abbreviations;
mod clitics;
mod emoji;
mod hyphenation;
mod lexicon;
mod norm;
mod numbers;
mod scanner;
mod sentences;
mod token;
mod web;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

pub use norm::Norm;
pub use token::{Token, TokenKind};

use crate::text::normalize;

/// Options of a [`Tokenizer`], set through [`TokenizerBuilder`].
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) split_clitics: bool,
    pub(crate) line_breaks_end_sentences: bool,
    pub(crate) extra_abbreviations: HashSet<String>,
    pub(crate) extra_stems: HashSet<String>,
}

/// Configures and builds a [`Tokenizer`].
///
/// # Examples
///
/// ```
/// use tokoh::Tokenizer;
///
/// let tokenizer = Tokenizer::builder()
///     .abbreviation("Sdri.") // an abbreviation of your corpus
///     .known_word("pemilu") // a stem the words layer may split clitics from
///     .build();
/// let tokens = tokenizer.tokenize("Sdri. Ani");
/// assert_eq!(tokens[0].text("Sdri. Ani"), "Sdri.");
/// ```
#[derive(Debug, Clone)]
pub struct TokenizerBuilder {
    config: Config,
}

impl Default for TokenizerBuilder {
    fn default() -> Self {
        TokenizerBuilder::new()
    }
}

impl TokenizerBuilder {
    /// A builder with tokoh's default options.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = tokoh::TokenizerBuilder::new().build();
    /// assert_eq!(tokenizer.tokenize("Halo!").len(), 2);
    /// ```
    #[must_use]
    pub fn new() -> TokenizerBuilder {
        TokenizerBuilder {
            config: Config {
                split_clitics: true,
                line_breaks_end_sentences: true,
                extra_abbreviations: HashSet::new(),
                extra_stems: HashSet::new(),
            },
        }
    }

    /// Whether the words layer splits solid clitics off known stems
    /// (`rumahnya` → `rumah` + `nya`). Hyphenated clitics (`KPK-nya`) are
    /// always split. Default: `true`.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = tokoh::Tokenizer::builder().split_clitics(false).build();
    /// assert_eq!(t.tokenize("rumahnya")[0].words().len(), 1);
    /// ```
    #[must_use]
    pub fn split_clitics(mut self, yes: bool) -> TokenizerBuilder {
        self.config.split_clitics = yes;
        self
    }

    /// Whether a line break ends a sentence when the next line starts with a
    /// capital letter, a digit, a quote or a bracket (headlines, datelines and
    /// paragraphs without a final full stop). A blank line always ends a
    /// sentence. Default: `true`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Judul Berita\nJAKARTA - Isi.";
    /// let t = tokoh::Tokenizer::builder().line_breaks_end_sentences(false).build();
    /// assert_eq!(t.sentences(text, &t.tokenize(text)).len(), 1);
    /// let t = tokoh::Tokenizer::new();
    /// assert_eq!(t.sentences(text, &t.tokenize(text)).len(), 2);
    /// ```
    #[must_use]
    pub fn line_breaks_end_sentences(mut self, yes: bool) -> TokenizerBuilder {
        self.config.line_breaks_end_sentences = yes;
        self
    }

    /// Adds an abbreviation that keeps its final full stop and never ends a
    /// sentence (`"Sdri."`, `"Kapt."`). The trailing dot is optional here and
    /// letter case is ignored.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = tokoh::Tokenizer::builder().abbreviation("Kapt").build();
    /// assert_eq!(t.tokenize("Kapt. Budi").len(), 2);
    /// ```
    #[must_use]
    pub fn abbreviation(mut self, abbreviation: &str) -> TokenizerBuilder {
        let key = normalize(abbreviation.trim().trim_end_matches('.')).into_owned();
        if !key.is_empty() {
            self.config.extra_abbreviations.insert(key);
        }
        self
    }

    /// Adds a word (or a name) from which the words layer may split a solid
    /// clitic: with `known_word("pemilu")`, `pemilunya` splits into `pemilu` +
    /// `nya`. tokoh ships a lexicon of common Indonesian words already.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = tokoh::Tokenizer::builder().known_word("Jokowi").build();
    /// let text = "Jokowinya";
    /// let token = &t.tokenize(text)[0];
    /// assert_eq!(token.words().len(), 2);
    /// ```
    #[must_use]
    pub fn known_word(mut self, word: &str) -> TokenizerBuilder {
        let key = normalize(word.trim()).into_owned();
        if !key.is_empty() {
            self.config.extra_stems.insert(key);
        }
        self
    }

    /// Builds the tokenizer.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = tokoh::Tokenizer::builder().build();
    /// assert!(t.tokenize("").is_empty());
    /// ```
    #[must_use]
    pub fn build(self) -> Tokenizer {
        Tokenizer {
            config: Arc::new(self.config),
        }
    }
}

/// The Indonesian tokenizer. Cheap to clone, `Send + Sync`: build it once and
/// share it between threads.
///
/// # Examples
///
/// ```
/// use tokoh::{Tokenizer, TokenKind};
///
/// let text = "TRIBUNNEWS.COM, WASHINGTON - Menlu AS bertemu diam-diam (29/7/2022).";
/// let tokenizer = Tokenizer::new();
/// let tokens = tokenizer.tokenize(text);
/// let surface: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(
///     surface,
///     ["TRIBUNNEWS.COM", ",", "WASHINGTON", "-", "Menlu", "AS", "bertemu",
///      "diam-diam", "(", "29/7/2022", ")", "."]
/// );
/// assert_eq!(tokens[0].kind, TokenKind::Url);
/// assert_eq!(tokens[9].kind, TokenKind::Date);
/// ```
#[derive(Debug, Clone)]
pub struct Tokenizer {
    config: Arc<Config>,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the default options.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokens = tokoh::Tokenizer::new().tokenize("Rp1,5 triliun");
    /// assert_eq!(tokens.len(), 3);
    /// ```
    #[must_use]
    pub fn new() -> Tokenizer {
        TokenizerBuilder::new().build()
    }

    /// A builder for a tokenizer with other options.
    ///
    /// # Examples
    ///
    /// ```
    /// let t = tokoh::Tokenizer::builder().split_clitics(false).build();
    /// # let _ = t;
    /// ```
    #[must_use]
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::new()
    }

    /// Cuts `text` into surface tokens, in order. White space is never a token;
    /// every other character of `text` lies in exactly one token.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "KPK-nya memeriksa 1.000 dokumen.";
    /// let tokens = tokoh::Tokenizer::new().tokenize(text);
    /// let surface: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    /// assert_eq!(surface, ["KPK-nya", "memeriksa", "1.000", "dokumen", "."]);
    /// let words: Vec<&str> = tokens[0].words().iter().map(|w| &text[*w]).collect();
    /// assert_eq!(words, ["KPK", "-nya"]);
    /// ```
    #[must_use]
    pub fn tokenize<'t>(&self, text: &'t str) -> Vec<Token<'t>> {
        // News text has about one token per six bytes; a little more room
        // avoids a reallocation (and a copy of every token) near the end.
        let mut tokens = Vec::with_capacity(text.len() / 5 + 8);
        self.tokenize_into(text, &mut tokens);
        tokens
    }

    /// Like [`Tokenizer::tokenize`], but appends to `tokens` (which is cleared
    /// first), so that a caller tokenizing many documents can reuse one
    /// allocation.
    ///
    /// # Examples
    ///
    /// ```
    /// let tokenizer = tokoh::Tokenizer::new();
    /// let mut tokens = Vec::new();
    /// for doc in ["Satu dua.", "Tiga."] {
    ///     tokenizer.tokenize_into(doc, &mut tokens);
    ///     assert!(!tokens.is_empty());
    /// }
    /// ```
    pub fn tokenize_into<'t>(&self, text: &'t str, tokens: &mut Vec<Token<'t>>) {
        tokens.clear();
        scanner::Scanner::new(text, &self.config, tokens).run();
    }

    /// Groups `tokens` (as returned by [`Tokenizer::tokenize`] for `text`)
    /// into sentences, each a range of token indices. Every token belongs to
    /// exactly one sentence, in order.
    ///
    /// Abbreviations that precede a name (`Jl.`, `Prof.`, `Dr.`, `PT.`, `pk.`,
    /// `tgl.`, initials) never end a sentence; a degree or `dll.` does when a
    /// capitalised word follows.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Kantor di Jl. Prof. Dr. Soepomo pk. 14.30. Koneksi putus.";
    /// let t = tokoh::Tokenizer::new();
    /// let tokens = t.tokenize(text);
    /// let sentences = t.sentences(text, &tokens);
    /// assert_eq!(sentences.len(), 2);
    /// assert_eq!(tokens[sentences[1].start].text(text), "Koneksi");
    /// ```
    #[must_use]
    pub fn sentences(&self, text: &str, tokens: &[Token<'_>]) -> Vec<Range<usize>> {
        sentences::split(text, tokens, &self.config)
    }
}
