//! Prints the tokens of stdin (one document) — a quick look for developers.
use std::io::Read;
fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return;
    }
    let t = tokoh::Tokenizer::new();
    let tokens = t.tokenize(&text);
    for s in t.sentences(&text, &tokens) {
        let line: Vec<String> = tokens[s]
            .iter()
            .map(|tok| {
                let words = if tok.is_split() {
                    format!(
                        "{{{}}}",
                        tok.words()
                            .iter()
                            .map(|w| &text[*w])
                            .collect::<Vec<_>>()
                            .join("+")
                    )
                } else {
                    String::new()
                };
                format!("{}/{}{}", tok.text(&text), &tok.kind.as_str()[..3], words)
            })
            .collect();
        println!("{}", line.join(" "));
    }
}
