//! Numbers, dates, times, document numbers and currency, the Indonesian way:
//! dots group thousands (`1.260.420.864`), commas mark decimals (`1.000,50`),
//! `10.30` and `10:30` are times, `29/7/2022` and `29-7-2022` dates,
//! `34/PMK.011/2007` a regulation number, `1990-an` a decade. Ranges split
//! (`2020` `-` `2024`), and so does a currency from its amount (`Rp` `1,5`).

use super::scanner::{char_at, scan_core};
use super::{hyphenation, Config, TokenKind};

/// Whether the ASCII byte at `i` is a digit.
#[inline]
fn digit_at(bytes: &[u8], i: usize, end: usize) -> bool {
    i < end && bytes[i].is_ascii_digit()
}

/// The end of the run of ASCII digits starting at `i`.
#[inline]
fn digits_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The value of a short run of digits (saturating).
fn value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, d| {
        acc.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    })
}

/// Whether `d`/`m`(/`y`) is a plausible day-month(-year) date.
fn plausible_dmy(d: &[u8], m: &[u8], y: Option<&[u8]>) -> bool {
    let ok_dm = (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && (1..=31).contains(&value(d))
        && (1..=12).contains(&value(m));
    ok_dm && y.is_none_or(|y| y.len() == 2 || y.len() == 4)
}

/// Whether `y-m-d` is a plausible ISO date.
fn plausible_ymd(y: &[u8], m: &[u8], d: &[u8]) -> bool {
    y.len() == 4 && plausible_dmy(d, m, None) && m.len() == 2 && d.len() == 2
}

/// `-an` after a number (`1990-an`, `5.000-an`): the end including it.
fn decade_suffix(text: &str, q: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if q + 3 <= end && bytes[q] == b'-' && bytes[q + 1..q + 3].eq_ignore_ascii_case(b"an") {
        let after = q + 3;
        if after == end || !char_at(text, after).is_some_and(crate::text::chars::is_word_char) {
            return Some(after);
        }
    }
    None
}

/// A token starting with an ASCII digit at `p`.
pub(crate) fn number(text: &str, p: usize, end: usize, _config: &Config) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let d0 = digits_end(bytes, p, end);
    let Some(&sep) = bytes.get(d0).filter(|_| d0 < end) else {
        return (d0, TokenKind::Number);
    };
    match sep {
        b'/' => slash_number(text, p, d0, end),
        b'-' => {
            if digit_at(bytes, d0 + 1, end) {
                let d1 = digits_end(bytes, d0 + 1, end);
                if d1 < end && bytes[d1] == b'-' && digit_at(bytes, d1 + 1, end) {
                    let d2 = digits_end(bytes, d1 + 1, end);
                    let (a, b, c) = (&bytes[p..d0], &bytes[d0 + 1..d1], &bytes[d1 + 1..d2]);
                    if !followed_by_word(text, d2, end)
                        && (plausible_dmy(a, b, Some(c)) || plausible_ymd(a, b, c))
                    {
                        return (d2, TokenKind::Date);
                    }
                }
                // A range: `2020-2024` splits.
                return (d0, TokenKind::Number);
            }
            if let Some(q) = decade_suffix(text, d0, end) {
                return (q, TokenKind::Number);
            }
            if char_at(text, d0 + 1).is_some_and(char::is_alphabetic) {
                // A letter–digit mix (`17-Agustus`?, `3-D`): the hyphen rules decide.
                if let Some(q) = hyphenation::chain(text, p, d0, end) {
                    return (q, TokenKind::Word);
                }
            }
            (d0, TokenKind::Number)
        }
        b':' => {
            // hh:mm(:ss)
            if d0 - p <= 2 && digit_at(bytes, d0 + 1, end) {
                let d1 = digits_end(bytes, d0 + 1, end);
                let mut q = d1;
                let mut groups_ok = d1 - (d0 + 1) == 2
                    && value(&bytes[p..d0]) <= 24
                    && value(&bytes[d0 + 1..d1]) <= 59;
                if q < end && bytes[q] == b':' && digit_at(bytes, q + 1, end) {
                    let d2 = digits_end(bytes, q + 1, end);
                    groups_ok &= d2 - (q + 1) == 2 && value(&bytes[q + 1..d2]) <= 59;
                    q = d2;
                }
                if groups_ok && !followed_by_word(text, q, end) {
                    return (q, TokenKind::Time);
                }
                // Chapter and verse, scores: `19:4` stays one number.
                return (q, TokenKind::Number);
            }
            if digit_at(bytes, d0 + 1, end) {
                return (digits_end(bytes, d0 + 1, end), TokenKind::Number);
            }
            (d0, TokenKind::Number)
        }
        b'.' | b',' => dotted_number(text, p, d0, end),
        _ => {
            if char_at(text, d0).is_some_and(char::is_alphanumeric) {
                // `5G`, `3D`, `10km`: a letter–digit mix is one word.
                let core = scan_core(text, p, end);
                let q = hyphenation::chain(text, p, core, end).unwrap_or(core);
                return (q, TokenKind::Word);
            }
            (d0, TokenKind::Number)
        }
    }
}

/// Whether a word character follows at `q` (then a pattern is not complete).
#[inline]
fn followed_by_word(text: &str, q: usize, end: usize) -> bool {
    q < end && char_at(text, q).is_some_and(char::is_alphanumeric)
}

/// Digits followed by `.` or `,`: thousands, decimals, times, IP addresses.
fn dotted_number(text: &str, p: usize, d0: usize, end: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    // Groups separated by dots; the first three are remembered.
    let mut q = d0;
    let mut groups = 1usize;
    let mut first = [(p, d0); 3];
    while q < end && bytes[q] == b'.' && digit_at(bytes, q + 1, end) {
        let e = digits_end(bytes, q + 1, end);
        if groups < 3 {
            first[groups] = (q + 1, e);
        }
        groups += 1;
        q = e;
    }
    // A time of day: `10.30`, `9.05`, `10.30.15`.
    if (2..=3).contains(&groups) && d0 - p <= 2 && !(q < end && bytes[q] == b',') {
        let is_time = value(&bytes[p..d0]) <= 24
            && first[1..groups]
                .iter()
                .all(|&(s, e)| e - s == 2 && value(&bytes[s..e]) <= 59);
        if is_time && !followed_by_word(text, q, end) && decade_suffix(text, q, end).is_none() {
            return (q, TokenKind::Time);
        }
    }
    // A decimal part.
    if q < end && bytes[q] == b',' && digit_at(bytes, q + 1, end) {
        q = digits_end(bytes, q + 1, end);
    }
    if let Some(e) = decade_suffix(text, q, end) {
        return (e, TokenKind::Number);
    }
    if let Some(e) = document_number(text, p, q, end) {
        return (e, TokenKind::Number);
    }
    (q, TokenKind::Number)
}

/// Digits followed by `/`: a date (`29/7/2022`, `3/12`), a ratio, or a
/// document number (`34/PMK.011/2007`).
fn slash_number(text: &str, p: usize, d0: usize, end: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    if digit_at(bytes, d0 + 1, end) {
        let d1 = digits_end(bytes, d0 + 1, end);
        let mut q = d1;
        let mut year = None;
        if q < end && bytes[q] == b'/' && digit_at(bytes, q + 1, end) {
            let d2 = digits_end(bytes, q + 1, end);
            year = Some(&bytes[q + 1..d2]);
            q = d2;
        }
        let more = q < end
            && bytes[q] == b'/'
            && q + 1 < end
            && char_at(text, q + 1).is_some_and(char::is_alphanumeric);
        if !more
            && !followed_by_word(text, q, end)
            && plausible_dmy(&bytes[p..d0], &bytes[d0 + 1..d1], year)
        {
            return (q, TokenKind::Date);
        }
    }
    if let Some(e) = document_number(text, p, d0, end) {
        return (e, TokenKind::Number);
    }
    (d0, TokenKind::Number)
}

/// Extends a token that ends at `q` over a document number's `/`-separated
/// parts (`34/PMK.011/2007`, `Kep-176/KM.10/7`, `91/PUU-XVIII/2020`). A
/// document number has a digit and a capital letter somewhere, and each part
/// after a `/` starts with a digit or a capital: `dan/atau`, `ribu/kg` and
/// the slashed numbers `12/2011`, `9.100/9.105` are not one (as in UD
/// Indonesian, they split at the slash).
pub(crate) fn document_number(text: &str, p: usize, q: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !(q < end && bytes[q] == b'/') {
        return None;
    }
    let starts_part =
        |i: usize| i < end && (bytes[i].is_ascii_digit() || bytes[i].is_ascii_uppercase());
    if !starts_part(q + 1) {
        return None;
    }
    // Document numbers are short; the bound keeps rescans linear.
    let end = end.min(q + MAX_DOCUMENT_NUMBER);
    let mut e = q;
    loop {
        // A separator followed by a part.
        if e < end
            && matches!(bytes[e], b'/' | b'.' | b'-')
            && e + 1 < end
            && bytes[e + 1].is_ascii_alphanumeric()
        {
            if bytes[e] == b'/' && !starts_part(e + 1) {
                break;
            }
            e += 1;
            while e < end && bytes[e].is_ascii_alphanumeric() {
                e += 1;
            }
        } else {
            break;
        }
    }
    let has_digit = bytes[p..e].iter().any(u8::is_ascii_digit);
    let has_capital = bytes[p..e].iter().any(u8::is_ascii_uppercase);
    (has_digit && has_capital && e > q + 1 && !followed_by_word(text, e, end)).then_some(e)
}

/// The longest document number tail looked at, in bytes.
const MAX_DOCUMENT_NUMBER: usize = 64;

/// ISO currency codes written before an amount.
const CURRENCY_CODES: &[&str] = &[
    "IDR", "USD", "EUR", "SGD", "JPY", "MYR", "AUD", "CNY", "GBP", "SAR", "HKD", "KRW", "THB",
    "CHF",
];

/// Prefixes written glued to `$`.
const DOLLAR_PREFIXES: &[&str] = &["US", "S", "A", "HK", "NZ", "C", "AU", "SG", "NT"];

/// A currency written with letters, at `p` (word core `p..core_end`):
/// `Rp`, `Rp.` (before an amount or a space), `Rp` glued to an amount
/// (`Rp1,5`), `US$`, `S$`, and ISO codes (`USD`). Returns the token's end.
pub(crate) fn currency_word(text: &str, p: usize, core_end: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let core = &bytes[p..core_end];
    if core.len() >= 2 && core[..2].eq_ignore_ascii_case(b"rp") {
        let rest = &core[2..];
        if rest.is_empty() {
            // `Rp.` keeps its dot before an amount or at the end of a chunk.
            if core_end < end && bytes[core_end] == b'.' {
                let after = core_end + 1;
                if after == end
                    || bytes[after].is_ascii_digit()
                    || char_at(text, after).is_some_and(crate::text::chars::is_separator)
                {
                    return Some(after);
                }
            }
            return Some(core_end);
        }
        if rest[0].is_ascii_digit() {
            return Some(p + 2);
        }
        return None;
    }
    if core_end < end && bytes[core_end] == b'$' {
        let word = &text[p..core_end];
        if DOLLAR_PREFIXES.contains(&word) {
            return Some(core_end + 1);
        }
    }
    // ISO codes: three capitals, alone or glued to an amount (`USD1,2`).
    if core.len() >= 3
        && core[..3].iter().all(u8::is_ascii_uppercase)
        && (core.len() == 3 || core[3].is_ascii_digit())
        && CURRENCY_CODES.iter().any(|c| c.as_bytes() == &core[..3])
    {
        return Some(p + 3);
    }
    None
}
