//! Part-of-speech tags (Penn Treebank) for tokens: a greedy averaged perceptron, left to right
//! within each sentence, on word, affix, shape and context features.
//!
//! The shipped model (`models/pos.bin`) is trained on the Penn Treebank tags of Causal-TimeBank
//! aligned to this crate's own tokens, by
//! `eventline train pos --col Causal-TimeBank_COL --timeml tbaq/TimeBank --out models/pos.bin`.
//!
//! ```
//! use eventline::segment::{pos, Segments};
//! let text = "Khamenei ordered a direct attack on Israel.";
//! let seg = Segments::new(text);
//! let tags = pos::tag(text, &seg);
//! let names: Vec<&str> = tags.iter().map(|&t| pos::name(t)).collect();
//! assert_eq!(names[1], "VBD");
//! assert_eq!(names[4], "NN");
//! ```

use super::{Segments, Token, TokenKind};
use crate::learn::{Features, Model, Trainer};
use std::sync::OnceLock;

/// A tag: an index into the model's tag names ([`name`]).
pub type Tag = u8;

static MODEL_BYTES: &[u8] = include_bytes!("../../models/pos.bin");

/// The shipped model.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        Model::from_bytes(MODEL_BYTES).expect("the part-of-speech model shipped with the crate")
    })
}

/// The Penn Treebank name of a tag ("NN", "VBD"…).
pub fn name(t: Tag) -> &'static str {
    name_of(model(), t)
}

/// Whether a tag is a verb form (VB, VBD, VBG, VBN, VBP, VBZ).
pub fn is_verb(t: Tag) -> bool {
    name(t).starts_with("VB")
}

/// Whether a tag is a common or proper noun.
pub fn is_noun(t: Tag) -> bool {
    name(t).starts_with("NN")
}

/// Whether a tag is an adjective.
pub fn is_adjective(t: Tag) -> bool {
    name(t).starts_with("JJ")
}

/// Tag every token of `seg` (one tag per token, in token order).
pub fn tag(text: &str, seg: &Segments) -> Vec<Tag> {
    tag_words(
        tagger(),
        &Words::new(text, seg.tokens()).with_classes(),
        seg,
    )
}

/// Tag with another model (one trained by [`train`]).
pub fn tag_with(model: &Model, text: &str, seg: &Segments) -> Vec<Tag> {
    tag_words(
        &Tagger::new(model),
        &Words::new(text, seg.tokens()).with_classes(),
        seg,
    )
}

/// The shipped model, ready to tag.
pub(crate) fn tagger() -> &'static Tagger<'static> {
    static T: OnceLock<Tagger<'static>> = OnceLock::new();
    T.get_or_init(|| Tagger::new(model()))
}

/// A model with the summed weights of its features over small closed sets computed ahead:
/// the two tags before a token (templates 4, 5 and 6), its shape, place and WordNet classes
/// (14, 16 and 18), and the tag before it with its WordNet classes (19). Each token then adds
/// one row for each group instead of looking up seven features.
pub(crate) struct Tagger<'m> {
    model: &'m Model,
    labels: usize,
    /// Row `p1 * (labels + 1) + p2`, where `p1` and `p2` are tag indices, or `labels` at the
    /// start of a sentence.
    tag_pairs: Vec<f32>,
    /// Row `(shape * 2 + first) * CLASS_SLOTS + classes`.
    shapes: Vec<f32>,
    /// Row `p1 * CLASS_SLOTS + classes` (zero for a token that is not a word).
    tag_classes: Vec<f32>,
    /// The tags NN, VBD and VBN, when the model has them (see `verbs_read_as_nouns`).
    fixes: Option<[Tag; 3]>,
}

const SHAPES: [&[u8]; 6] = [b"d", b"p", b"abbr", b"apos", b"X", b"x"];
/// WordNet's classes of a word, and a last slot for a token that is not a word.
const CLASSES: [&[u8]; 4] = [b"vn", b"v", b"n", b"-"];
const CLASS_SLOTS: usize = CLASSES.len() + 1;

impl<'m> Tagger<'m> {
    fn new(model: &'m Model) -> Self {
        let labels = model.labels().len();
        let tag_names: Vec<&[u8]> = model.labels().iter().map(|l| l.as_bytes()).collect();
        // Index `labels` stands for the start of a sentence.
        let name = |t: usize| tag_names.get(t).copied().unwrap_or(START);
        let slots = labels + 1;
        let mut f = Features::new();
        let mut tag_pairs = vec![0.0; slots * slots * labels];
        for p1 in 0..slots {
            for p2 in 0..slots {
                f.clear();
                tag_pair_features(name(p1), name(p2), &mut f);
                let at = (p1 * slots + p2) * labels;
                model.add_scores(f.hashes(), &mut tag_pairs[at..at + labels]);
            }
        }
        let mut shapes = vec![0.0; SHAPES.len() * 2 * CLASS_SLOTS * labels];
        for (sh, shape) in SHAPES.iter().enumerate() {
            for first in 0..2 {
                for c in 0..CLASS_SLOTS {
                    f.clear();
                    shape_features(shape, first == 1, CLASSES.get(c).copied(), &mut f);
                    let at = ((sh * 2 + first) * CLASS_SLOTS + c) * labels;
                    model.add_scores(f.hashes(), &mut shapes[at..at + labels]);
                }
            }
        }
        let mut tag_classes = vec![0.0; slots * CLASS_SLOTS * labels];
        for p1 in 0..slots {
            for (c, classes) in CLASSES.iter().enumerate() {
                f.clear();
                tag_class_features(name(p1), classes, &mut f);
                let at = (p1 * CLASS_SLOTS + c) * labels;
                model.add_scores(f.hashes(), &mut tag_classes[at..at + labels]);
            }
        }
        let tag = |name: &str| model.label_index(name).and_then(|t| Tag::try_from(t).ok());
        let fixes = match (tag("NN"), tag("VBD"), tag("VBN")) {
            (Some(nn), Some(vbd), Some(vbn)) => Some([nn, vbd, vbn]),
            _ => None,
        };
        Tagger {
            model,
            labels,
            tag_pairs,
            shapes,
            tag_classes,
            fixes,
        }
    }

    fn tag_pair(&self, p1: usize, p2: usize) -> &[f32] {
        let at = (p1 * (self.labels + 1) + p2) * self.labels;
        &self.tag_pairs[at..at + self.labels]
    }

    fn shape(&self, shape: usize, first: bool, classes: usize) -> &[f32] {
        let at = ((shape * 2 + usize::from(first)) * CLASS_SLOTS + classes) * self.labels;
        &self.shapes[at..at + self.labels]
    }

    fn tag_classes(&self, p1: usize, classes: usize) -> &[f32] {
        let at = (p1 * CLASS_SLOTS + classes) * self.labels;
        &self.tag_classes[at..at + self.labels]
    }
}

/// Tag words already normalized (and looked up in WordNet by [`Words::with_classes`]).
pub(crate) fn tag_words(tagger: &Tagger, words: &Words, seg: &Segments) -> Vec<Tag> {
    let model = tagger.model;
    let toks = seg.tokens();
    let mut out = vec![0; toks.len()];
    let mut f = Features::new();
    let n = model.labels().len();
    let mut scores = vec![0.0; n];
    // Per distinct word, computed at its first token: its dictionary tag if it has one, else
    // the scores of the features of the word alone, which its later tokens start from.
    let mut first_seen: Vec<Option<Result<Tag, usize>>> = vec![None; words.known.len()];
    let mut word_scores: Vec<f32> = Vec::with_capacity(words.known.len() * n);
    for s in seg.sentences() {
        let (mut p1, mut p2) = (n, n);
        for i in s.tokens.clone() {
            let id = words.ids.get(i).map(|&d| d as usize);
            let known = id.and_then(|d| first_seen.get(d).copied().flatten());
            let entry = known.unwrap_or_else(|| {
                f.clear();
                f.add(DICTIONARY, words.bytes(i));
                let entry = match model.lookup(f.hashes()[0]) {
                    Some(t) => Ok(t as Tag),
                    None => {
                        f.clear();
                        word_features(words, i, &mut f);
                        let at = word_scores.len();
                        word_scores.resize(at + n, 0.0);
                        model.add_scores(f.hashes(), &mut word_scores[at..]);
                        Err(at)
                    }
                };
                if let Some(slot) = id.and_then(|d| first_seen.get_mut(d)) {
                    *slot = Some(entry);
                }
                entry
            });
            let t = match entry {
                Ok(t) => t,
                Err(at) => {
                    scores.copy_from_slice(&word_scores[at..at + n]);
                    let (shape, classes) = shape_and_classes(words, toks, i);
                    for row in [
                        tagger.tag_pair(p1, p2),
                        tagger.shape(shape, i == s.tokens.start, classes),
                        tagger.tag_classes(p1, classes),
                    ] {
                        for (s, w) in scores.iter_mut().zip(row) {
                            *s += w;
                        }
                    }
                    f.clear();
                    let name = |t: usize| model.labels().get(t).map_or(START, |l| l.as_bytes());
                    token_features(words, s.tokens.clone(), i, name(p1), &mut f);
                    model.add_scores(f.hashes(), &mut scores);
                    crate::learn::argmax(&scores) as Tag
                }
            };
            out[i] = t;
            p2 = p1;
            p1 = usize::from(t);
        }
    }
    verbs_read_as_nouns(tagger, words, seg, &mut out);
    out
}

/// "The typhoon struck", "Kalmaegi tore across": an irregular past form that WordNet knows only
/// as a verb, tagged as a singular noun right after a noun or a pronoun, is that subject's
/// verb. The annotated corpora the tagger learned from are too small to have seen most such
/// forms, so it reads them by their shape. (Reading a verb-only "-s" word tagged as a plural
/// noun as a present tense too cost 0.3 of event F1 on TBAQ, so that is left to the tagger.)
fn verbs_read_as_nouns(tagger: &Tagger, words: &Words, seg: &Segments, out: &mut [Tag]) {
    let Some([nn, vbd, vbn]) = tagger.fixes else {
        return;
    };
    let toks = seg.tokens();
    for i in 1..out.len() {
        if out[i] != nn || words.classes(i) != b"v" || toks[i].capitalized {
            continue;
        }
        let before = name_of(tagger.model, out[i - 1]);
        if !(before.starts_with("NN") || before == "PRP") || !toks[i - 1].is_word() {
            continue;
        }
        let w = words.get(i);
        if !crate::wordnet::WordNet::get().is_irregular_verb_form(w) {
            continue;
        }
        // "taken", "stolen", "known": a participle; "struck", "tore", "fled": a past.
        out[i] = if w.ends_with('n') { vbn } else { vbd };
    }
}

/// The name of tag `t` in `model`'s tag set.
fn name_of(model: &Model, t: Tag) -> &str {
    model
        .labels()
        .get(usize::from(t))
        .map_or("?", String::as_str)
}

const START: &[u8] = b"-START-";

/// The feature template of the dictionary of unambiguous frequent words.
const DICTIONARY: u8 = 255;

/// A word goes into the dictionary when seen this often…
const DICTIONARY_MIN_COUNT: usize = 20;
/// …with one tag this often.
const DICTIONARY_MIN_SHARE: f64 = 0.99;
const END: &[u8] = b"-END-";

/// Every token's normalized form (lower case; numbers folded), in one buffer.
pub(crate) struct Words {
    buf: String,
    ends: Vec<usize>,
    /// Each token's distinct word, an index into `known` (filled by `with_classes`).
    ids: Vec<u32>,
    /// What WordNet says of each distinct word.
    known: Vec<WordInfo>,
    /// The lemmas of `known`, in one buffer.
    lemmas: String,
}

/// What WordNet allows a word to be, and its lemma read as a verb and as a noun (spans of
/// `Words::lemmas`).
struct WordInfo {
    classes: &'static [u8],
    verb: (u32, u32),
    noun: (u32, u32),
}

impl Words {
    pub(crate) fn new(text: &str, toks: &[Token]) -> Self {
        let mut buf = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(toks.len());
        for t in toks {
            match t.kind {
                TokenKind::Number(n) if n.digits == 4 && (1000..2100).contains(&n.value) => {
                    buf.push_str("!YEAR")
                }
                TokenKind::Number(_) => buf.push_str("!NUM"),
                _ => {
                    let at = buf.len();
                    buf.push_str(t.span.of(text));
                    if let Some(w) = buf.get_mut(at..) {
                        w.make_ascii_lowercase();
                    }
                }
            }
            ends.push(buf.len());
        }
        Words {
            buf,
            ends,
            ids: Vec::new(),
            known: Vec::new(),
            lemmas: String::new(),
        }
    }

    /// Look up each distinct word in WordNet once: its classes and its lemmas.
    pub(crate) fn with_classes(mut self) -> Self {
        use crate::wordnet::WordNet;
        let wn = WordNet::get();
        // About half the tokens of a news article are distinct words.
        let distinct = self.ends.len() / 2;
        let mut seen: rustc_hash::FxHashMap<&str, u32> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(distinct, Default::default());
        let mut ids = Vec::with_capacity(self.ends.len());
        let mut known = Vec::with_capacity(distinct);
        let mut lemmas = String::with_capacity(self.buf.len());
        for i in 0..self.ends.len() {
            let w = self.get(i);
            let id = *seen.entry(w).or_insert_with(|| {
                let mut push = |l: &str| {
                    let start = lemmas.len() as u32;
                    lemmas.push_str(l);
                    (start, lemmas.len() as u32)
                };
                let ((verb, is_verb), (noun, is_noun)) = wn.lemmas(w);
                let verb = push(&verb);
                let noun = push(&noun);
                let classes = word_classes(is_verb, is_noun);
                known.push(WordInfo {
                    classes,
                    verb,
                    noun,
                });
                (known.len() - 1) as u32
            });
            ids.push(id);
        }
        self.ids = ids;
        self.known = known;
        self.lemmas = lemmas;
        self
    }

    fn info(&self, i: usize) -> Option<&WordInfo> {
        self.known.get(*self.ids.get(i)? as usize)
    }

    fn classes(&self, i: usize) -> &'static [u8] {
        self.info(i).map_or(b"-", |w| w.classes)
    }

    /// The lemma of token `i` read as `class` (the word itself for other classes, or before
    /// `with_classes`).
    pub(crate) fn lemma(&self, i: usize, class: crate::wordnet::WordClass) -> &str {
        use crate::wordnet::WordClass;
        let span = match (self.info(i), class) {
            (Some(w), WordClass::Verb) => w.verb,
            (Some(w), WordClass::Noun) => w.noun,
            _ => return self.get(i),
        };
        &self.lemmas[span.0 as usize..span.1 as usize]
    }

    /// Where token `i`'s word lies in `buf`.
    fn range(&self, i: usize) -> std::ops::Range<usize> {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        start..self.ends[i]
    }

    pub(crate) fn get(&self, i: usize) -> &str {
        &self.buf[self.range(i)]
    }

    /// [`Words::get`] as bytes, for the features: no test of where a character starts.
    pub(crate) fn bytes(&self, i: usize) -> &[u8] {
        self.buf.as_bytes().get(self.range(i)).unwrap_or_default()
    }
}

fn suffix(w: &[u8], n: usize) -> &[u8] {
    &w[w.len().saturating_sub(n)..]
}

/// Token `i`'s shape (an index into `SHAPES`) and WordNet classes (an index into `CLASSES`,
/// or the last slot for a token that is not a word).
fn shape_and_classes(words: &Words, toks: &[Token], i: usize) -> (usize, usize) {
    let w = words.get(i);
    let shape = shape(&toks[i], w);
    let sh = SHAPES.iter().position(|s| *s == shape).unwrap_or(0);
    let classes = if toks[i].is_word() {
        let c = words.classes(i);
        CLASSES
            .iter()
            .position(|x| *x == c)
            .unwrap_or(CLASSES.len() - 1)
    } else {
        CLASSES.len()
    };
    (sh, classes)
}

fn shape(t: &Token, w: &str) -> &'static [u8] {
    match t.kind {
        TokenKind::Number(_) => b"d",
        TokenKind::Punct(_) => b"p",
        TokenKind::Word if w.contains('.') => b"abbr",
        TokenKind::Word if w.contains('\'') || w.contains('\u{2019}') => b"apos",
        TokenKind::Word if t.capitalized => b"X",
        TokenKind::Word => b"x",
    }
}

/// What WordNet allows a word to be (given whether it knows the word's lemmas as a verb and as a
/// noun): a verb form, a noun form, both or neither.
fn word_classes(verb: bool, noun: bool) -> &'static [u8] {
    match (verb, noun) {
        (true, true) => b"vn",
        (true, false) => b"v",
        (false, true) => b"n",
        (false, false) => b"-",
    }
}

fn features(
    words: &Words,
    toks: &[Token],
    sent: std::ops::Range<usize>,
    i: usize,
    p1: &[u8],
    p2: &[u8],
    f: &mut Features,
) {
    word_features(words, i, f);
    context_features(words, toks, sent, i, p1, p2, f);
}

/// The features of the (normalized) word alone, the same at each of its tokens.
fn word_features(words: &Words, i: usize, f: &mut Features) {
    let w = words.bytes(i);
    f.add(0, b"");
    f.add(1, w);
    f.add(2, suffix(w, 3));
    f.add(15, suffix(w, 2));
    f.add(3, &w[..w.len().min(1)]);
    f.add(17, suffix(w, 4));
}

/// The features of the token in its place: its neighbours, the tags before it, its shape.
fn context_features(
    words: &Words,
    toks: &[Token],
    sent: std::ops::Range<usize>,
    i: usize,
    p1: &[u8],
    p2: &[u8],
    f: &mut Features,
) {
    tag_pair_features(p1, p2, f);
    let classes = toks[i].is_word().then(|| words.classes(i));
    shape_features(shape(&toks[i], words.get(i)), i == sent.start, classes, f);
    if let Some(classes) = classes {
        tag_class_features(p1, classes, f);
    }
    token_features(words, sent, i, p1, f);
}

/// The two tags before a token ([`Tagger`] sums these ahead).
fn tag_pair_features(p1: &[u8], p2: &[u8], f: &mut Features) {
    f.add(4, p1);
    f.add(5, p2);
    f.add2(6, p1, p2);
}

/// A token's shape, whether it opens its sentence, and its WordNet classes if it is a word
/// ([`Tagger`] sums these ahead).
fn shape_features(shape: &[u8], first: bool, classes: Option<&[u8]>, f: &mut Features) {
    f.add(14, shape);
    f.add2(16, shape, if first { b"1" } else { b"0" });
    if let Some(classes) = classes {
        f.add(18, classes);
    }
}

/// The tag before a word with the word's WordNet classes ([`Tagger`] sums these ahead).
fn tag_class_features(p1: &[u8], classes: &[u8], f: &mut Features) {
    f.add2(19, p1, classes);
}

/// The context features that [`Tagger`] does not sum ahead: the neighbouring words, and the
/// previous tag with this word.
fn token_features(
    words: &Words,
    sent: std::ops::Range<usize>,
    i: usize,
    p1: &[u8],
    f: &mut Features,
) {
    let w = words.bytes(i);
    let at = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < sent.start as isize {
            START
        } else if j >= sent.end as isize {
            END
        } else {
            words.bytes(j as usize)
        }
    };
    f.add2(7, p1, w);
    let prev = at(-1);
    f.add(8, prev);
    f.add(9, &prev[prev.len().saturating_sub(3)..]);
    f.add(10, at(-2));
    let next = at(1);
    f.add(11, next);
    f.add(12, &next[next.len().saturating_sub(3)..]);
    f.add(13, at(2));
}

/// One training document: its text and a gold tag name per token (`None` where the token could
/// not be aligned to the gold tokens; such tokens give context but are not learned from).
#[derive(Debug, Clone)]
pub struct TrainingText {
    /// The text.
    pub text: String,
    /// A tag name per token of `Segments::new(&text)`.
    pub tags: Vec<Option<String>>,
}

/// Train a tagger: `iterations` passes over the texts in a fixed shuffled order.
pub fn train(texts: &[TrainingText], iterations: usize) -> Model {
    let mut labels: Vec<String> = texts
        .iter()
        .flat_map(|t| t.tags.iter().flatten().cloned())
        .collect();
    labels.sort();
    labels.dedup();
    let index = |name: &str| labels.binary_search_by(|l| l.as_str().cmp(name)).ok();
    let prepared: Vec<(Segments, Words, Vec<Option<usize>>)> = texts
        .iter()
        .map(|t| {
            let seg = Segments::new(&t.text);
            let words = Words::new(&t.text, seg.tokens()).with_classes();
            let gold = t
                .tags
                .iter()
                .map(|g| g.as_deref().and_then(index))
                .collect();
            (seg, words, gold)
        })
        .collect();
    let mut trainer = Trainer::new(labels.clone());
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut f = Features::new();
    let mut shuffle = crate::learn::Shuffle::new(0x2545_f491_4f6c_dd1d_u64);
    for _ in 0..iterations {
        shuffle.shuffle(&mut order);
        for &d in &order {
            let (seg, words, gold) = &prepared[d];
            for s in seg.sentences() {
                let (mut p1, mut p2) = (START, START);
                for i in s.tokens.clone() {
                    f.clear();
                    features(words, seg.tokens(), s.tokens.clone(), i, p1, p2, &mut f);
                    let guess = match gold.get(i).copied().flatten() {
                        Some(g) => trainer.train(f.hashes(), g),
                        None => trainer.predict(f.hashes()),
                    };
                    p2 = p1;
                    p1 = labels[guess].as_bytes();
                }
            }
        }
    }
    let mut model = trainer.finish(0.0);
    // Frequent words with one tag ("the", "of", "said") skip the model.
    let mut counts: rustc_hash::FxHashMap<&str, rustc_hash::FxHashMap<usize, usize>> =
        Default::default();
    for (_, words, gold) in &prepared {
        for (i, g) in gold.iter().enumerate() {
            if let Some(g) = g {
                *counts
                    .entry(words.get(i))
                    .or_default()
                    .entry(*g)
                    .or_default() += 1;
            }
        }
    }
    let mut key = Features::new();
    for (w, tags) in counts {
        let total: usize = tags.values().sum();
        let (&tag, &n) = tags.iter().max_by_key(|(_, n)| **n).expect("counted");
        if total >= DICTIONARY_MIN_COUNT && n as f64 / total as f64 >= DICTIONARY_MIN_SHARE {
            key.clear();
            key.add(DICTIONARY, w.as_bytes());
            model.set(key.hashes()[0], tag);
        }
    }
    model
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags a greedy pass gives with every feature looked up one by one.
    fn tag_feature_by_feature(model: &Model, text: &str, seg: &Segments) -> Vec<Tag> {
        let words = Words::new(text, seg.tokens()).with_classes();
        let mut out = vec![0; seg.tokens().len()];
        let mut f = Features::new();
        let mut scores = Vec::new();
        for s in seg.sentences() {
            let (mut p1, mut p2) = (START, START);
            for i in s.tokens.clone() {
                f.clear();
                f.add(DICTIONARY, words.get(i).as_bytes());
                let t = match model.lookup(f.hashes()[0]) {
                    Some(t) => t as Tag,
                    None => {
                        f.clear();
                        features(&words, seg.tokens(), s.tokens.clone(), i, p1, p2, &mut f);
                        model.scores(f.hashes(), &mut scores);
                        crate::learn::argmax(&scores) as Tag
                    }
                };
                out[i] = t;
                p2 = p1;
                p1 = model.labels()[t as usize].as_bytes();
            }
        }
        out
    }

    #[test]
    fn an_irregular_past_read_as_a_noun_is_a_verb() {
        let names = |text: &str| -> Vec<(String, &'static str)> {
            let seg = Segments::new(text);
            seg.tokens()
                .iter()
                .zip(tag(text, &seg))
                .map(|(t, g)| (t.span.of(text).to_string(), name(g)))
                .collect()
        };
        let of = |tags: &[(String, &'static str)], w: &str| {
            tags.iter().find(|(x, _)| x == w).map(|(_, t)| *t)
        };
        let t = names("The typhoon struck less than two weeks after the earthquake.");
        assert_eq!(of(&t, "struck"), Some("VBD"));
        let t = names("Rescuers searched villages after Kalmaegi tore across the islands.");
        assert_eq!(of(&t, "tore"), Some("VBD"));
        // A form that is also a noun is left to the tagger.
        let t = names("The left won the vote.");
        assert_ne!(of(&t, "left"), Some("VBD"));
    }

    #[test]
    fn summed_rows_tag_as_the_features_do() {
        let text = "WASHINGTON (JNS) - Iran's Supreme Leader ordered a direct attack on Israel \
                    early Wednesday, hours after Hamas's leader was killed in Tehran. \
                    \u{201c}We're going to work hard,\u{201d} he said. U.S. officials expect \
                    retaliation within days; 3.5 million people watched the funeral.";
        let seg = Segments::new(text);
        assert_eq!(tag(text, &seg), tag_feature_by_feature(model(), text, &seg));
    }
}
