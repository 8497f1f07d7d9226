//! The command line: subcommands, options and their help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Shown after the top-level help.
const AFTER_HELP: &str = "\
Examples:
  echo 'Presiden Jokowi tiba di Bali.' | tokoh tokenize
  tokoh tokenize berita.txt --format text
  tokoh tokenize artikel.jsonl > token.jsonl

Exit status: 0 on success, 1 if some input was bad (reported on stderr as
FILE:LINE: what is wrong; the rest is still processed), 2 on a usage error.";

#[derive(Debug, Parser)]
#[command(
    name = "tokoh",
    version,
    about = "Tokenize Indonesian news text with exact byte and character offsets.",
    after_help = AFTER_HELP,
    arg_required_else_help = true,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cut documents into tokens and sentences, one JSON object per document.
    #[command(long_about = TOKENIZE_ABOUT, after_help = TOKENIZE_AFTER_HELP)]
    Tokenize(TokenizeArgs),
}

const TOKENIZE_ABOUT: &str = "\
Cut documents into tokens and sentences.

Each document becomes one line of output. With --format jsonl (the default)
that line is a JSON object:

  {\"id\": \"1\", \"tokens\": [{\"text\": \"Halo\", \"start\": 0, \"end\": 4,
   \"char_start\": 0, \"char_end\": 4, \"kind\": \"word\", \"norm\": \"halo\"}, ...],
   \"sentences\": [[0, 3], ...]}

start/end are byte offsets into the document's UTF-8 text, char_start/char_end
the same span in Unicode code points (what Python's str indexes). kind is one
of word, number, date, time, currency, url, email, hashtag, mention,
abbreviation, punct, symbol, emoji; norm is the normalised form used for
matching. A token that splits into words (KPK-nya -> KPK + -nya) also has
\"words\": [{\"text\", \"start\", \"end\", \"char_start\", \"char_end\"}, ...].
Each sentence is [first token index, last token index + 1].

The id of a document is: in JSON Lines input, its \"id\" field exactly as
given (any JSON value), or when it has none or null, its line number as a
string (\"1\", \"2\", ...); for a text file, the file name as written on the
command line; for text read from standard input, \"1\". The other fields of a
JSON Lines document (all but \"id\" and \"text\") are copied to the output
unchanged, right after \"id\".

With --format text, each document is one line of its tokens separated by
single spaces.";

const TOKENIZE_AFTER_HELP: &str = "\
Examples:
  echo 'Halo dunia.' | tokoh tokenize --format text
      Halo dunia .
  tokoh tokenize berita.txt
      {\"id\":\"berita.txt\",\"tokens\":[...],\"sentences\":[...]}
  tokoh tokenize artikel.jsonl > token.jsonl
      reads {\"id\": ..., \"text\": \"...\"} lines, writes one object per line
  cat artikel.jsonl | tokoh tokenize --input jsonl

A bad line in JSON Lines input (invalid JSON, no \"text\" string, invalid
UTF-8) is reported on stderr as FILE:LINE: what is wrong and skipped; the
other lines are still processed and the exit status is 1.";

/// Where documents come from and how to read them; shared by every
/// subcommand that reads documents.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files to read; none, or `-`, reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// How to read the input [default: jsonl for *.jsonl files, else text]
    ///
    /// Without --input, a file whose name ends in .jsonl is read as jsonl,
    /// any other file and standard input as text.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input: Option<InputFormat>,
}

/// How to read input documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each file is one document of plain UTF-8 text.
    Text,
    /// Each line is a JSON object with a "text" field.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct TokenizeArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// What to print for each document
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = TokenizeFormat::Jsonl)]
    pub format: TokenizeFormat,
}

/// Output format of `tokoh tokenize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenizeFormat {
    /// One JSON object per line, with offsets, kinds and sentences.
    Jsonl,
    /// The tokens of each document on one line, separated by spaces.
    Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
