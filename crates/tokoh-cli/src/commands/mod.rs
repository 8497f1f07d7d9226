//! One module per subcommand.

pub mod gazetteer;
pub mod tag;
pub mod tokenize;

use std::io;
use std::process::ExitCode;

use crate::input::OutputError;
use crate::report::{describe_io, Reporter};

/// Ends a command: a closed stdout (`tokoh ... | head`) ends it quietly,
/// any other write error is reported; the exit status says whether any
/// input was bad.
fn finish(result: Result<(), OutputError>, reporter: &mut Reporter) -> ExitCode {
    if let Err(OutputError(e)) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            reporter.error_general(format_args!("cannot write output: {}", describe_io(&e)));
        }
    }
    reporter.exit_code()
}
