//! Fuzz target: tag = tokenize + match, on arbitrary text with an arbitrary
//! small gazetteer and arbitrary tokenizer options (a `TagCase`), with the
//! invariants of tokens and mentions checked.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../crates/tokoh/tests/fuzz_support/mod.rs"]
mod fuzz_support;

use fuzz_support::TagCase;

/// A case is decoded by `TagCase::decode`, the decoder the replay test in
/// `crates/tokoh/tests/fuzz_regressions.rs` uses too, so that a corpus file
/// means the same case here and there.
#[derive(Debug)]
struct Input(TagCase);

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Input> {
        let len = u.arbitrary_len::<u8>()?;
        Ok(Input(TagCase::decode(u.bytes(len)?)))
    }

    fn arbitrary_take_rest(u: Unstructured<'a>) -> arbitrary::Result<Input> {
        Ok(Input(TagCase::decode(u.take_rest())))
    }
}

fuzz_target!(|input: Input| {
    if let Err(message) = fuzz_support::check_tag_case(&input.0) {
        panic!("invariant violated: {message}\ncase: {:?}", input.0);
    }
});
