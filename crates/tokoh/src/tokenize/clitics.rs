//! The words layer: clitics, particles and affixes split off a surface token
//! where that is certain.
//!
//! - Hyphenated clitics and particles always split, the hyphen going with the
//!   clitic: `KPK-nya` → `KPK` + `-nya`, `Jokowi-lah`, `DPR-pun`, `ciptaan-Nya`.
//! - A prefix or bound form before a capital splits, the hyphen going with
//!   the prefix: `di-PHK` → `di-` + `PHK`, `anti-PKI`, `se-Indonesia`.
//! - Solid clitics (`-nya`, `-ku`, `-mu`, `-lah`, `-kah`) split only from a
//!   known stem of at least three letters, and never from a word of its own:
//!   `rumahnya` → `rumah` + `nya`, `anak-anaknya` → `anak-anak` + `nya`, but
//!   never `Kenya`, `Catalunya`, `Abdullah`, `akhirnya`, `adalah`.
//! - An English possessive splits off a capitalised name: `Disney's` →
//!   `Disney` + `'s`.

use super::hyphenation::{in_list, BOUND_FORMS, CLITICS, PREFIXES};
use super::lexicon::{STEMS, UNSPLITTABLE};
use super::Config;
use crate::text::chars::is_hyphen;
use crate::text::Span;

/// The words a `Word` token splits into, if it splits. `plain` says the
/// token is known to have no hyphen (the scanner's fast path).
pub(crate) fn words_of(
    surface: &str,
    norm: &str,
    span: Span,
    config: &Config,
    plain: bool,
) -> Option<Box<[Span]>> {
    // Hyphens are `-` or start with the byte 0xE2 (U+2010, U+2011).
    if !plain && surface.bytes().any(|b| b == b'-' || b == 0xe2) {
        if let Some(words) = hyphenated(surface, span) {
            return Some(words);
        }
    }
    if let Some(at) = possessive(surface) {
        let cut = span.start + at;
        return Some(Box::new([
            Span::new(span.start, cut),
            Span::new(cut, span.end),
        ]));
    }
    if config.split_clitics && ends_like_clitic(norm) {
        if let Some(at) = solid(surface, norm, config) {
            let cut = span.start + at;
            return Some(Box::new([
                Span::new(span.start, cut),
                Span::new(cut, span.end),
            ]));
        }
    }
    None
}

/// Where an English possessive `'s` starts after a capitalised name
/// (`Disney's`, `Moody’s`), which news quotes in company and brand names.
fn possessive(surface: &str) -> Option<usize> {
    let stem = surface.strip_suffix('s')?;
    let apostrophe = stem
        .chars()
        .next_back()
        .filter(|&c| crate::text::chars::is_apostrophe(c))?;
    let at = stem.len() - apostrophe.len_utf8();
    let name = &surface[..at];
    (name.chars().count() >= 2 && name.chars().next().is_some_and(char::is_uppercase)).then_some(at)
}

/// Whether `norm` ends like a solid clitic: a cheap test before any lookup.
#[inline]
pub(crate) fn ends_like_clitic(norm: &str) -> bool {
    let b = norm.as_bytes();
    b.len() >= 5
        && match b[b.len() - 1] {
            b'a' => b.ends_with(b"nya"),
            b'h' => b.ends_with(b"lah") || b.ends_with(b"kah"),
            b'u' => b.ends_with(b"ku") || b.ends_with(b"mu"),
            _ => false,
        }
}

/// The positions of hyphens in `surface` (byte offset, hyphen length).
fn hyphens(surface: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    surface
        .char_indices()
        .filter(|&(_, c)| is_hyphen(c))
        .map(|(i, c)| (i, c.len_utf8()))
}

fn hyphenated(surface: &str, span: Span) -> Option<Box<[Span]>> {
    let (last, last_len) = hyphens(surface).last()?;
    let tail = &surface[last + last_len..];
    if in_list(CLITICS, tail) && last > 0 {
        let cut = span.start + last;
        return Some(Box::new([
            Span::new(span.start, cut),
            Span::new(cut, span.end),
        ]));
    }
    let (first, first_len) = hyphens(surface).next()?;
    let head = &surface[..first];
    let rest = &surface[first + first_len..];
    let capital = rest.chars().next().is_some_and(char::is_uppercase);
    let prefix = in_list(BOUND_FORMS, head)
        || (in_list(PREFIXES, head) && head.chars().all(char::is_lowercase));
    if prefix && capital {
        let cut = span.start + first + first_len;
        return Some(Box::new([
            Span::new(span.start, cut),
            Span::new(cut, span.end),
        ]));
    }
    None
}

/// Where a solid clitic starts in `surface`, if it splits off a known stem.
fn solid(surface: &str, norm: &str, config: &Config) -> Option<usize> {
    // Only words of letters (and inner hyphens); not ALL-CAPS (`KPKnya` is
    // not `KPK` + `nya`), and the norm must align with the surface.
    if norm.len() != surface.len() {
        return None;
    }
    let mut upper = 0;
    for &b in surface.as_bytes() {
        if !(b.is_ascii_alphabetic() || b == b'-') {
            return None;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    if upper > 1 {
        return None;
    }
    // The clitic must leave a known stem, and the word must not be one of
    // its own. (Looking the word up last spares that lookup for the many
    // words whose stem is not known.)
    let at = known_stem(norm, config)?;
    (!UNSPLITTABLE.contains(norm)).then_some(at)
}

/// The length of the solid clitic (`-nya`, `-lah`, `-kah`, `-ku`, `-mu`)
/// that `norm` ends with, if any. No word ends with two of them.
#[inline]
fn solid_clitic_len(norm: &[u8]) -> Option<usize> {
    match norm {
        [.., b'n', b'y', b'a'] | [.., b'l', b'a', b'h'] | [.., b'k', b'a', b'h'] => Some(3),
        [.., b'k', b'u'] | [.., b'm', b'u'] => Some(2),
        _ => None,
    }
}

/// The length of the stem left by the solid clitic that `norm` ends with,
/// if that stem is known.
fn known_stem(norm: &str, config: &Config) -> Option<usize> {
    let stem = &norm[..norm.len() - solid_clitic_len(norm.as_bytes())?];
    if stem.len() < 3 {
        return None;
    }
    let known = |word: &str| STEMS.contains(word) || config.extra_stems.contains(word);
    let is_known = match stem.bytes().position(|b| b == b'-') {
        // `anak-anaknya`: an exact reduplication of a known stem.
        Some(hyphen) => {
            let (a, b) = (&stem[..hyphen], &stem[hyphen + 1..]);
            a == b && !b.contains('-') && known(b)
        }
        None => known(stem),
    };
    // A capitalised word splits only from a stem the user declared, or a
    // common word at the start of a sentence (`Rumahnya`).
    is_known.then_some(stem.len())
}
