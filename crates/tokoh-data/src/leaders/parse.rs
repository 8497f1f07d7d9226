//! One `chief of state` / `head of government` entry of the Factbook, read
//! as `<Title> <Name> (since <date>)`; anything else is rejected with the
//! reason, for the build's report.

use tokoh::gazetteer::Date;

use super::names::{self, Name};
use super::titles;

/// A head of state or government as one entry states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The Indonesian titles (two for `Sultan and Prime Minister`); empty
    /// when the entry gives none (`Sébastien LECORNU (since ...)`).
    pub titles: Vec<&'static str>,
    /// The person's name.
    pub name: Name,
    /// The start date, when the entry gives a full day.
    pub since: Option<Date>,
    /// The `since` text when it is not a full day (`April 2018`, `1997`).
    pub since_text: String,
}

/// Reads one entry (HTML as the Factbook stores it).
///
/// Only the part before `; represented by` / `, represented by` is read
/// (the monarch, not the governor-general). A note after the date that
/// starts with `;` is ignored.
///
/// # Errors
///
/// Why the entry is left out: no `(since ...)`, a title that is not in the
/// table, a name the build does not interpret.
pub fn holder(html: &str) -> Result<Holder, String> {
    let text = names::plain_text(html);
    let text = ["; represented by", ", represented by"]
        .iter()
        .filter_map(|sep| text.find(sep))
        .min()
        .map_or(text.as_str(), |i| &text[..i]);
    let Some((before, after)) = text.split_once(" (since ") else {
        return Err(format!("no '(since ...)' in {text:?}"));
    };
    let Some((since_text, tail)) = after.split_once(')') else {
        return Err(format!("unclosed '(since' in {text:?}"));
    };
    let tail = tail.trim();
    if !tail.is_empty() && !tail.starts_with(';') {
        return Err(format!("text after the date in {text:?}"));
    }
    let (titles, raw_name) = match titles::split_titles(before) {
        Some((english, rest)) => (
            english
                .iter()
                .filter_map(|t| titles::indonesian(t))
                .collect(),
            rest,
        ),
        None if looks_like_bare_name(before) => (Vec::new(), before),
        None => return Err(format!("title not in the table: {before:?}")),
    };
    let name = names::normalise(raw_name)?;
    if since_text.contains([';', ',']) {
        return Err(format!("date note in {text:?}"));
    }
    Ok(Holder {
        titles,
        name,
        since: parse_date(since_text),
        since_text: since_text.to_string(),
    })
}

/// An entry with no title at all: two or three words (and a regnal
/// number), each capitalised, none a word of an office or rank.
fn looks_like_bare_name(text: &str) -> bool {
    const OFFICE_WORDS: &[&str] = &[
        "Co-prince",
        "Grand",
        "Duke",
        "Leader",
        "Chairman",
        "Chairperson",
        "Governor",
        "Vice",
        "Acting",
        "Interim",
        "Transition",
        "Transitional",
        "Caretaker",
        "Crown",
        "Lord",
        "Mayor",
        "Administrator",
        "Taliban",
        "Captains",
        "Regent",
        "Secretary",
        "Minister",
        "President",
        "Council",
    ];
    let words: Vec<&str> = text
        .split(' ')
        .filter(|w| !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
        .collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !OFFICE_WORDS.contains(w))
}

/// `20 January 2025`, `21 Oct 2024`; `None` for a month or a year alone.
#[must_use]
pub fn parse_date(text: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let [day, month, year] = text.split(' ').collect::<Vec<_>>()[..] else {
        return None;
    };
    let month = MONTHS.iter().position(|m| {
        *m == month
            || (month.len() == 3 && m.starts_with(month))
            || (month == "Sept" && *m == "September")
    })?;
    let day: u8 = day.parse().ok()?;
    let year: u16 = year.parse().ok()?;
    Date::new(year, u8::try_from(month + 1).ok()?, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_read() {
        let cases = [
            ("President Vladimir Vladimirovich PUTIN (since 7 May 2012)", vec!["Presiden"], "Vladimir Vladimirovich Putin", Some("2012-05-07")),
            ("Premier LI Qiang (since 11 March 2023)", vec!["Perdana Menteri"], "Li Qiang", Some("2023-03-11")),
            ("King CHARLES III (since 8 September 2022); represented by Governor General Mary SIMON (since 26 July 2021)", vec!["Raja"], "Charles III", Some("2022-09-08")),
            ("S&eacute;bastien LECORNU (since 10 September 2025)", vec![], "Sébastien Lecornu", Some("2025-09-10")),
            ("Prime Minister ABIY Ahmed Ali (since April 2018)", vec!["Perdana Menteri"], "Abiy Ahmed Ali", None),
            ("President Luong CUONG (since 21 Oct 2024)", vec!["Presiden"], "Luong Cuong", Some("2024-10-21")),
            ("Sultan and Prime Minister HAITHAM bin Tarik Al Said (since 11 January 2020)", vec!["Sultan", "Perdana Menteri"], "Haitham bin Tarik Al Said", Some("2020-01-11")),
            ("Prime Minister Giorgia MELONI (since 22 October 2022); the prime minister's official title is President of the Council of Ministers", vec!["Perdana Menteri"], "Giorgia Meloni", Some("2022-10-22")),
        ];
        for (html, titles, name, since) in cases {
            let holder = holder(html).unwrap_or_else(|e| panic!("{html}: {e}"));
            assert_eq!(holder.titles, titles, "{html}");
            assert_eq!(holder.name.full, name, "{html}");
            assert_eq!(
                holder.since.map(|d| d.to_string()).as_deref(),
                since,
                "{html}"
            );
        }
    }

    #[test]
    fn doubtful_entries_are_left_out() {
        for html in [
            "Acting President Sr. Gen. MIN AUNG HLAING (since 31 July 2025)",
            "Vice President Mohammed JALLOW (since 23 February 2024)",
            "Prime Minister Ntsokoane Samuel MATEKANE (28 October 2022)",
            "Michael RANDRIANIRINA (Col.)",
            "President (vacant)",
            "Co-prince Emmanuel MACRON (since 14 May 2017); represented by Patrick STROZDA (since 14 May 2017)",
            "Taoiseach (Prime Minister) Michael MARTIN (since 23 January 2025)",
            "President Emomali RAHMON (since 16 November 1994; head of state and Supreme Assembly Chairman since 20 November 1992)",
            "Prince HANS-ADAM II (since 13 November 1989, assumed executive powers on 26 August 1984)",
            "President of the Swiss Confederation Guy PARMELIN (since 1 January 2026)",
            "Co-prince Emmanuel MACRON (since 14 May 2017)",
            "Grand Duke GUILLAUME (since 3 October 2025)",
            "Taliban Leader HAYBATULLAH Akhundzada (since 15 August 2021)",
        ] {
            assert!(holder(html).is_err(), "{html}: {:?}", holder(html));
        }
    }
}
