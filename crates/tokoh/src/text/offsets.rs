//! Converting byte offsets into code-point offsets.

/// Converts byte offsets of one text into Unicode code-point offsets (the
/// indices Python's `str` uses).
///
/// Queries with non-decreasing offsets cost amortised O(1) each, so converting
/// every token or mention of a document, in order, is linear in its length.
/// A query that goes backwards restarts from the beginning of the text.
///
/// # Examples
///
/// ```
/// use tokoh::text::CharOffsets;
///
/// let text = "Mérida, İstanbul";
/// let mut offsets = CharOffsets::new(text);
/// assert_eq!(offsets.char_offset(0), 0);
/// assert_eq!(offsets.char_offset(7), 6); // 'é' is two bytes
/// assert_eq!(offsets.char_offset(text.len()), text.chars().count());
/// ```
#[derive(Debug, Clone)]
pub struct CharOffsets<'t> {
    text: &'t str,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    /// Starts a converter for `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut offsets = tokoh::text::CharOffsets::new("abc");
    /// assert_eq!(offsets.char_offset(2), 2);
    /// ```
    #[must_use]
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        CharOffsets {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code-point offset of byte offset `byte`.
    ///
    /// An offset inside a multi-byte character counts the characters that
    /// start before it; an offset past the end is clamped to the end.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut offsets = tokoh::text::CharOffsets::new("Ma’ruf");
    /// assert_eq!(offsets.char_offset(5), 3); // after the three-byte ’
    /// ```
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let bytes = &self.text.as_bytes()[self.byte..byte];
        // Count bytes that start a character (everything but 0b10xx_xxxx).
        self.chars += bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
        self.byte = byte;
        self.chars
    }
}
