//! Disagreement classes: what a disagreement is about, from the characters
//! around the disputed token edges.
//!
//! A disagreement is classified by the first rule that one of its disputed
//! positions (an edge one side has and the other has not) meets:
//!
//! 1. `url/domain` — the stretch looks like a URL, a domain or an e-mail;
//! 2. `quote/apostrophe` — a quotation mark or apostrophe on either side;
//! 3. `hyphen` — a hyphen or dash on either side (`diam-diam`, `ke-3`,
//!    `2009-2014`, `Jokowi-JK`);
//! 4. `abbreviation-dot` — a full stop after a letter (`Prof.`, `P.T.`,
//!    sentence-final `NLP.`);
//! 5. `number/date` — a digit, `%` or a currency sign on either side
//!    (`Rp5`, `25%`, `10.30`, `29/7`);
//! 6. `clitic` — letters on both sides (`rumah|nya`, `apa|kah`, `ku|lihat`);
//! 7. `bracket/punct` — other punctuation (`(`, `,`, `...`);
//! 8. `other` — anything else (e.g. a gold token holding a space).

use std::fmt;

use tokoh::Span;

use crate::text::{char_at, char_before, is_dash, is_quote};

/// What a disagreement is about. See the [module docs](self) for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// URLs, domains, e-mail addresses.
    UrlDomain,
    /// Quotation marks and apostrophes.
    QuoteApostrophe,
    /// Hyphens and dashes.
    Hyphen,
    /// Full stops after letters.
    AbbreviationDot,
    /// Digits, `%`, currency signs.
    NumberDate,
    /// A split between two letters.
    Clitic,
    /// Other punctuation.
    BracketPunct,
    /// Anything else.
    Other,
}

impl Class {
    /// The class name used in reports.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::UrlDomain => "url/domain",
            Class::QuoteApostrophe => "quote/apostrophe",
            Class::Hyphen => "hyphen",
            Class::AbbreviationDot => "abbreviation-dot",
            Class::NumberDate => "number/date",
            Class::Clitic => "clitic",
            Class::BracketPunct => "bracket/punct",
            Class::Other => "other",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Classifies a disagreement over `region` of `text` whose disputed edges
/// are `positions` (byte offsets).
#[must_use]
pub fn classify(text: &str, region: Span, positions: &[usize]) -> Class {
    if region.get(text).is_some_and(looks_like_url) {
        return Class::UrlDomain;
    }
    let around: Vec<(Option<char>, Option<char>, usize)> = positions
        .iter()
        .map(|&p| (char_before(text, p), char_at(text, p), p))
        .collect();
    let either = |f: &dyn Fn(char) -> bool| {
        around
            .iter()
            .any(|&(l, r, _)| l.is_some_and(f) || r.is_some_and(f))
    };
    if either(&|c| is_quote(c)) {
        return Class::QuoteApostrophe;
    }
    if either(&|c| is_dash(c)) {
        return Class::Hyphen;
    }
    let dot_after_letter = around.iter().any(|&(l, r, p)| {
        let letter_then_dot = l.is_some_and(char::is_alphabetic) && r == Some('.');
        let after_such_dot =
            l == Some('.') && char_before(text, p - 1).is_some_and(char::is_alphabetic);
        letter_then_dot || after_such_dot
    });
    if dot_after_letter {
        return Class::AbbreviationDot;
    }
    if either(&|c| c.is_numeric() || matches!(c, '%' | '$' | '€' | '£' | '¥' | '‰')) {
        return Class::NumberDate;
    }
    let between_letters = around
        .iter()
        .any(|&(l, r, _)| l.is_some_and(char::is_alphabetic) && r.is_some_and(char::is_alphabetic));
    if between_letters {
        return Class::Clitic;
    }
    if either(&|c| !c.is_alphanumeric() && !c.is_whitespace()) {
        return Class::BracketPunct;
    }
    Class::Other
}

/// Whether `s` contains a URL, an e-mail address or a domain name with a
/// common top-level domain (`KOMPAS.com`, `detik.id`).
#[must_use]
pub fn looks_like_url(s: &str) -> bool {
    let lower = s.to_lowercase();
    if lower.contains("://") || lower.contains("www.") {
        return true;
    }
    let bytes = lower.as_bytes();
    if let Some(at) = lower.find('@') {
        if at > 0 && bytes[at - 1].is_ascii_alphanumeric() && lower[at + 1..].contains('.') {
            return true;
        }
    }
    const TLDS: [&str; 10] = [
        "com", "id", "net", "org", "co", "go", "ac", "info", "io", "tv",
    ];
    lower.match_indices('.').any(|(dot, _)| {
        let before_ok = dot > 0 && bytes[dot - 1].is_ascii_alphanumeric();
        let label: String = lower[dot + 1..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        before_ok && TLDS.contains(&label.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_at(text: &str, pos: usize) -> Class {
        classify(text, Span::new(0, text.len()), &[pos])
    }

    #[test]
    fn classes() {
        assert_eq!(class_at("Prof.", 4), Class::AbbreviationDot);
        assert_eq!(class_at("P.T.", 2), Class::AbbreviationDot);
        assert_eq!(class_at("10.30", 2), Class::NumberDate);
        assert_eq!(class_at("Rp5", 2), Class::NumberDate);
        assert_eq!(class_at("25%", 2), Class::NumberDate);
        assert_eq!(class_at("diam-diam", 4), Class::Hyphen);
        assert_eq!(class_at("rumahnya", 5), Class::Clitic);
        assert_eq!(class_at("\"KPK", 1), Class::QuoteApostrophe);
        assert_eq!(class_at("Ma'ruf", 2), Class::QuoteApostrophe);
        assert_eq!(class_at("(CDM)", 1), Class::BracketPunct);
        assert_eq!(class_at("KOMPAS.com", 6), Class::UrlDomain);
        assert_eq!(class_at("a b", 1), Class::Other);
    }

    #[test]
    fn urls() {
        assert!(looks_like_url("Tribunnews.com"));
        assert!(looks_like_url("http://contoh.net"));
        assert!(looks_like_url("andy.librian@gmail.com"));
        assert!(!looks_like_url("Inc."));
        assert!(!looks_like_url("1.000"));
        assert!(!looks_like_url("S.Kom"));
    }
}
