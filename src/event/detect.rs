//! Which tokens are events, and of which class: a greedy averaged perceptron over the word, its
//! lemma and part of speech, its WordNet class, and its neighbours (the shipped model is the
//! mean of ten, each trained in its own order of the documents).
//!
//! The shipped model (`models/events.bin`) is trained on all of TBAQ's gold events by
//! `eventline train events --gold tbaq/TimeBank --gold tbaq/AQUAINT --out models/events.bin`.
//! Its accuracy is measured across corpora (train on one part, score the other) by
//! `eventline eval events --gold tbaq/AQUAINT --train tbaq/TimeBank`.

use super::EventClass;
use crate::document::Span;
use crate::learn::{Features, Model, Trainer};
use crate::segment::pos::{self, Tag, Words};
use crate::segment::{Segments, TokenKind};
use crate::wordnet::{WordClass, WordNet};
use std::sync::OnceLock;

static MODEL_BYTES: &[u8] = include_bytes!("../../models/events.bin");

/// The shipped model.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        Model::from_bytes(MODEL_BYTES).expect("the event model shipped with the crate")
    })
}

/// Parts of speech that are never events (determiners, prepositions, pronouns, modals…): the
/// model is not asked about them.
pub const CLOSED_CLASS: &[&str] = &[
    "DT", "PDT", "IN", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "MD", "POS", "EX",
    "CD", "RP", "SYM", "LS", "UH",
];

/// Open-class tags that name almost no event in TimeML corpora (8 proper nouns and 7 adverbs
/// among some 6,800 events in TimeBank): not worth asking the model about.
pub const RARELY_EVENTS: &[&str] = &["NNP", "NNPS", "RB", "RBR", "RBS"];

/// WordNet's `noun.event` lexicographer file.
const EVENT_LEXFILE: u8 = 11;

/// Nouns that name happenings in news whatever WordNet files them under (sorted).
pub const NEWS_EVENT_NOUNS: &[&str] = &[
    "abduction",
    "airstrike",
    "ambush",
    "arrest",
    "assassination",
    "attack",
    "ballot",
    "blast",
    "bombardment",
    "bombing",
    "burial",
    "ceasefire",
    "clash",
    "collapse",
    "conference",
    "coup",
    "crackdown",
    "crash",
    "deportation",
    "detention",
    "election",
    "escalation",
    "evacuation",
    "execution",
    "explosion",
    "funeral",
    "hearing",
    "inauguration",
    "incursion",
    "invasion",
    "kidnapping",
    "killing",
    "looting",
    "massacre",
    "meeting",
    "murder",
    "negotiation",
    "offensive",
    "procession",
    "protest",
    "raid",
    "referendum",
    "release",
    "resignation",
    "response",
    "retaliation",
    "riot",
    "sanction",
    "shelling",
    "shooting",
    "siege",
    "strike",
    "summit",
    "talk",
    "trial",
    "truce",
    "uprising",
    "visit",
    "vote",
    "war",
    "withdrawal",
];

#[cfg(test)]
#[test]
fn noun_list_is_sorted() {
    assert!(NEWS_EVENT_NOUNS.windows(2).all(|w| w[0] < w[1]));
}

#[cfg(test)]
#[test]
fn a_phrase_that_takes_a_happening_makes_its_noun_one() {
    let text = "Prices rose amid the turmoil. Prices rose amid the furniture.";
    let doc = crate::Document::new(text).with_dateline("1990-08-20".parse().unwrap());
    let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
    let events = crate::event::extract(&doc, &times);
    let words: Vec<&str> = events.events.iter().map(|e| e.span.of(text)).collect();
    assert!(words.contains(&"turmoil"), "{words:?}");
    // Only a noun WordNet reads as a happening.
    assert!(!words.contains(&"furniture"), "{words:?}");
}

/// Nouns filed under `noun.event` that news uses for circumstances, not happenings.
pub const ABSTRACT_EVENT_NOUNS: &[&str] = &[
    "time",
    "case",
    "fate",
    "destiny",
    "factor",
    "reward",
    "do",
    "cause",
    "impact",
    "final",
    "worst",
    "success",
    "happening",
];

/// The label the model uses for "not an event".
pub const NOT_EVENT: &str = "O";

/// What the detector sees of a document: tokens, tags, normalized words and lemmas, and which
/// tokens lie inside a time expression.
pub struct View<'a> {
    /// The text.
    pub text: &'a str,
    /// Tokens and sentences.
    pub segments: &'a Segments,
    /// A part-of-speech tag per token.
    pub tags: &'a [Tag],
    words: Words,
    in_time: Vec<bool>,
}

impl<'a> View<'a> {
    /// Prepare a document: `times` are the spans of its time expressions.
    pub fn new(text: &'a str, segments: &'a Segments, tags: &'a [Tag], times: &[Span]) -> Self {
        let words = Words::new(text, segments.tokens()).with_classes();
        Self::with_words(text, segments, tags, words, times)
    }

    /// Prepare a document whose words the tagger has already looked up.
    pub(crate) fn with_words(
        text: &'a str,
        segments: &'a Segments,
        tags: &'a [Tag],
        words: Words,
        times: &[Span],
    ) -> Self {
        let toks = segments.tokens();
        let mut in_time = vec![false; toks.len()];
        let mut k = 0;
        for (i, t) in toks.iter().enumerate() {
            while k < times.len() && times[k].end <= t.span.start {
                k += 1;
            }
            in_time[i] = times.get(k).is_some_and(|s| s.start <= t.span.start);
        }
        View {
            text,
            segments,
            tags,
            words,
            in_time,
        }
    }

    /// The lower-case form of token `i` (numbers folded to `!NUM`/`!YEAR`).
    pub fn word(&self, i: usize) -> &str {
        self.words.get(i)
    }

    /// [`View::word`] as bytes, for the features.
    fn word_bytes(&self, i: usize) -> &[u8] {
        self.words.bytes(i)
    }

    /// The lemma of token `i`.
    pub fn lemma(&self, i: usize) -> &str {
        let class = self
            .tags
            .get(i)
            .map_or(WordClass::Other, |&t| word_class(t));
        self.words.lemma(i, class)
    }

    /// Whether token `i` lies in a time expression.
    pub fn in_time(&self, i: usize) -> bool {
        self.in_time[i]
    }
}

/// The inflection class of a part-of-speech tag.
pub fn word_class(t: Tag) -> WordClass {
    // Read off the tag names once: this is asked of nearly every token.
    static CLASSES: OnceLock<Vec<WordClass>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        (0..=Tag::MAX)
            .map(|t| {
                if pos::is_verb(t) {
                    WordClass::Verb
                } else if pos::is_noun(t) && !pos::name(t).starts_with("NNP") {
                    WordClass::Noun
                } else {
                    WordClass::Other
                }
            })
            .collect()
    });
    classes
        .get(usize::from(t))
        .copied()
        .unwrap_or(WordClass::Other)
}

fn features(v: &View, i: usize, f: &mut Features) {
    let sent = sentence_of(v, i);
    let (before2, before, this, after, after2) = tag_context(v, i, &sent);
    tag_features(before2, before, this, after, after2, f);
    other_features(v, i, &sent, f);
}

/// The token range of the sentence of token `i`.
fn sentence_of(v: &View, i: usize) -> std::ops::Range<usize> {
    v.segments
        .sentence_of_token(i)
        .map_or(0..v.segments.tokens().len(), |s| {
            v.segments.sentences()[s].tokens.clone()
        })
}

/// The tags two before token `i`, one before, its own, one after and two after, by name ("-"
/// past the edges of its sentence).
fn tag_context(
    v: &View,
    i: usize,
    sent: &std::ops::Range<usize>,
) -> (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
) {
    let (prev2, prev, next, next2) = neighbour_tags(v, i, sent);
    let name = |t: Option<Tag>| t.map_or("-", pos::name);
    (
        name(prev2),
        name(prev),
        pos::name(v.tags[i]),
        name(next),
        name(next2),
    )
}

/// The tags around token `i` within its sentence: two before, one before, one after, two after.
fn neighbour_tags(
    v: &View,
    i: usize,
    sent: &std::ops::Range<usize>,
) -> (Option<Tag>, Option<Tag>, Option<Tag>, Option<Tag>) {
    let at = |k: isize| {
        let j = i as isize + k;
        (j >= sent.start as isize && j < sent.end as isize).then(|| v.tags[j as usize])
    };
    (at(-2), at(-1), at(1), at(2))
}

/// The features over tags alone (and the bias): few enough values that [`Scorer`] sums their
/// weights ahead.
fn tag_features(
    before2: &str,
    before: &str,
    this: &str,
    after: &str,
    after2: &str,
    f: &mut Features,
) {
    before_this_features(before, this, f);
    this_after_features(this, after, f);
    f.add(12, before2.as_bytes());
    f.add(13, after2.as_bytes());
}

/// The bias, the token's tag, and the tag before it with the token's.
fn before_this_features(before: &str, this: &str, f: &mut Features) {
    f.add(0, b"");
    f.add(3, this.as_bytes());
    f.add2(5, before.as_bytes(), this.as_bytes());
}

/// The token's tag with the tag after it.
fn this_after_features(this: &str, after: &str, f: &mut Features) {
    f.add2(6, this.as_bytes(), after.as_bytes());
}

/// The features over words, lemmas, WordNet and the token's place.
fn other_features(v: &View, i: usize, sent: &std::ops::Range<usize>, f: &mut Features) {
    let toks = v.segments.tokens();
    let sent = sent.clone();
    let word = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < sent.start as isize || j >= sent.end as isize {
            b"-"
        } else {
            v.word_bytes(j as usize)
        }
    };
    let tag = |k: isize| -> &str {
        let j = i as isize + k;
        if j < sent.start as isize || j >= sent.end as isize {
            "-"
        } else {
            pos::name(v.tags[j as usize])
        }
    };
    let w = v.word_bytes(i);
    let lemma = v.lemma(i);
    let t = tag(0);
    f.add(1, w);
    f.add(2, lemma.as_bytes());
    f.add2(4, lemma.as_bytes(), t.as_bytes());
    let (prev, next) = (word(-1), word(1));
    f.add(7, prev);
    f.add(8, next);
    f.add2(9, word(-2), prev);
    f.add(10, &w[w.len().saturating_sub(3)..]);
    f.add2(11, prev, t.as_bytes());
    f.add2(14, tag(-1).as_bytes(), next);
    let wn = WordNet::get();
    match word_class(v.tags[i]) {
        WordClass::Noun => {
            if let Some(n) = wn.noun(lemma) {
                f.add(15, crate::wordnet::LEXFILES[n.lexfile as usize].as_bytes());
                f.add(16, if n.eventive { b"eventive" } else { b"not" });
            } else {
                f.add(15, b"noun?");
            }
        }
        WordClass::Verb => {
            f.add(15, wn.verb_lexfile(lemma).unwrap_or("verb?").as_bytes());
        }
        WordClass::Other => {
            if wn.is_verb(lemma) {
                f.add(15, b"other-verb");
            }
        }
    }
    if v.in_time(i) {
        f.add(17, b"in-time");
    }
    if toks[i].capitalized && i > sent.start {
        f.add(18, b"cap");
    }
    if !matches!(toks[i].kind, TokenKind::Word) {
        f.add(19, b"not-word");
    }
    // The preposition that governs a noun's phrase: "because of [the] drain", "in response to
    // [the] killing". Causes and reasons are mostly happenings.
    if let Some(g) = governing_preposition(v, i, sent.clone()) {
        let before = if g > sent.start { v.word(g - 1) } else { "-" };
        f.add2(20, before.as_bytes(), v.word(g).as_bytes());
    }
}

/// The preposition (or "to") that governs the noun phrase a noun at token `i` ends, within
/// `sent`: "because *of* the sudden drain".
fn governing_preposition(v: &View, i: usize, sent: std::ops::Range<usize>) -> Option<usize> {
    if word_class(v.tags[i]) != WordClass::Noun {
        return None;
    }
    let mut j = i;
    while j > sent.start
        && i - j < 6
        && matches!(
            pos::name(v.tags[j - 1]),
            "DT" | "JJ" | "JJR" | "JJS" | "PRP$" | "POS" | "CD" | "NN" | "NNS" | "NNP" | "HYPH"
        )
    {
        j -= 1;
    }
    let g = j.checked_sub(1).filter(|&g| g >= sent.start)?;
    matches!(pos::name(v.tags[g]), "IN" | "TO").then_some(g)
}

/// Phrases that take a happening as their object (by their last two words; "-" where one word
/// does): "because of the drain", "in response to the killing", "amid the turmoil".
const TAKES_HAPPENING: &[(&str, &str)] = &[
    ("because", "of"),
    ("due", "to"),
    ("response", "to"),
    ("retaliation", "for"),
    ("revenge", "for"),
    ("wake", "of"),
    ("result", "of"),
    ("thanks", "to"),
    ("led", "to"),
    ("lead", "to"),
    ("leading", "to"),
    ("resulted", "in"),
    ("resulting", "in"),
    ("-", "following"),
    ("-", "amid"),
    ("-", "despite"),
];

/// The shipped model, with its tag features summed ahead.
fn shipped_scorer() -> &'static Scorer<'static> {
    static S: OnceLock<Scorer<'static>> = OnceLock::new();
    S.get_or_init(|| Scorer::new(model()))
}

/// An event model with the weights of its features over tags alone (`tag_features`) summed
/// ahead, one row per combination of tags, so that a token adds four short rows where it
/// looked up six features.
struct Scorer<'m> {
    model: &'m Model,
    labels: usize,
    /// Tag indices, and one more for the edge of a sentence.
    slots: usize,
    /// The bias, the token's tag and the tag before it: row `before * slots + this`.
    before_this: Vec<f32>,
    /// The token's tag and the tag after it: row `this * slots + after`.
    this_after: Vec<f32>,
    /// The tag two before: row `before2`.
    before2: Vec<f32>,
    /// The tag two after: row `after2`.
    after2: Vec<f32>,
}

impl<'m> Scorer<'m> {
    fn new(model: &'m Model) -> Self {
        let labels = model.labels().len();
        let tags = pos::model().labels().len();
        let slots = tags + 1;
        let name = |t: usize| if t < tags { pos::name(t as Tag) } else { "-" };
        let mut f = Features::new();
        let mut table = |rows: usize, feature: &dyn Fn(usize, &mut Features)| {
            let mut out = vec![0.0; rows * labels];
            for r in 0..rows {
                f.clear();
                feature(r, &mut f);
                model.add_scores(f.hashes(), &mut out[r * labels..(r + 1) * labels]);
            }
            out
        };
        let before_this = table(slots * slots, &|r, f| {
            before_this_features(name(r / slots), name(r % slots), f)
        });
        let this_after = table(slots * slots, &|r, f| {
            this_after_features(name(r / slots), name(r % slots), f)
        });
        let before2 = table(slots, &|r, f| f.add(12, name(r).as_bytes()));
        let after2 = table(slots, &|r, f| f.add(13, name(r).as_bytes()));
        Scorer {
            model,
            labels,
            slots,
            before_this,
            this_after,
            before2,
            after2,
        }
    }

    /// The score of every label at token `i` (the same as the model's over all `features`).
    fn scores(&self, v: &View, i: usize, f: &mut Features, scores: &mut Vec<f32>) {
        let sent = sentence_of(v, i);
        let (prev2, prev, next, next2) = neighbour_tags(v, i, &sent);
        let slot =
            |t: Option<Tag>| t.map_or(self.slots - 1, |t| usize::from(t).min(self.slots - 1));
        let this = slot(Some(v.tags[i]));
        let labels = self.labels;
        fn row(table: &[f32], labels: usize, r: usize) -> &[f32] {
            table.get(r * labels..(r + 1) * labels).unwrap_or(&[])
        }
        scores.clear();
        scores.extend_from_slice(row(
            &self.before_this,
            labels,
            slot(prev) * self.slots + this,
        ));
        scores.resize(self.labels, 0.0);
        for r in [
            row(&self.this_after, labels, this * self.slots + slot(next)),
            row(&self.before2, labels, slot(prev2)),
            row(&self.after2, labels, slot(next2)),
        ] {
            for (s, w) in scores.iter_mut().zip(r) {
                *s += w;
            }
        }
        f.clear();
        other_features(v, i, &sent, f);
        self.model.add_scores(f.hashes(), scores);
    }
}

/// The most likely event class of token `i`, leaving "not an event" aside.
pub fn best_class(model: &Model, v: &View, i: usize) -> EventClass {
    let mut f = Features::new();
    features(v, i, &mut f);
    let mut scores = Vec::new();
    model.scores(f.hashes(), &mut scores);
    let mut best = (f32::NEG_INFINITY, EventClass::Occurrence);
    for (l, s) in model.labels().iter().zip(&scores) {
        if let Some(c) = EventClass::from_timeml(l) {
            if *s > best.0 {
                best = (*s, c);
            }
        }
    }
    best.1
}

/// The class of every token (`None`: not an event), by `model`.
pub fn classify(model: &Model, v: &View) -> Vec<Option<EventClass>> {
    let n = v.segments.tokens().len();
    let mut f = Features::new();
    let mut scores = Vec::new();
    let built;
    let scorer = if std::ptr::eq(model, self::model()) {
        shipped_scorer()
    } else {
        built = Scorer::new(model);
        &built
    };
    let labels: Vec<Option<EventClass>> = model
        .labels()
        .iter()
        .map(|l| EventClass::from_timeml(l))
        .collect();
    // Whether a tag may be an event, by tag.
    static OPEN: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    let open = OPEN.get_or_init(|| {
        (0..=Tag::MAX)
            .map(|t| {
                let name = pos::name(t);
                !CLOSED_CLASS.contains(&name) && !RARELY_EVENTS.contains(&name)
            })
            .collect()
    });
    (0..n)
        .map(|i| {
            let t = &v.segments.tokens()[i];
            if !t.is_word() || v.in_time(i) || !open[usize::from(v.tags[i])] {
                return None;
            }
            scorer.scores(v, i, &mut f, &mut scores);
            let best = labels[crate::learn::argmax(&scores)];
            // A noun whose most frequent sense is a happening ("funeral", "burial") is an
            // event even where the annotated corpora, sparse on nouns, taught otherwise.
            let next_is_noun = v.tags.get(i + 1).is_some_and(|&t| pos::is_noun(t))
                && v.segments.sentence_of_token(i + 1) == v.segments.sentence_of_token(i);
            // "the killing": a gerund after a determiner is a noun.
            let gerund = pos::name(v.tags[i]) == "VBG"
                && i > 0
                && matches!(
                    v.word(i - 1),
                    "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their"
                );
            if best.is_none()
                && !next_is_noun
                && (gerund || word_class(v.tags[i]) == WordClass::Noun)
            {
                let wn = WordNet::get();
                let lemma = if gerund { v.word(i) } else { v.lemma(i) };
                if (wn.noun(lemma).is_some_and(|n| n.lexfile == EVENT_LEXFILE)
                    || NEWS_EVENT_NOUNS.binary_search(&lemma).is_ok())
                    && !ABSTRACT_EVENT_NOUNS.contains(&lemma)
                {
                    return Some(EventClass::Occurrence);
                }
                // A noun WordNet reads as a happening, after a phrase that takes one ("because
                // of the drain", "in response to the sanctions").
                // (WordNet first: it rules out most nouns with one lookup.)
                let takes = || {
                    let sent = v
                        .segments
                        .sentence_of_token(i)
                        .map_or(0..n, |s| v.segments.sentences()[s].tokens.clone());
                    governing_preposition(v, i, sent.clone()).is_some_and(|g| {
                        let prep = v.word(g);
                        let before = if g > sent.start { v.word(g - 1) } else { "-" };
                        TAKES_HAPPENING
                            .iter()
                            .any(|&(a, b)| b == prep && (a == "-" || a == before))
                    })
                };
                if wn.eventive_noun(lemma) && takes() {
                    return Some(EventClass::Occurrence);
                }
            }
            best
        })
        .collect()
}

/// One training document: its text, the spans of its times, and its gold events.
#[derive(Debug, Clone)]
pub struct TrainingDoc {
    /// The text.
    pub text: String,
    /// Its time expressions' spans, in text order.
    pub times: Vec<Span>,
    /// Its events: span and class.
    pub events: Vec<(Span, EventClass)>,
}

/// Train a detector on `docs` with `iterations` passes in a fixed shuffled order.
pub fn train(docs: &[TrainingDoc], iterations: usize) -> Model {
    let mut labels = vec![NOT_EVENT.to_string()];
    labels.extend(EventClass::ALL.iter().map(|c| c.as_str().to_string()));
    let prepared: Vec<(Segments, Vec<Tag>, Vec<usize>)> = docs
        .iter()
        .map(|d| {
            let seg = Segments::new(&d.text);
            let tags = pos::tag(&d.text, &seg);
            let mut gold = vec![0; seg.tokens().len()];
            for (span, class) in &d.events {
                let i = seg.tokens().partition_point(|t| t.span.end <= span.start);
                if i < gold.len() && seg.tokens()[i].span.start < span.end {
                    gold[i] = 1 + EventClass::ALL.iter().position(|c| c == class).unwrap_or(0);
                }
            }
            (seg, tags, gold)
        })
        .collect();
    // The features of every word token, computed once for all the orders.
    let examples: Vec<Vec<(Vec<u32>, usize)>> = prepared
        .iter()
        .zip(docs)
        .map(|((seg, tags, gold), d)| {
            let v = View::new(&d.text, seg, tags, &d.times);
            let mut f = Features::new();
            gold.iter()
                .enumerate()
                .filter(|&(i, _)| seg.tokens()[i].is_word() && !v.in_time(i))
                .map(|(i, &g)| {
                    f.clear();
                    features(&v, i, &mut f);
                    (f.hashes().to_vec(), g)
                })
                .collect()
        })
        .collect();
    let models: Vec<Model> = (0..EVENT_ORDERS)
        .map(|k| {
            let mut trainer = Trainer::new(labels.clone());
            let mut order: Vec<usize> = (0..docs.len()).collect();
            let mut shuffle = crate::learn::Shuffle::new(EVENT_SEED + k);
            for _ in 0..iterations {
                shuffle.shuffle(&mut order);
                for &d in &order {
                    for (hashes, g) in &examples[d] {
                        trainer.train(hashes, *g);
                    }
                }
            }
            trainer.finish(0.0)
        })
        .collect();
    Model::mean(&models).unwrap_or_else(|| Trainer::new(labels).finish(0.0))
}

/// How many training orders the event model is averaged over: one perceptron's choices on
/// single words (is "stormed" an event?) hang on the order it saw the documents in.
const EVENT_ORDERS: u64 = 10;

const EVENT_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

#[cfg(test)]
#[test]
fn the_scorer_sums_what_the_model_would() {
    let text = "Iran's leader ordered a direct attack on Israel on Wednesday, hours after the \
                killing of Haniyeh in Tehran. The funeral, which will be held in Doha, drew \
                thousands. Officials said they expected a response.";
    let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
    let times = crate::time::tag(&doc, &crate::time::TimeConfig::default());
    let seg = &times.segments;
    let tags = pos::tag(text, seg);
    let spans: Vec<Span> = times.timexes.iter().map(|t| t.span).collect();
    let v = View::new(text, seg, &tags, &spans);
    let m = model();
    let scorer = shipped_scorer();
    let (mut f, mut fast, mut full) = (Features::new(), Vec::new(), Vec::new());
    for i in 0..seg.tokens().len() {
        scorer.scores(&v, i, &mut f, &mut fast);
        f.clear();
        features(&v, i, &mut f);
        m.scores(f.hashes(), &mut full);
        for (a, b) in fast.iter().zip(&full) {
            assert!((a - b).abs() < 1e-4, "token {i}: {fast:?} against {full:?}");
        }
        assert_eq!(fast.len(), full.len());
    }
}
