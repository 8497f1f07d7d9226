//! Raw sentences with inline entity tags: NER UI (`<ENAMEX TYPE="PERSON">…
//! </ENAMEX>`) and NER UGM (`<PERSON>…</PERSON>`).
//!
//! Removing the tags gives the raw text; the tag positions give the gold
//! entity spans, trimmed of white space inside the tag edges. A closing tag
//! closes the latest open tag of the same name; stray closing tags and
//! unclosed opening tags are dropped and counted. Anything between `<` and
//! `>` that is not an upper-case tag (`<strong>`) stays text.

use std::path::Path;

use tokoh::Span;

use super::{Entity, EntitySentence, Gold};
use crate::error::read_to_string;
use crate::text::is_space;
use crate::Error;

/// How the lines of a file are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFormat {
    /// `sentence`; the id is the line number.
    Plain,
    /// `sentence<TAB>id`.
    TabId,
}

/// One line with its tags removed.
#[derive(Debug, Default, Clone)]
pub struct Tagged {
    /// The text without tags.
    pub text: String,
    /// The entities, in order of their start.
    pub entities: Vec<Entity>,
    /// Tags that could not be paired (stray closing or unclosed opening).
    pub unpaired: usize,
    /// Entities with nothing but white space inside.
    pub empty: usize,
}

/// A tag: `<NAME>`, `<NAME TYPE="X">` or `</NAME>`.
#[derive(Debug, PartialEq, Eq)]
struct Tag<'a> {
    closing: bool,
    name: &'a str,
    label: &'a str,
    len: usize,
}

fn is_tag_name(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The tag at the start of `s` (which starts with `<`), if any.
fn parse_tag(s: &str) -> Option<Tag<'_>> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    let len = end + 1;
    if let Some(name) = inner.strip_prefix('/') {
        return is_tag_name(name).then_some(Tag {
            closing: true,
            name,
            label: name,
            len,
        });
    }
    let (name, label) = match inner.split_once(' ') {
        None => (inner, inner),
        Some((name, attr)) => {
            let label = attr.trim().strip_prefix("TYPE=\"")?.strip_suffix('"')?;
            (name, label)
        }
    };
    (is_tag_name(name) && is_tag_name(label)).then_some(Tag {
        closing: false,
        name,
        label,
        len,
    })
}

/// Removes the tags of one line and records the entities.
#[must_use]
pub fn parse_line(line: &str) -> Tagged {
    let mut out = Tagged::default();
    // Open tags: (name, label, start in `out.text`).
    let mut open: Vec<(&str, &str, usize)> = Vec::new();
    let mut rest = line;
    while let Some(lt) = rest.find('<') {
        out.text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let Some(tag) = parse_tag(rest) else {
            out.text.push('<');
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing {
            open.push((tag.name, tag.label, out.text.len()));
            continue;
        }
        match open.iter().rposition(|(name, _, _)| *name == tag.name) {
            Some(i) => {
                let (_, label, start) = open.remove(i);
                match trim_span(&out.text, Span::new(start, out.text.len())) {
                    Some(span) => out.entities.push(Entity {
                        span,
                        label: label.to_owned(),
                    }),
                    None => out.empty += 1,
                }
            }
            None => out.unpaired += 1,
        }
    }
    out.text.push_str(rest);
    out.unpaired += open.len();
    out.entities.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// `span` without leading and trailing white space, or `None` if nothing
/// else is left.
fn trim_span(text: &str, span: Span) -> Option<Span> {
    let inner = &text[span];
    let start = span.start + (inner.len() - inner.trim_start_matches(is_space).len());
    let end = span.end - (inner.len() - inner.trim_end_matches(is_space).len());
    (start < end).then_some(Span::new(start, end))
}

/// Reads a file of tagged lines.
///
/// # Errors
///
/// When the file cannot be read.
pub fn load(path: &Path, format: LineFormat) -> Result<(Gold, Vec<String>), Error> {
    let content = read_to_string(path)?;
    let mut sentences = Vec::new();
    let (mut unpaired, mut empty) = (0, 0);
    for (index, line) in content.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let (sentence, id) = match format {
            LineFormat::Plain => (line, None),
            LineFormat::TabId => match line.rsplit_once('\t') {
                Some((sentence, id)) => (sentence, Some(id.trim())),
                None => (line, None),
            },
        };
        let tagged = parse_line(sentence);
        unpaired += tagged.unpaired;
        empty += tagged.empty;
        sentences.push(EntitySentence {
            id: id.map_or_else(|| format!("line-{}", index + 1), str::to_owned),
            text: tagged.text,
            entities: tagged.entities,
        });
    }
    let mut notes = Vec::new();
    if unpaired > 0 {
        notes.push(format!("{unpaired} unpaired tags dropped"));
    }
    if empty > 0 {
        notes.push(format!("{empty} empty entities dropped"));
    }
    Ok((Gold::Entities(sentences), notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(t: &Tagged) -> Vec<(&str, &str)> {
        t.entities
            .iter()
            .map(|e| (&t.text[e.span], e.label.as_str()))
            .collect()
    }

    #[test]
    fn enamex_and_plain_tags() {
        let t = parse_line(
            r#"Kata <ENAMEX TYPE="PERSON">Budi Santoso</ENAMEX> di <ENAMEX TYPE="ORGANIZATION">KPU</ENAMEX>."#,
        );
        assert_eq!(t.text, "Kata Budi Santoso di KPU.");
        assert_eq!(
            entities(&t),
            [("Budi Santoso", "PERSON"), ("KPU", "ORGANIZATION")]
        );

        let t = parse_line("<PERSON> Jokowi </PERSON>, <TIME>Selasa (29/10/2013)</TIME>.");
        assert_eq!(t.text, " Jokowi , Selasa (29/10/2013).");
        assert_eq!(
            entities(&t),
            [("Jokowi", "PERSON"), ("Selasa (29/10/2013)", "TIME")]
        );
    }

    #[test]
    fn broken_markup_is_counted_and_other_angle_brackets_stay_text() {
        let t = parse_line("a <strong>b</strong> <PERSON>c d </LOCATION> e </PERSON>");
        assert_eq!(t.text, "a <strong>b</strong> c d  e ");
        assert_eq!(entities(&t), [("c d  e", "PERSON")]);
        assert_eq!(t.unpaired, 1);
        let t = parse_line("<PERSON>x");
        assert_eq!(t.unpaired, 1);
        assert!(t.entities.is_empty());
    }
}
