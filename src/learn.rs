//! Learned classifiers: an averaged perceptron over hashed sparse features, its training and its
//! compact on-disk form.
//!
//! The part-of-speech tagger and the event detector are both greedy classifiers of this kind:
//! each token becomes a handful of string features ("the word is *attack*", "the previous tag
//! is DT"), each hashed to a `u32`; the model holds, for each feature it kept, a few
//! (label, weight) pairs. Prediction is a sum of those weights, so it costs one hash lookup per
//! feature and no allocation. Models are trained by `eventline train …` and shipped in `models/`.
//!
//! ```
//! use eventline::learn::{Features, Trainer};
//!
//! // Learn that "-ed" words are verbs and "-ion" words nouns.
//! let data = [("walked", 0), ("attention", 1), ("talked", 0), ("election", 1)];
//! let mut trainer = Trainer::new(vec!["VERB".into(), "NOUN".into()]);
//! let mut f = Features::new();
//! for _ in 0..5 {
//!     for (w, gold) in data {
//!         f.clear();
//!         f.add(1, &w.as_bytes()[w.len() - 2..]);
//!         trainer.train(f.hashes(), gold);
//!     }
//! }
//! let model = trainer.finish(0.0);
//! f.clear();
//! f.add(1, b"ed"); // "jumped"
//! assert_eq!(model.label(model.predict(f.hashes())), "VERB");
//! let bytes = model.to_bytes();
//! let again = eventline::learn::Model::from_bytes(&bytes)?;
//! assert_eq!(again.predict(f.hashes()), 0);
//! # Ok::<(), eventline::Error>(())
//! ```

use crate::error::{Error, Result};
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// The hashed features of one instance.
#[derive(Debug, Clone, Default)]
pub struct Features {
    hashes: Vec<u32>,
}

impl Features {
    /// No features yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Forget the features, keeping the buffer.
    pub fn clear(&mut self) {
        self.hashes.clear();
    }

    /// Add the feature `template` = `value` (templates keep "word=run" and "next=run" apart).
    pub fn add(&mut self, template: u8, value: &[u8]) {
        let mut h = FxHasher::default();
        h.write_u8(template);
        h.write(value);
        self.hashes.push(h.finish() as u32);
    }

    /// Add the feature `template` = (`a`, `b`).
    pub fn add2(&mut self, template: u8, a: &[u8], b: &[u8]) {
        let mut h = FxHasher::default();
        h.write_u8(template);
        h.write(a);
        h.write_u8(0xff);
        h.write(b);
        self.hashes.push(h.finish() as u32);
    }

    /// The hashes added so far.
    pub fn hashes(&self) -> &[u32] {
        &self.hashes
    }
}

/// A trained, frozen classifier.
#[derive(Debug, Clone)]
pub struct Model {
    labels: Vec<String>,
    /// feature → (first entry, number of entries)
    index: FxHashMap<u32, (u32, u8)>,
    entries: Vec<(u8, f32)>,
    /// Long rows as dense arrays of every label's weight (the index then holds `(row, DENSE)`):
    /// adding them is a vector loop instead of a scatter.
    dense: Vec<f32>,
    dictionary: FxHashMap<u32, u8>,
}

/// The index's mark of a dense row.
const DENSE: u8 = u8::MAX;
/// Rows this long or longer are stored dense.
const DENSE_MIN: u8 = 8;

const DICTIONARY_TAG: &[u8; 4] = b"DICT";

const MAGIC: &[u8; 6] = b"EVLM1\n";

impl Model {
    /// Its labels, in index order.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The name of label `i`.
    pub fn label(&self, i: usize) -> &str {
        &self.labels[i]
    }

    /// The index of the label named `name`.
    pub fn label_index(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == name)
    }

    /// Store a fixed answer for a key (a hashed feature) beside the weights: a lookup table
    /// such as a tagger's dictionary of unambiguous words.
    pub fn set(&mut self, key: u32, label: usize) {
        self.dictionary.insert(key, label as u8);
    }

    /// The fixed answer stored for `key` by [`Model::set`], if any.
    pub fn lookup(&self, key: u32) -> Option<usize> {
        self.dictionary.get(&key).map(|&l| l as usize)
    }

    /// How many features it keeps.
    pub fn feature_count(&self) -> usize {
        self.index.len()
    }

    /// The score of every label, written into `scores` (resized to the label count).
    pub fn scores(&self, features: &[u32], scores: &mut Vec<f32>) {
        scores.clear();
        scores.resize(self.labels.len(), 0.0);
        self.add_scores(features, scores);
    }

    /// Add the weights of `features` to `scores` (one per label), as [`Model::scores`] does
    /// from zero: a caller can start from scores it has kept.
    pub fn add_scores(&self, features: &[u32], scores: &mut [f32]) {
        // Look every feature up before adding any row: the lookups are independent, so their
        // cache misses overlap instead of each waiting on the adds before it.
        let mut found = [(0u32, 0u8); 16];
        for chunk in features.chunks(found.len()) {
            let mut k = 0;
            for f in chunk {
                if let Some(&e) = self.index.get(f) {
                    found[k] = e;
                    k += 1;
                }
            }
            self.add_rows(&found[..k], scores);
        }
    }

    fn add_rows(&self, rows: &[(u32, u8)], scores: &mut [f32]) {
        let l = self.labels.len();
        for &(at, n) in rows {
            if n == DENSE {
                let row = &self.dense[at as usize * l..(at as usize + 1) * l];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            } else {
                for &(l, w) in &self.entries[at as usize..at as usize + n as usize] {
                    scores[l as usize] += w;
                }
            }
        }
    }

    /// The best label for `features` (the first label on a tie or with no known feature).
    pub fn predict(&self, features: &[u32]) -> usize {
        let mut scores = Vec::with_capacity(self.labels.len());
        self.scores(features, &mut scores);
        argmax(&scores)
    }

    /// The (label, weight) pairs of an index entry.
    fn row(&self, at: u32, n: u8) -> Vec<(u8, f32)> {
        if n == DENSE {
            let l = self.labels.len();
            self.dense[at as usize * l..(at as usize + 1) * l]
                .iter()
                .enumerate()
                .filter(|(_, w)| **w != 0.0)
                .map(|(k, w)| (k as u8, *w))
                .collect()
        } else {
            self.entries[at as usize..at as usize + n as usize].to_vec()
        }
    }

    /// Store the long rows dense.
    fn densify(mut self) -> Self {
        let l = self.labels.len();
        for v in self.index.values_mut() {
            if v.1 >= DENSE_MIN && v.1 != DENSE {
                let row = self.dense.len() / l.max(1);
                self.dense.resize(self.dense.len() + l, 0.0);
                for &(label, w) in &self.entries[v.0 as usize..v.0 as usize + v.1 as usize] {
                    self.dense[row * l + label as usize] = w;
                }
                *v = (row as u32, DENSE);
            }
        }
        self
    }

    /// The mean of several models over the same labels: each feature's weight is the mean of
    /// its weights in `models` (zero where a model lacks it). Averaging models trained on
    /// different orders of the same examples takes out what the order alone decided.
    ///
    /// Returns `None` when `models` is empty or their labels differ.
    ///
    /// ```
    /// use eventline::learn::{Features, Model, Trainer};
    ///
    /// let mut f = Features::new();
    /// f.add(0, b"ed");
    /// let models: Vec<Model> = [1, 1, 2]
    ///     .into_iter()
    ///     .map(|gold| {
    ///         let mut t = Trainer::new(vec!["OTHER".into(), "VERB".into(), "NOUN".into()]);
    ///         t.train(f.hashes(), gold);
    ///         t.train(f.hashes(), gold);
    ///         t.finish(0.0)
    ///     })
    ///     .collect();
    /// // Two of the three say VERB.
    /// let mean = Model::mean(&models).unwrap();
    /// assert_eq!(mean.label(mean.predict(f.hashes())), "VERB");
    /// assert!(Model::mean(&[]).is_none());
    /// ```
    pub fn mean(models: &[Model]) -> Option<Model> {
        let first = models.first()?;
        if models.iter().any(|m| m.labels != first.labels) {
            return None;
        }
        let l = first.labels.len();
        let mut sums: FxHashMap<u32, Vec<f32>> = FxHashMap::default();
        for m in models {
            for (&f, &(at, n)) in &m.index {
                let row = sums.entry(f).or_insert_with(|| vec![0.0; l]);
                for (label, w) in m.row(at, n) {
                    row[label as usize] += w;
                }
            }
        }
        let k = models.len() as f32;
        let mut feats: Vec<_> = sums.into_iter().collect();
        feats.sort_unstable_by_key(|(f, _)| *f);
        let mut index = FxHashMap::default();
        let mut entries = Vec::new();
        for (f, row) in feats {
            let at = entries.len();
            entries.extend(
                row.iter()
                    .enumerate()
                    .filter(|(_, w)| **w != 0.0)
                    .map(|(label, w)| (label as u8, w / k)),
            );
            let n = entries.len() - at;
            if n > 0 {
                index.insert(f, (at as u32, n as u8));
            }
        }
        Some(
            Model {
                labels: first.labels.clone(),
                index,
                entries,
                dense: Vec::new(),
                dictionary: first.dictionary.clone(),
            }
            .densify(),
        )
    }

    /// The compact binary form: labels, then each feature with its weights as 16-bit integers.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .entries
            .iter()
            .fold(0f32, |m, &(_, w)| m.max(w.abs()))
            .max(f32::MIN_POSITIVE);
        let scale = max / i16::MAX as f32;
        let mut out = Vec::with_capacity(16 + self.index.len() * 10);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&scale.to_le_bytes());
        out.push(self.labels.len() as u8);
        for l in &self.labels {
            out.push(l.len() as u8);
            out.extend_from_slice(l.as_bytes());
        }
        // Weights that round to zero at this precision are left out, and features left with
        // none: they would cost a lookup and add nothing.
        let quantized = |w: f32| (w / scale).round() as i16;
        let mut feats: Vec<(u32, Vec<(u8, i16)>)> = self
            .index
            .iter()
            .map(|(f, &(at, n))| {
                let kept = self
                    .row(at, n)
                    .into_iter()
                    .map(|(l, w)| (l, quantized(w)))
                    .filter(|&(_, q)| q != 0)
                    .collect();
                (*f, kept)
            })
            .filter(|(_, kept): &(u32, Vec<(u8, i16)>)| !kept.is_empty())
            .collect();
        feats.sort_unstable_by_key(|(f, _)| *f);
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        for (f, kept) in feats {
            out.extend_from_slice(&f.to_le_bytes());
            out.push(kept.len() as u8);
            for (l, q) in kept {
                out.push(l);
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        if !self.dictionary.is_empty() {
            out.extend_from_slice(DICTIONARY_TAG);
            let mut keys: Vec<_> = self.dictionary.iter().collect();
            keys.sort_unstable();
            out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
            for (k, l) in keys {
                out.extend_from_slice(&k.to_le_bytes());
                out.push(*l);
            }
        }
        out
    }

    /// Read the form [`Model::to_bytes`] writes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(r.error("not an eventline model (bad magic)"));
        }
        let scale = f32::from_bits(r.u32()?);
        let n_labels = r.take(1)?[0] as usize;
        if n_labels >= DENSE as usize {
            return Err(r.error("too many labels"));
        }
        let mut labels = Vec::with_capacity(n_labels);
        for _ in 0..n_labels {
            let len = r.take(1)?[0] as usize;
            let name = std::str::from_utf8(r.take(len)?)
                .map_err(|_| r.error("label is not UTF-8"))?
                .to_string();
            labels.push(name);
        }
        let n_feats = r.u32()? as usize;
        let mut index = FxHashMap::default();
        index.reserve(n_feats);
        let mut entries = Vec::with_capacity(n_feats * 2);
        for _ in 0..n_feats {
            let f = r.u32()?;
            let n = r.take(1)?[0];
            if n as usize > n_labels {
                return Err(r.error("more weights than labels"));
            }
            index.insert(f, (entries.len() as u32, n));
            for _ in 0..n {
                let e = r.take(3)?;
                if e[0] as usize >= n_labels {
                    return Err(r.error("label index out of range"));
                }
                let w = i16::from_le_bytes([e[1], e[2]]) as f32 * scale;
                entries.push((e[0], w));
            }
        }
        let mut dictionary = FxHashMap::default();
        if r.at < bytes.len() {
            if r.take(DICTIONARY_TAG.len())? != DICTIONARY_TAG {
                return Err(r.error("trailing bytes"));
            }
            let n = r.u32()? as usize;
            for _ in 0..n {
                let k = r.u32()?;
                let l = r.take(1)?[0];
                if l as usize >= n_labels {
                    return Err(r.error("label index out of range"));
                }
                dictionary.insert(k, l);
            }
        }
        if r.at != bytes.len() {
            return Err(r.error("trailing bytes"));
        }
        Ok(Model {
            labels,
            index,
            entries,
            dense: Vec::new(),
            dictionary,
        }
        .densify())
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(self.error("truncated"));
        };
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }

    fn error(&self, reason: &str) -> Error {
        Error::Model {
            offset: self.at,
            reason: reason.to_string(),
        }
    }
}

/// A fixed pseudo-random order for training passes (xorshift), so that training is
/// reproducible without a random-number crate.
///
/// ```
/// let mut s = eventline::learn::Shuffle::new(7);
/// let mut v: Vec<usize> = (0..10).collect();
/// s.shuffle(&mut v);
/// let mut sorted = v.clone();
/// sorted.sort();
/// assert_eq!(sorted, (0..10).collect::<Vec<_>>());
/// ```
#[derive(Debug, Clone)]
pub struct Shuffle {
    state: u64,
}

impl Shuffle {
    /// A sequence from a seed (any value but 0).
    pub fn new(seed: u64) -> Self {
        Shuffle { state: seed.max(1) }
    }

    /// Shuffle `items` in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for k in (1..items.len()).rev() {
            self.state ^= self.state << 13;
            self.state ^= self.state >> 7;
            self.state ^= self.state << 17;
            items.swap(k, (self.state % (k as u64 + 1)) as usize);
        }
    }
}

/// The index of the largest score (the first on a tie; 0 for no scores).
///
/// ```
/// use eventline::learn::argmax;
/// assert_eq!(argmax(&[0.5, 2.0, -1.0, 2.0]), 1);
/// assert_eq!(argmax(&[-3.0, -2.0]), 1);
/// assert_eq!(argmax(&[]), 0);
/// ```
pub fn argmax(scores: &[f32]) -> usize {
    let Some(&first) = scores.first() else {
        return 0;
    };
    let (mut best, mut top) = (0, first);
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > top {
            (best, top) = (i, s);
        }
    }
    best
}

#[derive(Debug, Clone)]
struct Row {
    w: Vec<f32>,
    total: Vec<f32>,
    stamp: Vec<u32>,
}

/// Trains a [`Model`]: an averaged perceptron (weights averaged over every update step, which
/// makes the greedy perceptron nearly as good as a maximum-entropy model at a fraction of the
/// cost).
#[derive(Debug, Clone)]
pub struct Trainer {
    labels: Vec<String>,
    rows: FxHashMap<u32, Row>,
    step: u32,
    scores: Vec<f32>,
}

impl Trainer {
    /// A trainer for these labels (at most 254).
    pub fn new(labels: Vec<String>) -> Self {
        assert!(labels.len() < DENSE as usize, "at most 254 labels");
        Trainer {
            labels,
            rows: FxHashMap::default(),
            step: 0,
            scores: Vec::new(),
        }
    }

    /// The current (not averaged) best label.
    pub fn predict(&mut self, features: &[u32]) -> usize {
        let n = self.labels.len();
        self.scores.clear();
        self.scores.resize(n, 0.0);
        for f in features {
            if let Some(r) = self.rows.get(f) {
                for (s, w) in self.scores.iter_mut().zip(&r.w) {
                    *s += w;
                }
            }
        }
        argmax(&self.scores)
    }

    /// See one instance: predict, and update the weights if the guess was wrong. Returns the
    /// guess.
    pub fn train(&mut self, features: &[u32], gold: usize) -> usize {
        let guess = self.predict(features);
        self.update(features, gold, guess);
        guess
    }

    /// Move the weights towards `gold` and away from `guess` (nothing if they agree).
    pub fn update(&mut self, features: &[u32], gold: usize, guess: usize) {
        self.step += 1;
        if gold == guess {
            return;
        }
        let n = self.labels.len();
        let step = self.step;
        for f in features {
            let r = self.rows.entry(*f).or_insert_with(|| Row {
                w: vec![0.0; n],
                total: vec![0.0; n],
                stamp: vec![0; n],
            });
            for (l, delta) in [(gold, 1.0), (guess, -1.0)] {
                r.total[l] += (step - r.stamp[l]) as f32 * r.w[l];
                r.stamp[l] = step;
                r.w[l] += delta;
            }
        }
    }

    /// Average the weights and freeze them, dropping weights whose magnitude is at most
    /// `prune` (0 keeps every non-zero weight).
    pub fn finish(self, prune: f32) -> Model {
        let step = self.step.max(1);
        let mut feats: Vec<_> = self.rows.into_iter().collect();
        feats.sort_unstable_by_key(|(f, _)| *f);
        let mut index = FxHashMap::default();
        let mut entries = Vec::new();
        for (f, r) in feats {
            let at = entries.len();
            for l in 0..r.w.len() {
                let total = r.total[l] + (step - r.stamp[l]) as f32 * r.w[l];
                let avg = total / step as f32;
                if avg.abs() > prune && avg != 0.0 {
                    entries.push((l as u8, avg));
                }
            }
            let n = entries.len() - at;
            if n > 0 {
                index.insert(f, (at as u32, n as u8));
            }
        }
        Model {
            labels: self.labels,
            index,
            entries,
            dense: Vec::new(),
            dictionary: FxHashMap::default(),
        }
        .densify()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_models_are_errors() {
        let mut t = Trainer::new(vec!["A".into(), "B".into()]);
        let mut f = Features::new();
        f.add(0, b"x");
        t.train(f.hashes(), 1);
        t.train(f.hashes(), 1);
        let mut model = t.finish(0.0);
        let without_dictionary = model.to_bytes().len();
        model.set(42, 1);
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!((back.lookup(42), back.lookup(7)), (Some(1), None));
        assert_eq!(back.predict(f.hashes()), 1);
        for cut in 0..bytes.len() {
            // Cut right before its dictionary, a model is a whole model without one.
            if cut != without_dictionary {
                assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
            }
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Model::from_bytes(&extra).is_err());
        assert!(Model::from_bytes(b"hello world").is_err());
        // A row claiming more weights than there are labels (255 would read as a dense row).
        let mut long = MAGIC.to_vec();
        long.extend_from_slice(&1f32.to_le_bytes());
        long.extend_from_slice(&[2, 1, b'A', 1, b'B']);
        long.extend_from_slice(&1u32.to_le_bytes());
        long.extend_from_slice(&7u32.to_le_bytes());
        long.push(255);
        long.extend(std::iter::repeat_n([1u8, 1, 0], 255).flatten());
        let err = Model::from_bytes(&long).unwrap_err().to_string();
        assert!(err.contains("more weights than labels"), "{err}");
    }
}
