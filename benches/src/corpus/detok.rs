//! Joining the tokens of the nlp-id POS corpus back into running text.
//!
//! The corpus has one `token<TAB>POS` line per token and a blank line
//! between sentences. The detokeniser writes tokens separated by one space,
//! except:
//!
//! - no space before `, . ) ] } ! ? : ; %` or a closing quote, none after
//!   `( [ {` or an opening quote;
//! - straight double quotes alternate opening/closing within a paragraph; a
//!   quote that starts a sentence opens, one that ends a sentence closes;
//!   curly quotes say which they are;
//! - a straight single quote between a word and a short lower-case word
//!   outside single quotes is an apostrophe and joins them (`Ma ' ruf` →
//!   `Ma'ruf`); otherwise it alternates like double quotes;
//! - the clitic `nya`, which the corpus usually splits off (`ada nya`), is
//!   joined back to a preceding word ending in a letter (`adanya`): that is
//!   how the news text was written;
//! - `Rp` stays a separate word (`Rp 14.100`), as the corpus has it.

/// Reads `dataset_postag.txt` content into sentences of tokens.
#[must_use]
pub fn read_postag(content: &str) -> Vec<Vec<&str>> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in content.lines() {
        let token = line.split('\t').next().unwrap_or("").trim();
        if token.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
        } else {
            current.push(token);
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// What is carried from sentence to sentence of a paragraph: which quotes
/// are open, and whether the last token attaches to the next one.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteState {
    double: bool,
    single: bool,
    glue: bool,
}

/// How a token attaches to its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

fn ends_with_letter(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphabetic)
}

/// Decides how `tokens[i]` attaches, updating the quote state.
fn attach(tokens: &[&str], i: usize, quotes: &mut QuoteState) -> Attach {
    let token = tokens[i];
    let prev = i.checked_sub(1).map(|p| tokens[p]);
    let next = tokens.get(i + 1).copied();
    // A quote that starts a sentence opens, one that ends it closes; a quote
    // that is the whole sentence (the corpus has 659) goes by the state.
    let first = i == 0 && tokens.len() > 1;
    let last = i + 1 == tokens.len() && tokens.len() > 1;
    let toggle = |open: &mut bool| {
        let opening = if first {
            true
        } else if last {
            false
        } else {
            !*open
        };
        *open = opening;
        if opening {
            RIGHT
        } else {
            LEFT
        }
    };
    match token {
        "," | "." | ")" | "]" | "}" | "!" | "?" | ":" | ";" | "%" => LEFT,
        "(" | "[" | "{" => RIGHT,
        "\u{201c}" | "\u{2018}" => RIGHT,
        "\u{201d}" | "\u{2019}" => LEFT,
        "\"" => toggle(&mut quotes.double),
        "'" => {
            let apostrophe = !quotes.single
                && prev.is_some_and(ends_with_letter)
                && next
                    .is_some_and(|n| n.chars().count() <= 3 && n.chars().all(|c| c.is_lowercase()));
            if apostrophe {
                BOTH
            } else {
                toggle(&mut quotes.single)
            }
        }
        "nya" if prev.is_some_and(ends_with_letter) => LEFT,
        _ => FREE,
    }
}

/// Appends the sentence `tokens` to `out` (which holds the paragraph so far;
/// a space separates the sentence from it).
pub fn push_sentence(out: &mut String, tokens: &[&str], state: &mut QuoteState) {
    let mut glue = out.is_empty() || state.glue;
    for i in 0..tokens.len() {
        let a = attach(tokens, i, state);
        if !glue && !a.left {
            out.push(' ');
        }
        out.push_str(tokens[i]);
        glue = a.right;
    }
    state.glue = glue;
}

/// One sentence as text.
#[must_use]
pub fn sentence(tokens: &[&str]) -> String {
    let mut out = String::new();
    push_sentence(&mut out, tokens, &mut QuoteState::default());
    out
}

/// All sentences as paragraphs of `per_paragraph` sentences, separated by
/// a blank line.
#[must_use]
pub fn paragraphs(sentences: &[Vec<&str>], per_paragraph: usize) -> String {
    let mut text = String::new();
    for (i, chunk) in sentences.chunks(per_paragraph.max(1)).enumerate() {
        if i > 0 {
            text.push_str("\n\n");
        }
        let mut paragraph = String::new();
        let mut quotes = QuoteState::default();
        for tokens in chunk {
            push_sentence(&mut paragraph, tokens, &mut quotes);
        }
        text.push_str(&paragraph);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> String {
        sentence(&text.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn punctuation_and_brackets() {
        assert_eq!(
            s("Pemerintah ( Kemenkeu ) memastikan ada nya 12 paket , senilai Rp 15.000 ."),
            "Pemerintah (Kemenkeu) memastikan adanya 12 paket, senilai Rp 15.000."
        );
        assert_eq!(s("Apa ? Ya : tidak ; 8 %"), "Apa? Ya: tidak; 8%");
    }

    #[test]
    fn quotes() {
        assert_eq!(
            s("\" Kami siap , \" kata dia , \" besok . \""),
            "\"Kami siap,\" kata dia, \"besok.\""
        );
        assert_eq!(s("Ma ' ruf berkata"), "Ma'ruf berkata");
        assert_eq!(s("Tim ' hanya ' mampu"), "Tim 'hanya' mampu");
    }

    #[test]
    fn quotes_carry_across_sentences_of_a_paragraph() {
        let a: Vec<&str> = "\" Itu benar .".split(' ').collect();
        let b: Vec<&str> = "Kami siap , \" katanya .".split(' ').collect();
        assert_eq!(
            paragraphs(&[a.clone(), b.clone()], 5),
            "\"Itu benar. Kami siap,\" katanya."
        );
        // A new paragraph forgets the open quote.
        assert_eq!(
            paragraphs(&[a, b], 1),
            "\"Itu benar.\n\nKami siap, \"katanya."
        );
    }

    #[test]
    fn a_lone_quote_sentence_goes_by_the_state() {
        let q = vec!["\""];
        let a: Vec<&str> = "\" Itu benar .".split(' ').collect();
        let b: Vec<&str> = "Kata dia .".split(' ').collect();
        assert_eq!(
            paragraphs(&[a, q.clone(), b.clone()], 5),
            "\"Itu benar.\" Kata dia."
        );
        assert_eq!(paragraphs(&[b.clone(), q, b], 5), "Kata dia. \"Kata dia.");
    }

    #[test]
    fn reads_postag_lines() {
        let content = "Pemerintah\tNN\npusat\tNN\n\n\nIa\tPR\n.\tSYM\n";
        assert_eq!(
            read_postag(content),
            [vec!["Pemerintah", "pusat"], vec!["Ia", "."]]
        );
    }
}
