//! Joining the tokens of a token-level corpus (idner-news-2k) back into the
//! text a newspaper prints, keeping every token's byte span.
//!
//! Tokens are separated by one space, except:
//!
//! - no space before `, . ) ] } ! ? : ; %` and `...` (and runs of them),
//!   none after `( [ {`;
//! - straight double quotes alternate opening/closing within the sentence
//!   (an opening one sticks to the next token, a closing one to the previous);
//!   curly quotes say which they are;
//! - a straight single quote between a word and a short lower-case word is
//!   an apostrophe and joins them (`yesterday ' s` → `yesterday's`, `Ma ' ruf`
//!   → `Ma'ruf`); otherwise it alternates like double quotes
//!   (`' aneh '` → `'aneh'`);
//! - a lone `-` between two tokens that touch it with a letter or digit
//!   joins them: `apa - apa` → `apa-apa`, `Prabowo - Hatta` → `Prabowo-Hatta`
//!   (the raw NER UGM text writes these pairs without spaces); a run of
//!   dashes (`- -`) becomes one spaced dash (`yang -- menurut`).
//!
//! Tokens themselves are never changed: idner-news-2k keeps brackets glued
//! to some words (`(Jokowi)`, `persen)`) and those stay as they are, which is
//! how the news text has them.

use tokoh::Span;

/// How a token attaches to its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Attach {
    /// No space before it.
    left: bool,
    /// No space after it.
    right: bool,
}

const FREE: Attach = Attach {
    left: false,
    right: false,
};
const LEFT: Attach = Attach {
    left: true,
    right: false,
};
const RIGHT: Attach = Attach {
    left: false,
    right: true,
};
const BOTH: Attach = Attach {
    left: true,
    right: true,
};

/// Whether `token` is made only of characters written without a space
/// before them (`,`, `.`, `...`, `?!`, `)`, `%` ...).
fn closes(token: &str) -> bool {
    !token.is_empty()
        && token
            .chars()
            .all(|c| matches!(c, ',' | '.' | ')' | ']' | '}' | '!' | '?' | ':' | ';' | '%'))
}

fn opens(token: &str) -> bool {
    matches!(token, "(" | "[" | "{")
}

fn is_dash(token: &str) -> bool {
    token == "-"
}

fn ends_alnum(token: &str) -> bool {
    token.chars().next_back().is_some_and(char::is_alphanumeric)
}

fn starts_alnum(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_alphanumeric)
}

/// Open-quote state within a sentence.
#[derive(Debug, Default)]
struct Quotes {
    double: bool,
    single: bool,
}

/// Opens or closes a quote, flipping `open`.
fn toggle(open: &mut bool) -> Attach {
    *open = !*open;
    if *open {
        RIGHT
    } else {
        LEFT
    }
}

/// How `tokens[i]` attaches, updating the quote state.
fn attach(tokens: &[&str], i: usize, quotes: &mut Quotes) -> Attach {
    let token = tokens[i];
    let prev = i.checked_sub(1).map(|p| tokens[p]);
    let next = tokens.get(i + 1).copied();
    if closes(token) {
        return LEFT;
    }
    if opens(token) {
        return RIGHT;
    }
    match token {
        "\u{201c}" | "\u{2018}" => RIGHT,
        "\u{201d}" | "\u{2019}" => LEFT,
        "\"" => toggle(&mut quotes.double),
        "'" => {
            let apostrophe = !quotes.single
                && prev.is_some_and(ends_alnum)
                && next
                    .is_some_and(|n| n.chars().count() <= 3 && n.chars().all(char::is_lowercase));
            if apostrophe {
                BOTH
            } else {
                toggle(&mut quotes.single)
            }
        }
        "-" => {
            let run_before = prev.is_some_and(is_dash);
            let run_after = next.is_some_and(is_dash);
            if run_before || run_after {
                // Inside a run of dashes: glued to the other dashes only.
                Attach {
                    left: run_before,
                    right: run_after,
                }
            } else if prev.is_some_and(ends_alnum) && next.is_some_and(starts_alnum) {
                BOTH
            } else {
                FREE
            }
        }
        _ => FREE,
    }
}

/// The sentence `tokens` as text, and the byte span of every token in it.
#[must_use]
pub fn detokenize<S: AsRef<str>>(tokens: &[S]) -> (String, Vec<Span>) {
    let tokens: Vec<&str> = tokens.iter().map(AsRef::as_ref).collect();
    let mut text = String::with_capacity(tokens.iter().map(|t| t.len() + 1).sum());
    let mut spans = Vec::with_capacity(tokens.len());
    let mut quotes = Quotes::default();
    let mut glue = true; // nothing before the first token
    for i in 0..tokens.len() {
        let a = attach(&tokens, i, &mut quotes);
        if !glue && !a.left {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(tokens[i]);
        spans.push(Span::new(start, text.len()));
        glue = a.right;
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detok(tokens: &str) -> String {
        let tokens: Vec<&str> = tokens.split(' ').collect();
        let (text, spans) = detokenize(&tokens);
        // Every token is found at its span, unchanged.
        for (token, span) in tokens.iter().zip(&spans) {
            assert_eq!(&text[*span], *token);
        }
        text
    }

    #[test]
    fn detokenize_table() {
        let cases = [
            // punctuation and brackets
            (
                "Kata Anis di Samarinda , Kalimantan Timur , Selasa (29/10/2013) .",
                "Kata Anis di Samarinda, Kalimantan Timur, Selasa (29/10/2013).",
            ),
            (
                "Pemerintah ( Kemenkeu ) menolak",
                "Pemerintah (Kemenkeu) menolak",
            ),
            ("Apa ? Ya : tidak ; 8 % ...", "Apa? Ya: tidak; 8%..."),
            ("ini ?! katanya", "ini?! katanya"),
            // brackets idner-news-2k leaves glued stay as they are
            (
                "Partai Persatuan Pembangunan (PPP) , kata (Jokowi) .",
                "Partai Persatuan Pembangunan (PPP), kata (Jokowi).",
            ),
            // quotes
            ("\" Kami siap , \" kata dia .", "\"Kami siap,\" kata dia."),
            (
                "sebagai ' aneh ' , perlindungan",
                "sebagai 'aneh', perlindungan",
            ),
            (
                "gerakan yesterday ' s rally .",
                "gerakan yesterday's rally.",
            ),
            ("Ma ' ruf Amin", "Ma'ruf Amin"),
            ("\u{201c} Ya \u{201d} katanya", "\u{201c}Ya\u{201d} katanya"),
            // dashes
            (
                "pasangan Prabowo - Hatta , kata",
                "pasangan Prabowo-Hatta, kata",
            ),
            ("tidak mengetahui apa - apa", "tidak mengetahui apa-apa"),
            ("yang - - menurut", "yang -- menurut"),
            ("Topeka - - tidak", "Topeka -- tidak"),
            ("2009 - 2014", "2009-2014"),
            ("kata - \" ya", "kata - \"ya"),
            // already joined tokens are left alone
            ("Jokowi-JK dan PDI-P", "Jokowi-JK dan PDI-P"),
        ];
        for (tokens, expected) in cases {
            assert_eq!(detok(tokens), expected, "{tokens}");
        }
    }

    #[test]
    fn empty_sentence() {
        let (text, spans) = detokenize::<&str>(&[]);
        assert!(text.is_empty() && spans.is_empty());
    }
}
