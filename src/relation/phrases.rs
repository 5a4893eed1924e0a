//! Cue tables indexed by their first word, so that scanning a sentence checks each token
//! against the few cues that can start with it instead of against the whole table.

use rustc_hash::FxHashMap;

/// The rows of a table of phrases (space-separated lower-case words), by first word.
pub(crate) struct FirstWords {
    /// Keyed by bytes: a lower-cased word needs no second UTF-8 check to be looked up.
    rows: FxHashMap<&'static [u8], Vec<usize>>,
}

impl FirstWords {
    /// Index `phrases` (row `k` is the `k`-th phrase).
    pub(crate) fn new(phrases: impl Iterator<Item = &'static str>) -> Self {
        let mut rows: FxHashMap<&'static [u8], Vec<usize>> = FxHashMap::default();
        for (k, p) in phrases.enumerate() {
            let first = p.split(' ').next().unwrap_or(p);
            rows.entry(first.as_bytes()).or_default().push(k);
        }
        FirstWords { rows }
    }

    /// The rows whose phrase starts with `word` (any ASCII case), in table order.
    pub(crate) fn rows(&self, word: &str) -> &[usize] {
        let mut buf = [0u8; 24];
        let Some(key) = buf.get_mut(..word.len()) else {
            return &[];
        };
        key.copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        self.rows.get(&*key).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_by_first_word_in_table_order() {
        let t = FirstWords::new(["because of", "due to", "because", ", so"].into_iter());
        assert_eq!(t.rows("Because"), [0, 2]);
        assert_eq!(t.rows("due"), [1]);
        assert_eq!(t.rows(","), [3]);
        assert!(t.rows("after").is_empty());
        assert!(t.rows("a-very-long-token-that-fits-no-buffer").is_empty());
    }
}
