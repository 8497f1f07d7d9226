//! How the bare name of a region (`Malang` for `Kota Malang`) is matched.
//!
//! A bare name is the usual way news names a place, but many are also
//! ordinary words (`malang` "unlucky", `batu` "stone") or mean something
//! else even when capitalised (`Puncak`, the resort near Bogor; `Metro` in
//! `Polda Metro Jaya`). Each bare form gets one of three treatments, from
//! the tokenizer's lexicon and the explicit tables below.

use crate::lexicon::Lexicon;

/// How a bare form goes into the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Handling {
    /// An alias: matched in any letter case (`Surabaya`, `surabaya`).
    Alias,
    /// Written as an acronym, so matched only as written or in capitals
    /// (`Malang`, `MALANG`, never `malang`): a common word whose
    /// capitalised form in news is the place.
    CaseSensitive,
    /// A short form: matched only after the full name in the same document
    /// (`Kabupaten Puncak` ... `Puncak`): even capitalised, news often
    /// means something else.
    Contextual,
}

impl Handling {
    /// A word for tables and descriptions.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Handling::Alias => "alias",
            Handling::CaseSensitive => "case-sensitive",
            Handling::Contextual => "context only",
        }
    }
}

/// Why a bare form is handled as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not known as anything but the place.
    Plain,
    /// Every word of it is in the tokenizer's lexicon of ordinary words.
    Lexicon,
    /// Listed in [`CASE_SENSITIVE`] or [`CONTEXTUAL`], with this note.
    Listed(&'static str),
}

/// Bare forms that are ordinary words (or are used as such) but are not in
/// the lexicon, because news mostly writes them as the place's name.
/// Matched only capitalised.
pub const CASE_SENSITIVE: &[(&str, &str)] = &[
    ("Malang", "ordinary word 'unlucky' (nasib malang)"),
    ("Palu", "ordinary word 'hammer'"),
    ("Tegal", "ordinary word 'dry field'"),
    ("Pati", "ordinary word 'starch, essence' (sari pati)"),
    ("Landak", "ordinary word 'porcupine'"),
    ("Ketapang", "ordinary word, the ketapang tree"),
    ("Binjai", "ordinary word, the binjai fruit tree"),
    ("Kupang", "ordinary word, a shellfish (lontong kupang)"),
    ("Sorong", "ordinary word 'to push' (kereta sorong)"),
    ("Ambon", "ordinary word in 'pisang ambon' (a banana)"),
    (
        "Agam",
        "also a given name; the regency is the usual reading in news",
    ),
];

/// Bare forms that even capitalised usually mean something else in news:
/// matched only after the region's full name in the same document.
pub const CONTEXTUAL: &[(&str, &str)] = &[
    (
        "Puncak",
        "the Puncak highland resort near Bogor; ordinary word 'peak'",
    ),
    ("Metro", "Polda Metro Jaya, Metro TV; ordinary loanword"),
    (
        "Kuningan",
        "also the Kuningan district of Jakarta Selatan; ordinary word 'brass'",
    ),
    ("Bima", "common given name (Bima Arya) and a wayang figure"),
    (
        "Banjar",
        "also the Banjar people and language; ordinary word 'row'",
    ),
    ("Karo", "also the Karo people and language"),
    ("Toba", "usually Lake Toba (Danau Toba), not the regency"),
    (
        "Malaka",
        "usually the Strait of Malacca (Selat Malaka) or Malacca in Malaysia",
    ),
    (
        "Batu Bara",
        "ordinary phrase 'coal', capitalised in headlines",
    ),
    (
        "Batu",
        "ordinary word 'stone', often capitalised at the start of a sentence",
    ),
    (
        "Batang",
        "ordinary word 'stem, stick', often capitalised at the start of a sentence",
    ),
    (
        "Medan",
        "ordinary word 'field'; in news often Jalan/Lapangan Medan Merdeka in Jakarta",
    ),
    (
        "Kudus",
        "ordinary word 'holy', capitalised in religious names (Roh Kudus, Kalam Kudus)",
    ),
    (
        "Lebak",
        "also Lebak Bulus in Jakarta Selatan; ordinary word 'valley'",
    ),
];

/// How `bare` is matched, and why.
#[must_use]
pub fn classify(bare: &str, lexicon: &Lexicon) -> (Handling, Reason) {
    if let Some((_, note)) = CONTEXTUAL.iter().find(|(form, _)| *form == bare) {
        return (Handling::Contextual, Reason::Listed(note));
    }
    if let Some((_, note)) = CASE_SENSITIVE.iter().find(|(form, _)| *form == bare) {
        return (Handling::CaseSensitive, Reason::Listed(note));
    }
    if lexicon.is_common_phrase(bare) {
        return (Handling::CaseSensitive, Reason::Lexicon);
    }
    (Handling::Alias, Reason::Plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_do_not_overlap_and_hold_bare_forms() {
        for (form, _) in CASE_SENSITIVE {
            assert!(
                !CONTEXTUAL.iter().any(|(f, _)| f == form),
                "{form} is in both tables"
            );
        }
        for (form, note) in CASE_SENSITIVE.iter().chain(CONTEXTUAL) {
            assert!(
                !form.starts_with("Kota ") && !form.starts_with("Kabupaten "),
                "{form}"
            );
            assert!(!note.is_empty(), "{form}");
        }
    }

    #[test]
    fn forms_are_classified() {
        let lexicon = Lexicon::from_words(["batu", "bara", "tanah", "datar", "serang"]);
        let cases = [
            ("Surabaya", Handling::Alias),
            ("Serang", Handling::CaseSensitive),
            ("Tanah Datar", Handling::CaseSensitive),
            ("Malang", Handling::CaseSensitive),
            ("Batu Bara", Handling::Contextual),
            ("Puncak", Handling::Contextual),
            ("Jakarta Pusat", Handling::Alias),
        ];
        for (bare, expected) in cases {
            assert_eq!(classify(bare, &lexicon).0, expected, "{bare}");
        }
    }
}
