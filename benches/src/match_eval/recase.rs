//! Rewriting the evaluated documents in capitals or in lower case, keeping
//! every byte offset: a diagnostic of case-insensitive matching.
//!
//! tokoh matches names in any letter case (SPEC §3.2), so the matcher recall
//! on `JOKO WIDODO` or `joko widodo` should be what it is on `Joko Widodo`
//! (acronyms excepted: they match only as written or in capitals). Headlines
//! and datelines are written in capitals, so [`Recase::Upper`] is the case
//! that matters for news. The gold spans stay valid because each character is
//! replaced by its case mapping only when that is one character of the same
//! UTF-8 length (`ß` stays `ß`, `İ` stays `İ`).

/// How the evaluated documents are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Recase {
    /// As the data has them.
    #[default]
    AsIs,
    /// In capitals.
    Upper,
    /// In lower case.
    Lower,
}

impl Recase {
    /// Every variant, in option order.
    pub const ALL: [Recase; 3] = [Recase::AsIs, Recase::Upper, Recase::Lower];

    /// The option value: `as-is`, `upper`, `lower`.
    #[must_use]
    pub const fn key(self) -> &'static str {
        match self {
            Recase::AsIs => "as-is",
            Recase::Upper => "upper",
            Recase::Lower => "lower",
        }
    }

    /// The variant with this option value.
    #[must_use]
    pub fn from_key(key: &str) -> Option<Recase> {
        Recase::ALL.into_iter().find(|r| r.key() == key)
    }

    /// `text` rewritten, with the same length and character boundaries.
    #[must_use]
    pub fn apply(self, text: &str) -> String {
        match self {
            Recase::AsIs => text.to_owned(),
            Recase::Upper => text
                .chars()
                .map(|c| same_size(c, c.to_uppercase()))
                .collect(),
            Recase::Lower => text
                .chars()
                .map(|c| same_size(c, c.to_lowercase()))
                .collect(),
        }
    }
}

/// `mapped` (the case mapping of `c`) when it is one character of the same
/// UTF-8 length as `c`; else `c`.
fn same_size(c: char, mut mapped: impl Iterator<Item = char>) -> char {
    match (mapped.next(), mapped.next()) {
        (Some(m), None) if m.len_utf8() == c.len_utf8() => m,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recase_table() {
        let cases = [
            (
                Recase::Upper,
                "Brigade Ezzedine al-Qassam",
                "BRIGADE EZZEDINE AL-QASSAM",
            ),
            (Recase::Lower, "Radio Monte-Carlo", "radio monte-carlo"),
            (Recase::Upper, "Straße İzmir é", "STRAßE İZMIR É"),
            (Recase::Lower, "İzmir ÉTÉ", "İzmir été"),
            (Recase::AsIs, "Moody's", "Moody's"),
        ];
        for (recase, input, expected) in cases {
            let got = recase.apply(input);
            assert_eq!(got, expected, "{recase:?} {input}");
            assert_eq!(got.len(), input.len());
        }
        for r in Recase::ALL {
            assert_eq!(Recase::from_key(r.key()), Some(r));
        }
    }
}
