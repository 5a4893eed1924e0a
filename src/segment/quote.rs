//! Quotations: the spans of direct speech in a text ("“We will respond,” he said").
//!
//! A quotation runs from its opening mark to its closing one: curly quotes pair up, straight
//! ones alternate. News carries a quotation on into the next paragraph without closing it, so
//! a quotation still open at a line break ends there.
//!
//! ```
//! use eventline::segment::quote::quotations;
//!
//! let text = "“We struck the depot at dawn,” the army said. It was “political”.";
//! let q = quotations(text);
//! assert_eq!(q.len(), 2);
//! assert_eq!(q[0].of(text), "“We struck the depot at dawn,”");
//! assert_eq!(q[1].of(text), "“political”");
//! ```

use crate::document::Span;

/// Every quotation of `text`, in order, each from its opening mark to its closing mark (or to
/// the end of its line when it is not closed there).
pub fn quotations(text: &str) -> Vec<Span> {
    /// The marks, by their bytes: `"`, `“` (E2 80 9C) and `”` (E2 80 9D).
    enum Mark {
        Straight,
        Opening,
        Closing,
        LineBreak,
    }
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Bytes, not chars: a mark is ASCII or starts with 0xE2, which no other byte of a
    // multi-byte character can be mistaken for; memchr finds the candidates.
    for i in memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes) {
        let mark = match bytes[i] {
            b'"' => Mark::Straight,
            b'\n' => Mark::LineBreak,
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => Mark::Opening,
                Some(0x9D) => Mark::Closing,
                _ => continue,
            },
            _ => continue,
        };
        let len = if matches!(mark, Mark::Opening | Mark::Closing) {
            3
        } else {
            1
        };
        match (mark, open) {
            (Mark::Opening | Mark::Straight, None) => open = Some(i),
            (Mark::Closing | Mark::Straight, Some(start)) => {
                out.push(Span::new(start, i + len));
                open = None;
            }
            // A second opening mark: the first was never closed.
            (Mark::Opening, Some(_)) => open = Some(i),
            (Mark::LineBreak, Some(start)) => {
                out.push(Span::new(start, i));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        out.push(Span::new(start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::quotations;

    fn quoted(text: &str) -> Vec<&str> {
        quotations(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn straight_and_curly_marks_pair_up() {
        assert_eq!(
            quoted(r#"He said "we won" and "they lost"."#),
            [r#""we won""#, r#""they lost""#]
        );
        assert_eq!(quoted("“a” and “b”"), ["“a”", "“b”"]);
    }

    #[test]
    fn an_open_quotation_ends_with_its_paragraph() {
        let text = "“We will not stop.\n“Never,” she said.";
        assert_eq!(quoted(text), ["“We will not stop.", "“Never,”"]);
    }

    #[test]
    fn no_marks_no_quotations() {
        assert!(quotations("").is_empty());
        assert!(quotations("It's Haniyeh’s body.").is_empty());
        // A closing mark alone opens nothing.
        assert!(quotations("odd” text").is_empty());
    }
}
