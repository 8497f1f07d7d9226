//! UD Indonesian CoNLL-U files: gold surface tokens.
//!
//! The surface tokens of a sentence are its multiword range lines (`6-7
//! menyetujuinya`) plus the words not inside a range; empty nodes (`8.1`)
//! are ignored. Each is located in the sentence's `# text = ...` left to
//! right (see `locate` in the parent module).

use std::path::Path;

use super::{locate, Gold, Sentence};
use crate::error::read_to_string;
use crate::Error;

/// A sentence as read from the file, before its tokens are located.
#[derive(Debug, Default)]
struct Raw {
    id: Option<String>,
    text: Option<String>,
    forms: Vec<String>,
    /// Last word id covered by the latest range line.
    range_end: usize,
    first_line: usize,
}

/// Reads a CoNLL-U file into gold sentences.
///
/// # Errors
///
/// When the file cannot be read, a sentence has no `# text`, or a line is
/// malformed.
pub fn load(path: &Path) -> Result<(Gold, Vec<String>), Error> {
    let content = read_to_string(path)?;
    let (sentences, unplaced) = parse(path, &content)?;
    let mut notes = Vec::new();
    if unplaced > 0 {
        notes.push(format!(
            "{unplaced} sentences left out: a gold token could not be found in `# text`"
        ));
    }
    let skipped: usize = sentences.iter().map(|s| s.unscored.len()).sum();
    if skipped > 0 {
        notes.push(format!(
            "{skipped} stretches of `# text` not covered by any gold token (left unscored)"
        ));
    }
    Ok((Gold::Tokens(sentences), notes))
}

/// Parses CoNLL-U `content`; returns the sentences whose tokens could be
/// placed and the number of those that could not.
fn parse(path: &Path, content: &str) -> Result<(Vec<Sentence>, usize), Error> {
    let mut sentences = Vec::new();
    let mut unplaced = 0;
    let mut raw = Raw::default();
    let mut finish = |raw: Raw, sentences: &mut Vec<Sentence>| -> Result<(), Error> {
        if raw.forms.is_empty() && raw.text.is_none() {
            return Ok(());
        }
        let Some(text) = raw.text else {
            return Err(Error::format(
                path,
                raw.first_line,
                "sentence without `# text =`",
            ));
        };
        let id = raw.id.unwrap_or_else(|| format!("line-{}", raw.first_line));
        match locate(&text, raw.forms.iter().map(String::as_str), |_| true) {
            Some((tokens, unscored)) => sentences.push(Sentence {
                id,
                text,
                tokens,
                unscored,
            }),
            None => unplaced += 1,
        }
        Ok(())
    };

    for (index, line) in content.lines().enumerate() {
        let number = index + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            finish(std::mem::take(&mut raw), &mut sentences)?;
            continue;
        }
        if raw.first_line == 0 {
            raw.first_line = number;
        }
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim_start();
            if let Some(v) = comment.strip_prefix("sent_id =") {
                raw.id = Some(v.trim().to_owned());
            } else if let Some(v) = comment.strip_prefix("text =") {
                raw.text = Some(v.trim().to_owned());
            }
            continue;
        }
        let mut columns = line.split('\t');
        let (Some(id), Some(form)) = (columns.next(), columns.next()) else {
            return Err(Error::format(
                path,
                number,
                "expected tab-separated columns",
            ));
        };
        let bad_id = || Error::format(path, number, format!("bad word id `{id}`"));
        if id.contains('.') {
            continue; // empty node
        }
        if let Some((first, last)) = id.split_once('-') {
            let _: usize = first.parse().map_err(|_| bad_id())?;
            raw.range_end = last.parse().map_err(|_| bad_id())?;
            raw.forms.push(form.to_owned());
        } else {
            let word: usize = id.parse().map_err(|_| bad_id())?;
            if word > raw.range_end {
                raw.forms.push(form.to_owned());
            }
        }
    }
    finish(raw, &mut sentences)?;
    Ok((sentences, unplaced))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1\n\
# text = Menurutnya, BI setuju.\n\
1-2\tMenurutnya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
1\tMenurut\tmenurut\tADP\t_\t_\t0\troot\t_\t_\n\
2\tnya\tnya\tPRON\t_\t_\t1\tobj\t_\tSpaceAfter=No\n\
3\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\
4\tBI\tBI\tPROPN\t_\t_\t1\tnsubj\t_\t_\n\
5\tsetuju\tsetuju\tVERB\t_\t_\t1\tobj\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn surface_tokens_are_ranges_and_words_outside_ranges() {
        let (sentences, unplaced) = parse(Path::new("x"), SAMPLE).expect("parses");
        assert_eq!(unplaced, 0);
        let s = &sentences[0];
        assert_eq!(s.id, "s1");
        let got: Vec<&str> = s.tokens.iter().map(|t| &s.text[*t]).collect();
        assert_eq!(got, ["Menurutnya", ",", "BI", "setuju", "."]);
        assert!(s.unscored.is_empty());
    }
}
