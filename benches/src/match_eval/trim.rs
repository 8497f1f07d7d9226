//! Cutting glued punctuation off the edges of a gold mention.
//!
//! idner-news-2k labels whole tokens, and some of its tokens carry brackets
//! and commas glued to the name (`(Jokowi)`, `(PDIP),`, `PPP)`, `(PKS`,
//! `Indonesia?`); a gold mention made of such tokens would include them. The
//! name is what is meant, so [`trim_mention`] removes, repeatedly:
//!
//! - white space at either end;
//! - a pair of brackets or quotes around the whole mention (`(Jokowi)` →
//!   `Jokowi`) when what is inside is balanced;
//! - an unbalanced bracket at either end (`PPP)` → `PPP`, `(PKS` → `PKS`);
//!   balanced ones stay (`Rini (Soemarno)`, `Komisi Pemilihan Umum (KPU)`);
//! - a quote at either end when the mention has an odd number of them;
//! - `, ; : ? !` at the end and `, ; :` at the start.
//!
//! A final `.` stays: it may be an abbreviation's (`Ill.`, `Tbk.`).

use tokoh::Span;

use crate::text::{is_quote, is_space};

const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('{', '}')];

/// Whether every closing bracket of `s` closes an opening one before it and
/// every opening one is closed.
fn balanced(s: &str) -> bool {
    let mut stack = Vec::new();
    for c in s.chars() {
        if let Some(&(_, close)) = PAIRS.iter().find(|(open, _)| *open == c) {
            stack.push(close);
        } else if PAIRS.iter().any(|(_, close)| *close == c) && stack.pop() != Some(c) {
            return false;
        }
    }
    stack.is_empty()
}

fn count(s: &str, c: char) -> usize {
    s.chars().filter(|&d| d == c).count()
}

/// One trimming step on `s`: the number of bytes to cut at the start and
/// at the end, or `None` when nothing more is cut.
fn step(s: &str) -> Option<(usize, usize)> {
    let first = s.chars().next()?;
    let last = s.chars().next_back()?;
    let (fl, ll) = (first.len_utf8(), last.len_utf8());
    if is_space(first) {
        return Some((fl, 0));
    }
    if is_space(last) {
        return Some((0, ll));
    }
    if s.chars().nth(1).is_some() {
        let inner = &s[fl..s.len() - ll];
        let wrapped = PAIRS.iter().any(|&(o, c)| first == o && last == c) && balanced(inner);
        let quoted = is_quote(first) && is_quote(last) && count(inner, first) % 2 == 0;
        if wrapped || quoted {
            return Some((fl, ll));
        }
    }
    if matches!(last, ',' | ';' | ':' | '?' | '!') {
        return Some((0, ll));
    }
    if matches!(first, ',' | ';' | ':') {
        return Some((fl, 0));
    }
    for (open, close) in PAIRS {
        if last == close && count(s, close) > count(s, open) {
            return Some((0, ll));
        }
        if first == open && count(s, open) > count(s, close) {
            return Some((fl, 0));
        }
    }
    if is_quote(last) && count(s, last) % 2 == 1 {
        return Some((0, ll));
    }
    if is_quote(first) && count(s, first) % 2 == 1 {
        return Some((fl, 0));
    }
    None
}

/// `span` of `text` with glued punctuation cut off its edges (see the
/// [module docs](self)), or `None` when nothing is left.
#[must_use]
pub fn trim_mention(text: &str, span: Span) -> Option<Span> {
    let (mut start, mut end) = (span.start, span.end);
    while start < end {
        match step(&text[start..end]) {
            Some((cut_start, cut_end)) => {
                start += cut_start;
                end -= cut_end;
            }
            None => return Some(Span::new(start, end)),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(s: &str) -> Option<&str> {
        trim_mention(s, Span::new(0, s.len())).map(|span| &s[span])
    }

    #[test]
    fn trim_table() {
        let cases = [
            ("Jokowi", Some("Jokowi")),
            ("(Jokowi)", Some("Jokowi")),
            ("(PDIP),", Some("PDIP")),
            ("PPP)", Some("PPP")),
            ("PAN),", Some("PAN")),
            ("(PKS", Some("PKS")),
            ("(Demokrat", Some("Demokrat")),
            ("Indonesia?", Some("Indonesia")),
            (
                "Kementerian Hukum dan HAM?",
                Some("Kementerian Hukum dan HAM"),
            ),
            ("Rini (Soemarno)", Some("Rini (Soemarno)")),
            (
                "Komisi Pemilihan Umum (KPU)",
                Some("Komisi Pemilihan Umum (KPU)"),
            ),
            ("PT Pertamina (Persero)", Some("PT Pertamina (Persero)")),
            ("(Gus Dur)", Some("Gus Dur")),
            ("(A) dan (B)", Some("(A) dan (B)")),
            ("The Des Plaines, Ill.", Some("The Des Plaines, Ill.")),
            ("\"Golkar\"", Some("Golkar")),
            ("\"Golkar", Some("Golkar")),
            ("Ma'ruf", Some("Ma'ruf")),
            ("  Budi ", Some("Budi")),
            ("()", None),
            (",", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(trimmed(input), expected, "{input:?}");
        }
    }

    #[test]
    fn trims_inside_a_longer_text() {
        let text = "kata (Jokowi), lalu";
        let span = trim_mention(text, Span::new(5, 14)).expect("not empty");
        assert_eq!(&text[span], "Jokowi");
        assert_eq!(span, Span::new(6, 12));
    }

    #[test]
    fn balance() {
        for (s, ok) in [
            ("a(b)c", true),
            ("a)b(", false),
            ("((x)", false),
            ("", true),
        ] {
            assert_eq!(balanced(s), ok, "{s}");
        }
    }
}
