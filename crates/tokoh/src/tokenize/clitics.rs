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

/// Solid clitics, longest first.
const SOLID: &[&str] = &["nya", "lah", "kah", "ku", "mu"];

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
    if norm.len() != surface.len()
        || !surface
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || b == b'-')
    {
        return None;
    }
    let upper = surface.bytes().filter(u8::is_ascii_uppercase).count();
    if upper > 1 {
        return None;
    }
    if UNSPLITTABLE.contains(norm) {
        return None;
    }
    for clitic in SOLID {
        let Some(stem) = norm.strip_suffix(clitic) else {
            continue;
        };
        if stem.len() < 3 {
            continue;
        }
        let known = match stem.split_once('-') {
            // `anak-anaknya`: an exact reduplication of a known stem.
            Some((a, b)) => {
                a == b && !b.contains('-') && (STEMS.contains(b) || config.extra_stems.contains(b))
            }
            None => STEMS.contains(stem) || config.extra_stems.contains(stem),
        };
        // A capitalised word splits only from a stem the user declared, or a
        // common word at the start of a sentence (`Rumahnya`).
        if known {
            return Some(stem.len());
        }
    }
    None
}
