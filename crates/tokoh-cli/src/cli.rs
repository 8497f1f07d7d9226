//! The command line: subcommands, options and their help text.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Shown after the top-level help.
const AFTER_HELP: &str = "\
Examples:
  tokoh tag examples/berita.txt --format pretty
  echo 'Presiden Jokowi tiba di Bali.' | tokoh tag
  echo 'Presiden Jokowi tiba di Bali.' | tokoh tokenize
  tokoh tokenize berita.txt --format text
  tokoh tokenize artikel.jsonl > token.jsonl
  tokoh gazetteer check tokoh-saya.jsonl

Exit status: 0 on success, 1 if some input was bad (reported on stderr as
FILE:LINE: what is wrong; the rest is still processed), 2 on a usage error.";

#[derive(Debug, Parser)]
#[command(
    name = "tokoh",
    version,
    about = "Find who and what Indonesian news text talks about: tokens and gazetteer \
             mentions with exact byte and character offsets.",
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
    /// Find the people, organizations and places of a gazetteer mentioned in
    /// documents.
    #[command(long_about = TAG_ABOUT, after_help = TAG_AFTER_HELP)]
    Tag(TagArgs),
    /// Cut documents into tokens and sentences, one JSON object per document.
    #[command(long_about = TOKENIZE_ABOUT, after_help = TOKENIZE_AFTER_HELP)]
    Tokenize(TokenizeArgs),
    /// Check, count and export gazetteers (JSON Lines files of entities).
    #[command(long_about = GAZETTEER_ABOUT, arg_required_else_help = true)]
    Gazetteer(GazetteerArgs),
}

const TAG_ABOUT: &str = "\
Find the people, organizations and places of a gazetteer mentioned in
documents.

The built-in gazetteer (Indonesian officials, state institutions, world
officials and institutions, places; see `tokoh gazetteer stats`) is used
unless --no-builtin; each --gazetteer FILE adds the entities of a JSON Lines
gazetteer file (see `tokoh gazetteer --help`). A later file wins when an id
is defined twice, with a warning. A gazetteer file with any problem stops
tokoh before it reads a document: every problem is printed as FILE:LINE:
what is wrong, and the exit status is 1.

With --format jsonl (the default) each document becomes one line, a JSON
object:

  {\"id\": \"1\", \"mentions\": [{\"start\": 9, \"end\": 15, \"char_start\": 9,
   \"char_end\": 15, \"text\": \"Jokowi\", \"id\": \"tokoh:person/joko-widodo\",
   \"kind\": \"person\", \"name\": \"Joko Widodo\", \"matched\": \"Jokowi\",
   \"via\": \"alias\", \"title\": {\"start\": 0, \"end\": 8, \"char_start\": 0,
   \"char_end\": 8, \"text\": \"Presiden\"}, \"candidates\": []}]}

start/end are byte offsets into the document's UTF-8 text (half-open),
char_start/char_end the same span in Unicode code points (what Python's str
indexes); text is exactly the document's text there. id, kind (person,
organization or place) and name are those of the gazetteer entity; matched
is the gazetteer form that matched, as written there, and via says which
kind of form it is: name, alias, acronym or short (a short form, such as a
surname, only counts after the full name or after a fitting title). title
is the title or position written right before a person's name (Presiden,
Menteri Luar Negeri AS), with its own offsets, or null. candidates lists the
ids of other entities the same words could mean when the choice was
ambiguous, [] otherwise. Mentions are sorted by start and never overlap.

The id of a document is: in JSON Lines input, its \"id\" field exactly as
given (any JSON value), or when it has none or null, its line number as a
string (\"1\", \"2\", ...); for a text file, the file name as written on the
command line; for text read from standard input, \"1\". The other fields of a
JSON Lines document (all but \"id\" and \"text\") are copied to the output
unchanged, right after \"id\".

--format tsv prints a header line and then one line per mention, columns
separated by tabs:

  doc_id start end char_start char_end text entity_id kind name via title candidates

title is the title's text or empty; candidates are entity ids separated by
commas, or empty. In every column a backslash is written \\\\, a tab \\t, a
line break \\n and a carriage return \\r, so that each mention is one line.
Pass-through fields of JSON Lines input are not in the TSV output.

--format pretty is for reading in a terminal: for each document, its id,
its text with every mention highlighted, and the list of mentions, as
START..END (byte offsets)  TEXT  →  NAME (KIND, VIA) [title: TITLE]. When
standard output is not a terminal, or NO_COLOR is set, mentions are marked
[like this]{kind: canonical name} instead of with colours.

--kinds keeps only the mentions of entities of the kinds given; matching
itself is the same (a longer mention of another kind still wins over a
shorter one inside it).

On a terminal, a line on stderr shows the progress (documents, MB, MB/s)
of inputs that take more than two seconds, unless standard output is the
terminal too.";

const TAG_AFTER_HELP: &str = "\
Examples:
  tokoh tag examples/berita.txt
      {\"id\":\"examples/berita.txt\",\"mentions\":[...]}
  tokoh tag examples/berita.txt --format pretty
      the text with its mentions highlighted, and a list of them
  echo 'Presiden Jokowi bertemu pimpinan KPK.' | tokoh tag --format tsv
      one line per mention, for a spreadsheet or `cut`
  tokoh tag artikel.jsonl --kinds person,organization > mentions.jsonl
      reads {\"id\": ..., \"text\": \"...\"} lines, writes one object per line
  tokoh tag berita.txt --gazetteer tokoh-saya.jsonl
      the built-in gazetteer and your own entities
  tokoh tag berita.txt --no-builtin --gazetteer tokoh-saya.jsonl
      your own entities only

A bad line in JSON Lines input (invalid JSON, no \"text\" string, invalid
UTF-8) is reported on stderr as FILE:LINE: what is wrong and skipped; the
other lines are still tagged and the exit status is 1. Exit status: 0 on
success, 1 on bad input or an invalid gazetteer, 2 on a usage error.";

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
pub struct TagArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// What to print: jsonl (one object per document), tsv (one line per
    /// mention) or pretty (for reading)
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = TagFormat::Jsonl)]
    pub format: TagFormat,

    /// Add the entities of a gazetteer file (JSON Lines); may be repeated,
    /// later files win on an id clash
    #[arg(long = "gazetteer", value_name = "FILE")]
    pub gazetteers: Vec<PathBuf>,

    /// Do not load the built-in gazetteer; only the --gazetteer files
    #[arg(long)]
    pub no_builtin: bool,

    /// Keep only mentions of entities of these kinds, comma-separated
    #[arg(long, value_enum, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Option<Vec<KindArg>>,

    /// Tag this many documents at once [default: one per CPU]
    ///
    /// The output is the same, in the same order, whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<NonZeroUsize>,
}

/// Output format of `tokoh tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TagFormat {
    /// One JSON object per line and document, with its mentions.
    Jsonl,
    /// A header, then one tab-separated line per mention.
    Tsv,
    /// The text with its mentions highlighted, for people.
    Pretty,
}

/// An entity kind, as `--kinds` takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Person,
    Organization,
    Place,
}

impl KindArg {
    pub fn kind(self) -> tokoh::EntityKind {
        match self {
            KindArg::Person => tokoh::EntityKind::Person,
            KindArg::Organization => tokoh::EntityKind::Organization,
            KindArg::Place => tokoh::EntityKind::Place,
        }
    }
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

const GAZETTEER_ABOUT: &str = "\
Check, count and export gazetteers.

A gazetteer file is JSON Lines, UTF-8, one entity a line; blank lines and
lines starting with # are skipped:

  {\"id\": \"Q1\", \"kind\": \"person\", \"name\": \"Antony Blinken\",
   \"aliases\": [\"Tony Blinken\"], \"short\": [\"Blinken\"],
   \"roles\": [{\"title\": \"Menteri Luar Negeri\", \"country\": \"US\",
              \"start\": \"2021-01-26\", \"end\": \"2025-01-20\"}],
   \"country\": \"US\", \"source\": \"wikidata\"}

id, kind (person, organization or place) and name are required; aliases,
acronyms and short are lists of strings; roles a list of objects with
title, country (two capital letters), org (an id), start and end
(YYYY-MM-DD); country, parent, description and source are strings; any
other field is kept as metadata. Ids are unique within a file; a later
file overrides an earlier one's id, with a warning.";

#[derive(Debug, Args)]
pub struct GazetteerArgs {
    #[command(subcommand)]
    pub command: GazetteerCommand,
}

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files: print every problem as FILE:LINE: what is
    /// wrong, exit 1 if there is any.
    #[command(after_help = CHECK_AFTER_HELP)]
    Check(CheckArgs),
    /// Count entities per kind and distinct matchable forms, of the files
    /// given or of the built-in gazetteer.
    #[command(after_help = STATS_AFTER_HELP)]
    Stats(StatsArgs),
    /// Print the built-in gazetteer as JSON Lines, one entity a line.
    #[command(after_help = EXPORT_AFTER_HELP)]
    Export,
}

const CHECK_AFTER_HELP: &str = "\
Examples:
  tokoh gazetteer check people.jsonl places.jsonl
      tokoh: ok: 120 entities in people.jsonl
      tokoh: error: places.jsonl:7: field `kind`: unknown kind \"city\"; use person, organization or place
  tokoh gazetteer export | tokoh gazetteer check -

Every problem of every file is printed, on stderr; files that are valid get
one ok line each. An id defined again in a later file is a warning. Exit
status: 0 if every file is valid, 1 otherwise, 2 on a usage error.";

const STATS_AFTER_HELP: &str = "\
Examples:
  tokoh gazetteer stats
      the built-in gazetteer
  tokoh gazetteer stats people.jsonl places.jsonl --format json
      {\"entities\":130,\"forms\":412,\"by_kind\":{\"person\":120,\"organization\":0,\"place\":10},\"data_as_of\":null}

forms counts every distinct matchable form (names, aliases, acronyms, short
forms) after normalisation (letter case, Unicode forms, quotes, white space).
data_as_of is the date of the built-in data, null for files. Files with
problems are reported as by check, and nothing is counted (exit 1).";

const EXPORT_AFTER_HELP: &str = "\
Examples:
  tokoh gazetteer export > builtin.jsonl
  tokoh gazetteer export | grep '\"kind\":\"person\"'

The output is a valid gazetteer file: tokoh gazetteer check accepts it and
loading it gives the built-in gazetteer back.";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Gazetteer files to check; `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Gazetteer files to count together; none counts the built-in
    /// gazetteer, `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// How to print the counts
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = StatsFormat::Text)]
    pub format: StatsFormat,
}

/// Output format of `tokoh gazetteer stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// A table for people.
    Text,
    /// One JSON object: entities, forms, by_kind, data_as_of.
    Json,
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
