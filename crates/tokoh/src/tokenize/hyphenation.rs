//! Hyphens inside words: when `A-B` is one token and when it is three.
//!
//! One token: reduplication in any form (`diam-diam`, `berkali-kali`,
//! `sebaik-baiknya`, `anak-anaknya`, `Undang-Undang`), a bound form or prefix
//! before anything (`se-Indonesia`, `ke-3`, `non-PNS`, `pasca-Lebaran`,
//! `di-PHK`), a clitic or particle after anything (`KPK-nya`, `Jokowi-lah`),
//! letter–digit mixes (`COVID-19`, `SARS-CoV-2`, `U-23`), a single letter on
//! either side (`APBN-P`, `e-KTP`), and compounds written in lower case
//! (`tanya-jawab`, `profit-taking`).
//!
//! Split: two capitalised words that are not a reduplication — pairs of names
//! and ranges (`Jokowi` `-` `Ahok`, `KPK` `-` `Polri`, `Januari` `-`
//! `September`).

use super::scanner::{char_at, scan_core};
use crate::text::chars::{is_hyphen, is_word_char};

/// Clitics and particles that attach with a hyphen (`KPK-nya`, `Dia-lah`).
pub(crate) const CLITICS: &[&str] = &["nya", "ku", "mu", "lah", "kah", "pun", "tah"];

/// Bound forms (PUEBI) that take a hyphen before a capital, a digit or an
/// abbreviation, in any letter case (`Pasca-Lebaran` at a sentence start).
pub(crate) const BOUND_FORMS: &[&str] = &[
    "se", "ke", "non", "pasca", "pra", "anti", "pro", "eks", "ex", "antar", "inter", "intra",
    "pan", "sub", "super", "multi", "ultra", "semi", "neo", "swa", "tuna", "kontra", "trans",
    "pos", "post", "pre", "mini", "maha", "serba", "dwi", "tri", "catur", "panca", "infra",
    "makro", "mikro", "bi",
];

/// Verbal and nominal prefixes that take a hyphen before an abbreviation or
/// a foreign word (`di-PHK`, `mem-PHK`, `di-update`); lower case only.
pub(crate) const PREFIXES: &[&str] = &[
    "di", "ter", "ber", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny",
    "per", "ke", "se",
];

/// Whether `word` (any case) is one of `list`, compared ASCII-case-insensitively.
#[inline]
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    if word.len() > 6 || word.is_empty() {
        return false;
    }
    // Compare lower case bytes; entries are lower case and at most six bytes.
    let mut buf = [0u8; 6];
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    let lower = &buf[..word.len()];
    // Byte by byte: these words are too short to pay for a call to `memcmp`.
    list.iter()
        .any(|w| w.len() == lower.len() && w.bytes().zip(lower).all(|(a, &b)| a == b))
}

/// Whether `b` repeats `a` (case-insensitive, ASCII-folded): equal, or
/// sharing a stem at the joint (`berkali-kali`, `anak-anaknya`,
/// `sebaik-baiknya`, `perundang-undangan`).
pub(crate) fn is_reduplication(a: &str, b: &str) -> bool {
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let a = a.to_lowercase();
    let b = b.to_lowercase();
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if b.starts_with(&a) || (a.ends_with(&b) && b.chars().count() >= 2) {
        return true;
    }
    // A common stem of three to twenty letters ending `a` and starting `b`
    // (the bound keeps absurdly long parts linear).
    let a_chars: Vec<char> = a.chars().collect();
    let b_chars: Vec<char> = b.chars().collect();
    let max = a_chars.len().min(b_chars.len()).min(20);
    (3..=max).any(|k| a_chars[a_chars.len() - k..] == b_chars[..k])
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_numeric())
}

/// Whether the hyphen between the parts `a` and `b` joins them into one token.
pub(crate) fn joins(a: &str, b: &str) -> bool {
    if in_list(CLITICS, b) {
        return true;
    }
    if in_list(BOUND_FORMS, a) {
        return true;
    }
    if in_list(PREFIXES, a) && a.chars().all(char::is_lowercase) {
        return true;
    }
    if has_digit(a) || has_digit(b) {
        return true;
    }
    if a.chars().count() == 1 || b.chars().count() == 1 {
        return true;
    }
    // Two capitalised words are a pair of names or a range (`Jokowi-Ahok`,
    // `Januari-September`) unless one repeats the other (`Undang-Undang`);
    // anything else is a compound written in lower case.
    !(starts_upper(a) && starts_upper(b)) || is_reduplication(a, b)
}

/// The most parts a chain is examined for; longer chains are cut there and
/// the rest is scanned again, which keeps the work per character bounded.
const MAX_PARTS: usize = 8;

/// A hyphenated chain starting at `p`, whose first part ends at `core_end`:
/// returns the end of the token the hyphen rules make of it, or `None` when
/// no hyphen follows or the first hyphen splits.
pub(crate) fn chain(text: &str, p: usize, core_end: usize, end: usize) -> Option<usize> {
    let mut parts: [(usize, usize); MAX_PARTS] = [(0, 0); MAX_PARTS];
    parts[0] = (p, core_end);
    let mut n = 1;
    let mut q = core_end;
    while n < MAX_PARTS {
        let Some(h) = char_at(text, q).filter(|&c| is_hyphen(c)) else {
            break;
        };
        let next = q + h.len_utf8();
        if next >= end
            || !char_at(text, next)
                .is_some_and(|c| is_word_char(c) && !crate::text::chars::is_mark(c))
        {
            break;
        }
        let e = scan_core(text, next, end);
        parts[n] = (next, e);
        n += 1;
        q = e;
    }
    if n == 1 {
        return None;
    }
    let part = |i: usize| &text[parts[i].0..parts[i].1];
    // A chain with a digit anywhere is a code: `SARS-CoV-2`, `COVID-19`.
    if (0..n).any(|i| has_digit(part(i))) {
        return Some(parts[n - 1].1);
    }
    let mut last = 0;
    for i in 1..n {
        if !joins(part(i - 1), part(i)) {
            break;
        }
        last = i;
    }
    (last > 0).then(|| parts[last].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_short() {
        for entry in CLITICS.iter().chain(BOUND_FORMS).chain(PREFIXES) {
            assert!(entry.len() <= 6, "{entry} is longer than in_list compares");
            assert_eq!(*entry, entry.to_ascii_lowercase());
        }
    }

    #[test]
    fn joins_table() {
        // (a, b, joined?)
        let cases = [
            ("diam", "diam", true),
            ("berkali", "kali", true),
            ("sebaik", "baiknya", true),
            ("Undang", "Undang", true),
            ("KPK", "nya", true),
            ("ciptaan", "Nya", true),
            ("se", "Indonesia", true),
            ("Pasca", "Lebaran", true),
            ("di", "PHK", true),
            ("Di", "PHK", false),
            ("APBN", "P", true),
            ("e", "KTP", true),
            ("tanya", "jawab", true),
            ("Jokowi", "Ahok", false),
            ("KPK", "Polri", false),
            ("Januari", "September", false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(joins(a, b), expected, "{a}-{b}");
        }
    }
}
