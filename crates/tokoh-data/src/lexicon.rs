//! The tokenizer's lexicon of ordinary Indonesian words, used to flag
//! names that are also common words (`malang`, `batu`).

use std::collections::HashSet;
use std::path::Path;

use crate::Error;

/// Lower-case ordinary words.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: HashSet<String>,
}

impl Lexicon {
    /// Reads `stems.txt`: one word a line, `#` lines are comments.
    ///
    /// # Errors
    ///
    /// The file cannot be read.
    pub fn load(path: &Path) -> Result<Lexicon, Error> {
        let text = Error::read(path.to_path_buf())?;
        Ok(Lexicon::from_words(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        ))
    }

    /// A lexicon of the given words (lower-cased).
    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Lexicon {
        Lexicon {
            words: words.into_iter().map(str::to_lowercase).collect(),
        }
    }

    /// Whether `word` (any case) is an ordinary word.
    #[must_use]
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }

    /// Whether every word of `phrase` is an ordinary word, so that the
    /// phrase can occur in running text in lower case (`batu bara`,
    /// `pesisir selatan`).
    #[must_use]
    pub fn is_common_phrase(&self, phrase: &str) -> bool {
        let mut words = phrase
            .split([' ', '-'])
            .filter(|w| !w.is_empty())
            .peekable();
        words.peek().is_some() && words.all(|w| self.contains(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_common_when_every_word_is() {
        let lexicon = Lexicon::from_words(["batu", "bara", "pesisir", "selatan"]);
        let cases = [
            ("Batu", true),
            ("batu bara", true),
            ("Pesisir Selatan", true),
            ("Aceh Selatan", false),
            ("Surabaya", false),
            ("", false),
        ];
        for (phrase, expected) in cases {
            assert_eq!(lexicon.is_common_phrase(phrase), expected, "{phrase}");
        }
    }
}
