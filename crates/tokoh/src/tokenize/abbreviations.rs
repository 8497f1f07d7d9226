//! Abbreviations that keep their full stop: an inventory (titles, degrees,
//! ranks, administrative and corporate abbreviations, months) plus two rules
//! for dotted forms not in it — initials (`H.`, `A.H.`, `K.H.`) and dotted
//! segments (`S.H.`, `M.Si.`, `S.I.K.`, `a.n.`, `s.d.`).
//!
//! Each abbreviation also says whether it can end a sentence: those that
//! stand before a name (`Dr.`, `Jl.`, `PT.`, initials) never do; those that
//! stand after one (`Tbk.`, `dll.`, degrees) can.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;

use super::lexicon::{short_key, WordHasher};
use super::Config;

/// Where an abbreviation stands relative to what it abbreviates for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// Before a name or number (`Dr.`, `Jl.`, `No.`, `pk.`): never ends a sentence.
    Before,
    /// After a name or at the end of a list (`Tbk.`, `dll.`, `S.H.`): may end one.
    After,
}

/// Abbreviations written before a name or a number, in lower case without
/// the final dot.
const BEFORE: &[&str] = &[
    // Titles and honorifics.
    "dr", "drg", "drs", "dra", "ir", "prof", "h", "hj", "kh", "ust", "ustz", "tgk", "sdr", "sdri",
    "bpk", "yth", "ny", "nn", "tn", "mr", "mrs", "ms", "st", "moh", "muh", "mhd", "moch", "mochd",
    "muhd", "abd", "ach", "sp", "rd", "raa", "kgpaa", "gkr",
    // Military and police ranks.
    "jend", "jen", "letjen", "mayjen", "brigjen", "kol", "letkol", "kapt", "lettu", "letda",
    "serma", "serka", "sertu", "serda", "kopda", "praka", "pratu", "laksda", "laksma", "marsda",
    "marsma", "irjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda",
    "bripka", "brigpol", "bripda", "briptu", "pol", "inf", "cpm",
    // Places, addresses and numbering.
    "jl", "jln", "gg", "kp", "ds", "kel", "kec", "kab", "prov", "no", "blk", "kav", "lt", "telp",
    "tlp", "fax", "ext", // Corporate forms written before the name.
    "pt", "cv", "ud", "fa", "kop", "yay", // Time and reference.
    "tgl", "pk", "pkl", "thn", "th", "hlm", "ps", "ref", "lih", "bdk", "vs", "vol", "ed",
    // Months.
    "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust", "sep", "sept", "okt",
    "nov", "des",
];

/// Abbreviations written after a name or at the end of a list.
const AFTER: &[&str] = &[
    "dll", "dsb", "dst", "dkk", "tbk", "ltd", "pte", "llc", "inc", "corp", "co", "bhd", "plc",
    "etc", "jr", "sr", "phd", "msc", "bsc", "lc", "purn", "ttd",
];

/// Dotted degrees (lower case, dots removed between segments: `s.h` → `s.h`).
const DEGREES: &[&str] = &[
    "s.h", "m.h", "s.e", "m.e", "s.t", "m.t", "s.sos", "m.si", "s.si", "s.kom", "m.kom", "s.pd",
    "m.pd", "s.ip", "s.i.k", "m.a", "b.a", "m.m", "s.ag", "m.ag", "s.hum", "m.hum", "ph.d",
    "s.psi", "m.psi", "s.ked", "s.farm", "s.kep", "s.gz", "m.kes", "s.ikom", "a.md", "s.h.i",
    "m.sc", "b.sc", "s.s", "m.b.a", "s.pi", "s.p", "s.th", "m.th", "s.tr", "m.ak", "s.ak", "m.h.i",
    "s.hi", "s.ds", "s.sn", "sp.a", "sp.pd", "sp.b", "sp.og", "sp.jp", "sp.m", "sp.kj", "sp.s",
    "sp.tht",
];

/// The longest entry of the inventory, in bytes: longer words are not looked up.
const LONGEST: usize = 8;

/// The inventory, keyed by [`short_key`] (every entry has at most
/// [`LONGEST`] bytes).
type Inventory = HashMap<u64, Position, BuildHasherDefault<WordHasher>>;

static INVENTORY: Lazy<Inventory> = Lazy::new(|| {
    let mut map = Inventory::default();
    let entries = BEFORE
        .iter()
        .map(|&a| (a, Position::Before))
        .chain(AFTER.iter().map(|&a| (a, Position::After)))
        .chain(DEGREES.iter().map(|&a| (a, Position::After)));
    for (a, position) in entries {
        if let Some(key) = short_key(a.as_bytes()) {
            map.insert(key, position);
        }
    }
    map
});

/// The inventory key of `word` in ASCII lower case, or `None` for text that
/// is too long or not ASCII to be in the inventory.
#[inline]
fn key(word: &str) -> Option<u64> {
    if word.len() > LONGEST || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; LONGEST];
    for (dst, src) in buf.iter_mut().zip(word.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    short_key(&buf[..word.len()])
}

/// The position of a known abbreviation (`word` without its final dot), if
/// it is one: in the inventory, added by the user, or a dotted form.
pub(crate) fn position(word: &str, config: &Config) -> Option<Position> {
    if let Some(k) = key(word) {
        if let Some(&pos) = INVENTORY.get(&k) {
            return Some(pos);
        }
    }
    if !config.extra_abbreviations.is_empty()
        && config.extra_abbreviations.contains(&word.to_lowercase())
    {
        return Some(Position::Before);
    }
    None
}

/// The most segments a dotted abbreviation is looked at for.
const MAX_SEGMENTS: usize = 6;

/// Dotted segments at `p`: letters in groups of one to four, each followed by
/// a dot, at least two groups, the first of at most two letters and at least
/// one of a single letter (`S.H.`, `M.Si.`, `S.I.K.`, `a.n.`, `Ph.D.`,
/// `K.H.`). The final dot is optional (`S.Kom`). Returns the end.
fn dotted_segments(text: &str, p: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut q = p;
    let mut segments = 0;
    let mut single = false;
    let mut last_end = p;
    // Dotted abbreviations have a few segments (`S.I.K.`, `M.B.A.`); the
    // bound keeps a long run of `ab.cd.ef.` linear.
    while q < end && segments < MAX_SEGMENTS {
        let s = q;
        while q < end && bytes[q].is_ascii_alphabetic() && q - s < 5 {
            q += 1;
        }
        let len = q - s;
        if len == 0 || len > 4 || (segments == 0 && len > 2) {
            break;
        }
        // The segment must end here, not run into more letters or digits.
        if q < end
            && (bytes[q].is_ascii_alphanumeric()
                || bytes[q] >= 0x80 && text[q..].chars().next().is_some_and(char::is_alphanumeric))
        {
            break;
        }
        single |= len == 1;
        segments += 1;
        if q < end && bytes[q] == b'.' {
            q += 1;
            last_end = q;
        } else {
            last_end = q;
            break;
        }
    }
    (segments >= 2 && single).then_some(last_end)
}

/// An abbreviation at `p`, whose word core ends at `core_end` right before a
/// dot. Returns the end of the token, dot included.
pub(crate) fn dotted(
    text: &str,
    p: usize,
    core_end: usize,
    end: usize,
    config: &Config,
) -> Option<usize> {
    if let Some(q) = dotted_segments(text, p, end) {
        // `S.H.` — but only if it covers more than the first word.
        if q > core_end + 1 {
            return Some(q);
        }
    }
    let word = &text[p..core_end];
    if position(word, config).is_some() {
        return Some(core_end + 1);
    }
    // Initials: one capital letter (`H.`, `B.` in `Susilo B. Yudhoyono`).
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(core_end + 1);
        }
    }
    None
}

/// The position of an abbreviation token (its text, final dot included), to
/// decide whether it may end a sentence.
pub(crate) fn token_position(token: &str, config: &Config) -> Position {
    let word = token.strip_suffix('.').unwrap_or(token);
    if let Some(pos) = position(word, config) {
        return pos;
    }
    if word.contains('.') {
        // Dotted forms not in the inventory: initials stand before a name.
        let lower = word.to_ascii_lowercase();
        if DEGREES.contains(&lower.as_str()) {
            return Position::After;
        }
    }
    Position::Before
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_entry_is_longer_than_the_lookup_limit() {
        for entry in BEFORE.iter().chain(AFTER).chain(DEGREES) {
            assert!(entry.len() <= LONGEST, "{entry} is longer than LONGEST");
            assert_eq!(
                *entry,
                entry.to_ascii_lowercase(),
                "{entry} must be lower case"
            );
        }
    }
}
