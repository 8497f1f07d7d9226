//! The titles of heads of state and government, in English as the Factbook
//! writes them, and in Indonesian as news writes them in front of a name.
//!
//! A title not in the table gives no title: the row is left out (see
//! [`super::parse`]). Qualified titles (`Acting President`, `Interim Prime
//! Minister`, `Vice President`, `Co-prince`, `Crown Prince`) are not in it.

/// `(English, Indonesian)`.
pub const TITLES: &[(&str, &str)] = &[
    ("President", "Presiden"),
    ("Prime Minister", "Perdana Menteri"),
    ("Premier", "Perdana Menteri"),
    ("Chancellor", "Kanselir"),
    ("King", "Raja"),
    ("Queen", "Ratu"),
    ("Emperor", "Kaisar"),
    ("Sultan", "Sultan"),
    ("Emir", "Emir"),
    ("Amir", "Emir"),
    ("Prince", "Pangeran"),
    ("Pope", "Paus"),
    ("Supreme Leader", "Pemimpin Tertinggi"),
];

/// The Indonesian title for an English one, exactly as written.
#[must_use]
pub fn indonesian(english: &str) -> Option<&'static str> {
    TITLES
        .iter()
        .find(|(en, _)| *en == english)
        .map(|(_, id)| *id)
}

/// Splits a leading title (or two joined by `and`) off `text`: `("Sultan
/// and Prime Minister HAITHAM ...")` gives `(["Sultan", "Prime Minister"],
/// "HAITHAM ...")`. The longest listed title wins; `None` when `text` does
/// not start with a listed title followed by a space.
#[must_use]
pub fn split_titles(text: &str) -> Option<(Vec<&'static str>, &str)> {
    let (first, rest) = split_one(text)?;
    if let Some(after_and) = rest.strip_prefix("and ") {
        if let Some((second, rest)) = split_one(after_and) {
            return Some((vec![first, second], rest));
        }
        return None;
    }
    Some((vec![first], rest))
}

fn split_one(text: &str) -> Option<(&'static str, &str)> {
    TITLES
        .iter()
        .map(|(en, _)| *en)
        .filter_map(|en| {
            text.strip_prefix(en)?
                .strip_prefix(' ')
                .map(|rest| (en, rest))
        })
        .max_by_key(|(en, _)| en.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_split_off() {
        let cases = [
            (
                "President Donald J. TRUMP",
                Some((vec!["President"], "Donald J. TRUMP")),
            ),
            (
                "Prime Minister Keir STARMER",
                Some((vec!["Prime Minister"], "Keir STARMER")),
            ),
            (
                "Sultan and Prime Minister HAITHAM bin Tarik Al Said",
                Some((
                    vec!["Sultan", "Prime Minister"],
                    "HAITHAM bin Tarik Al Said",
                )),
            ),
            ("Crown Prince and Prime Minister MUHAMMAD", None),
            ("Acting President Sr. Gen. MIN AUNG HLAING", None),
            ("Vice President Mohammed JALLOW", None),
            (
                "Presidential Leadership Council Chairperson Dr. Rashad",
                None,
            ),
            ("Sultan and Crown Prince X", None),
        ];
        for (text, expected) in cases {
            assert_eq!(split_titles(text), expected, "{text}");
        }
    }

    #[test]
    fn every_title_translates() {
        for (en, id) in TITLES {
            assert_eq!(indonesian(en), Some(*id));
        }
        assert_eq!(indonesian("Vice President"), None);
    }
}
