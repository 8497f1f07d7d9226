//! Properties of the matcher over generated text: every mention's text is
//! the document's text at its span, on character boundaries; mentions are
//! sorted and never overlap; titles lie before their mention; tagging is
//! deterministic and does not depend on what else the document holds after
//! a blank line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use tokoh::{Gazetteer, Matcher, Mention};

fn matcher() -> &'static Matcher {
    static MATCHER: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(Gazetteer::builtin().clone()))
}

/// Fragments that collide with the built-in gazetteer's forms and titles.
const FRAGMENTS: &[&str] = &[
    "Menteri",
    "Luar",
    "Negeri",
    "AS",
    "as",
    "Antony",
    "Blinken",
    "Sergei",
    "Lavrov",
    "Rusia",
    "KPK",
    "KPK-nya",
    "kpk",
    "DPR",
    "DPR-RI",
    "RI",
    "Presiden",
    "Wakil",
    "Joko",
    "Widodo",
    "Jokowi",
    "Jokowi-lah",
    "Ma’ruf",
    "Ma'ruf",
    "Amin",
    "K.H.",
    "Prabowo",
    "Subianto",
    "Gedung",
    "Putih",
    "Dewan",
    "Keamanan",
    "Nasional",
    "juru",
    "bicara",
    "Menlu",
    ",",
    ".",
    "-",
    "(",
    ")",
    "\"",
    "İ",
    "é",
    "\u{a0}",
    "\u{200b}",
    "😀",
    "Kementerian",
    "Kementrian",
    "Polri",
    "POLRI",
    "Soeharto",
    "Suharto",
    "Indonesia",
    "se-Indonesia",
    "Kremlin",
    "Reuters",
    "Marinir",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(FRAGMENTS),
            prop::sample::select(&[" ", " ", " ", "", "\n", "\n\n", ", "][..]),
        ),
        0..40,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, sep)| format!("{f}{sep}"))
            .collect()
    })
}

fn check(text: &str, mentions: &[Mention]) -> Result<(), TestCaseError> {
    let mut previous_end = 0;
    for m in mentions {
        prop_assert!(m.span.start < m.span.end, "empty mention {:?}", m.span);
        prop_assert!(
            text.get(m.span.range()).is_some(),
            "span {:?} off char boundaries",
            m.span
        );
        prop_assert!(m.span.start >= previous_end, "overlap at {:?}", m.span);
        previous_end = m.span.end;
        if let Some(title) = m.title {
            prop_assert!(
                text.get(title.range()).is_some(),
                "title {:?} off boundaries",
                title
            );
            prop_assert!(
                title.end <= m.span.start,
                "title {:?} not before {:?}",
                title,
                m.span
            );
        }
        prop_assert!(
            !m.candidates.contains(&m.entity),
            "the entity is among its candidates"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn mentions_are_well_formed(text in text_strategy()) {
        let mentions = matcher().find(&text);
        check(&text, &mentions)?;
        prop_assert_eq!(&mentions, &matcher().find(&text), "not deterministic");
    }

    #[test]
    fn arbitrary_unicode_never_breaks_the_matcher(text in "\\PC{0,200}") {
        check(&text, &matcher().find(&text))?;
    }

    #[test]
    fn a_paragraph_tags_the_same_after_another(a in text_strategy(), b in text_strategy()) {
        // What follows a blank line cannot change the mentions of the text
        // before it, except through the document-wide rules (short forms
        // and ambiguity look back, never forward): so the first part's
        // mentions are exactly those of the first part alone.
        let joined = format!("{a}\n\n{b}");
        let alone = matcher().find(&a);
        let together: Vec<Mention> = matcher()
            .find(&joined)
            .into_iter()
            .filter(|m| m.span.end <= a.len())
            .collect();
        prop_assert_eq!(alone, together);
    }
}
