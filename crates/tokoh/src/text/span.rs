//! Byte spans into a text.

use core::fmt;
use core::ops::{Index, Range};

/// A half-open range of **byte** offsets `[start, end)` into a UTF-8 text.
///
/// A `Span` produced by tokoh always lies on UTF-8 character boundaries of the
/// text it was produced from, so it can index that `&str` directly.
///
/// # Examples
///
/// ```
/// use tokoh::Span;
///
/// let text = "Presiden Joko Widodo";
/// let span = Span::new(9, 13);
/// assert_eq!(&text[span], "Joko");
/// assert_eq!(span.len(), 4);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not exceed `end` for the span to be
    /// meaningful; tokoh never produces such a span.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = tokoh::Span::new(2, 5);
    /// assert_eq!(span.range(), 2..5);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(tokoh::Span::new(3, 10).len(), 7);
    /// ```
    #[inline]
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(tokoh::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "KPK-nya";
    /// assert_eq!(&text[tokoh::Span::new(0, 3).range()], "KPK");
    /// ```
    #[inline]
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::Span;
    /// assert!(Span::new(0, 7).contains(Span::new(0, 3)));
    /// assert!(!Span::new(0, 3).contains(Span::new(2, 5)));
    /// ```
    #[inline]
    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `None` when the span is out of bounds or
    /// does not lie on UTF-8 character boundaries of `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use tokoh::Span;
    /// assert_eq!(Span::new(0, 2).get("Ma’ruf"), Some("Ma"));
    /// assert_eq!(Span::new(0, 3).get("Ma’ruf"), None); // inside ’
    /// ```
    #[inline]
    #[must_use]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl<T> Index<Span> for [T] {
    type Output = [T];

    #[inline]
    fn index(&self, span: Span) -> &[T] {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}
