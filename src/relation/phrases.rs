//! Cue tables indexed by their first word, so that scanning a sentence checks each token
//! against the few cues that can start with it instead of against the whole table.

use rustc_hash::FxHashMap;

/// The rows of a table of phrases (space-separated lower-case words), by first word.
pub(crate) struct FirstWords {
    /// Keyed by bytes: a lower-cased word needs no second UTF-8 check to be looked up.
    rows: FxHashMap<&'static [u8], Vec<usize>>,
    /// By a first word's lower-cased first byte, a bit for each length (the last for 31 and longer) that first
    /// words with that byte have: most tokens ("the", "said") are turned away by it without
    /// lower-casing or hashing them.
    lengths: [u32; 256],
}

impl FirstWords {
    /// Index `phrases` (row `k` is the `k`-th phrase).
    pub(crate) fn new(phrases: impl Iterator<Item = &'static str>) -> Self {
        let mut rows: FxHashMap<&'static [u8], Vec<usize>> = FxHashMap::default();
        let mut lengths = [0u32; 256];
        for (k, p) in phrases.enumerate() {
            let first = p.split(' ').next().unwrap_or(p);
            rows.entry(first.as_bytes()).or_default().push(k);
            if let Some(&b) = first.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << first.len().min(31);
            }
        }
        FirstWords { rows, lengths }
    }

    /// The rows whose phrase starts with `word` (any ASCII case), in table order.
    pub(crate) fn rows(&self, word: &str) -> &[usize] {
        let Some(&b) = word.as_bytes().first() else {
            return &[];
        };
        if self.lengths[usize::from(b.to_ascii_lowercase())] & 1 << word.len().min(31) == 0 {
            return &[];
        }
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
        assert!(t.rows("du").is_empty(), "a first byte shared, a length not");
        assert!(t.rows("a-very-long-token-that-fits-no-buffer").is_empty());
    }
}
