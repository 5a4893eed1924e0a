//! Tense, aspect, polarity, modality and factuality: read off the verb group ("will be taken",
//! "had not attended", "would aim") and the words that govern an event ("expected to respond",
//! "are considering a response", "if Israel strikes").
//!
//! What the words mean is data, in the tables below; the functions only walk the sentence.
//!
//! ```
//! use eventline::{Document, event::{self, Tense, Aspect, Polarity, Factuality}, time::{tag, TimeConfig}};
//! let doc = Document::new("Iran has not responded. Officials would aim to avoid a war.");
//! let times = tag(&doc, &TimeConfig::default());
//! let ev = event::extract(&doc, &times);
//! let responded = ev.find(doc.text(), "responded").unwrap();
//! assert_eq!((responded.tense, responded.aspect), (Tense::Present, Aspect::Perfective));
//! assert_eq!(responded.polarity, Polarity::Neg);
//! assert_eq!(responded.factuality, Factuality::Negated);
//! assert_eq!(ev.find(doc.text(), "aim").unwrap().factuality, Factuality::Hypothetical);
//! assert_eq!(ev.find(doc.text(), "avoid").unwrap().factuality, Factuality::Hypothetical);
//! ```

use super::detect::View;
use super::{Aspect, Event, EventPos, Factuality, Polarity, Tense};
use crate::segment::pos;

/// Modal verbs: what each makes of the event it governs.
pub const MODALS: &[(&str, Factuality)] = &[
    ("will", Factuality::Future),
    ("shall", Factuality::Future),
    ("'ll", Factuality::Future),
    ("would", Factuality::Hypothetical),
    ("'d", Factuality::Hypothetical),
    ("could", Factuality::Hypothetical),
    ("can", Factuality::Hypothetical),
    ("may", Factuality::Hypothetical),
    ("might", Factuality::Hypothetical),
    ("should", Factuality::Hypothetical),
    ("must", Factuality::Hypothetical),
    ("ought", Factuality::Hypothetical),
];

/// Words that make the event they introduce ("expected to respond", "ordered an attack")
/// something planned or expected.
pub const FUTURE_GOVERNORS: &[&str] = &[
    "expect",
    "plan",
    "intend",
    "schedule",
    "set",
    "prepare",
    "vow",
    "promise",
    "pledge",
    "threaten",
    "aim",
    "decide",
    "agree",
    "due",
    "slate",
    "order",
    "command",
    "instruct",
    "directed",
    "preparation",
    "threat",
    "authorize",
    // Not "announce": what is announced has mostly happened or stands ("announced his
    // resignation", "the suspension of classes", "plans to …": the plans are real); what an
    // announcement only foresees has its own future ("announced it will introduce") or
    // governor ("announced plans to spend").
    "upcoming",
    "forthcoming",
    "planned",
    "expected",
    "scheduled",
    "impending",
    "imminent",
    "coming",
    "future",
    "next",
    "warn",
    "force",
    "duty",
    "obligation",
    "compel",
    "oblige",
];

/// Words that make the event they introduce only possible ("are considering a response",
/// "want to avoid").
pub const HYPOTHETICAL_GOVERNORS: &[&str] = &[
    "want",
    "wish",
    "hope",
    "consider",
    "seek",
    "try",
    "attempt",
    "propose",
    "suggest",
    "urge",
    "ask",
    "call",
    "like",
    "able",
    "possible",
    "potential",
    "likely",
    "unlikely",
    "weigh",
    "debate",
    "discuss",
    "demand",
    "need",
    "prefer",
    "offer",
    "request",
    "risk",
    "fear",
    "avoid",
];

/// Words that deny the event they introduce ("refused to attend").
pub const NEGATING_GOVERNORS: &[&str] = &["refuse", "fail", "decline", "deny", "reject"];

/// Words that make what follows them in the sentence a condition.
pub const CONDITIONALS: &[&str] = &["if", "unless", "whether"];

/// Words that negate the verb group or noun they stand before.
pub const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "without", "nor"];

/// The verb group of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// TimeML tense.
    pub tense: Tense,
    /// TimeML aspect.
    pub aspect: Aspect,
    /// Whether it is negated.
    pub polarity: Polarity,
    /// The modal, if any.
    pub modality: Option<&'static str>,
    /// It starts with "to" (an infinitive).
    pub infinitive: bool,
    /// The index of its first token.
    pub start: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aux {
    Be(Tense),
    Have(Tense),
    Do(Tense),
    Modal(&'static str),
    To,
    Going,
}

fn aux_of(w: &str) -> Option<Aux> {
    use Tense::*;
    Some(match w {
        "is" | "are" | "am" | "'s" | "'re" | "'m" => Aux::Be(Present),
        "was" | "were" => Aux::Be(Past),
        "be" => Aux::Be(None),
        "been" => Aux::Be(Pastpart),
        "being" => Aux::Be(Prespart),
        "has" | "have" | "'ve" => Aux::Have(Present),
        "had" => Aux::Have(Past),
        "having" => Aux::Have(Prespart),
        "does" | "do" => Aux::Do(Present),
        "did" => Aux::Do(Past),
        "to" => Aux::To,
        "going" | "gon" => Aux::Going,
        _ => {
            return MODALS
                .iter()
                .find(|(m, _)| *m == w)
                .map(|(m, _)| Aux::Modal(m))
        }
    })
}

/// Split a contraction: "didn't" → ("did", true), "won't" → ("will", true), "it's" → ("'s", _).
fn contraction(w: &str) -> (&str, bool) {
    if let Some(base) = w
        .strip_suffix("n't")
        .or_else(|| w.strip_suffix("n\u{2019}t"))
    {
        let base = match base {
            "wo" => "will",
            "ca" => "can",
            "sha" => "shall",
            b => b,
        };
        return (base, true);
    }
    for suffix in ["'s", "'re", "'ll", "'ve", "'d", "'m"] {
        if w.len() > suffix.len() && w.ends_with(suffix) {
            return (&w[w.len() - suffix.len()..], false);
        }
    }
    (w, false)
}

/// Read the verb group that ends at token `i`.
pub fn verb_group(v: &View, i: usize, pos_of_event: EventPos) -> Group {
    let seg = v.segments;
    let sent_start = seg
        .sentence_of_token(i)
        .map_or(0, |s| seg.sentences()[s].tokens.start);
    // At most eight words back, so the auxiliaries fit on the stack.
    let mut aux_buf = [Aux::To; 8];
    let mut aux_len = 0;
    let mut neg = false;
    let mut start = i;
    let mut j = i;
    while j > sent_start && i - j < 8 {
        j -= 1;
        let (w, n) = contraction(v.word(j));
        if NEGATIONS.contains(&w) && w != "without" && w != "no" {
            neg = true;
            start = j;
            continue;
        }
        if let Some(a) = aux_of(w) {
            neg |= n;
            if let Some(slot) = aux_buf.get_mut(aux_len) {
                *slot = a;
                aux_len += 1;
            }
            start = j;
            if a == Aux::To && !(j > sent_start && v.word(j - 1) == "going") {
                break;
            }
            continue;
        }
        neg |= n;
        if n {
            // "didn't", "won't" (their base was read as an auxiliary above when known)
            start = j;
            continue;
        }
        let t = pos::name(v.tags[j]);
        if t.starts_with("RB") && w != "only" {
            continue;
        }
        break;
    }
    let auxes = &mut aux_buf[..aux_len];
    auxes.reverse();
    let auxes = &*auxes;
    let tag = pos::name(v.tags[i]);
    if pos_of_event == EventPos::Noun {
        let polarity = noun_negated(v, i, sent_start);
        return Group {
            tense: Tense::None,
            aspect: Aspect::None,
            polarity,
            modality: None,
            infinitive: false,
            start: i,
        };
    }
    let modality = auxes.iter().find_map(|a| match a {
        Aux::Modal(m) => Some(*m),
        _ => None,
    });
    let infinitive = auxes.first() == Some(&Aux::To);
    let has_have = auxes.iter().any(|a| matches!(a, Aux::Have(_)));
    let last_be = matches!(auxes.last(), Some(Aux::Be(_)));
    let aspect = match (has_have, tag) {
        (true, "VBG") => Aspect::PerfectiveProgressive,
        (true, _) if tag == "VBN" || last_be => Aspect::Perfective,
        (false, "VBG") if last_be => Aspect::Progressive,
        _ => Aspect::None,
    };
    let going_to = auxes.windows(2).any(|w| w == [Aux::Going, Aux::To]);
    let tensed = auxes.iter().find_map(|a| match a {
        Aux::Be(t) | Aux::Have(t) | Aux::Do(t) if matches!(t, Tense::Past | Tense::Present) => {
            Some(*t)
        }
        _ => None,
    });
    let tense = if let Some(m) = modality {
        if matches!(m, "will" | "shall" | "'ll") {
            Tense::Future
        } else {
            Tense::None
        }
    } else if going_to {
        Tense::Future
    } else if infinitive {
        Tense::Infinitive
    } else if let Some(t) = tensed {
        t
    } else {
        match tag {
            "VBD" => Tense::Past,
            // A base or present form that is not its own lemma ("struck", "led") is a past
            // the tagger misread (a third-person present ends in "s").
            "VBP" | "VB" | "VBZ"
                if crate::wordnet::WordNet::get().is_irregular_verb_form(v.word(i))
                    && !v.word(i).ends_with('s') =>
            {
                Tense::Past
            }
            "VBZ" | "VBP" => Tense::Present,
            // A participle right after a clause-initial subject is a simple past the tagger
            // misread ("a drone strike killed three soldiers").
            "VBN" if starts_clause_subject(v, start, sent_start) => Tense::Past,
            "VBN" => Tense::Pastpart,
            "VBG" => Tense::Prespart,
            "VB" => Tense::Present,
            _ => Tense::None,
        }
    };
    Group {
        tense,
        aspect,
        polarity: if neg { Polarity::Neg } else { Polarity::Pos },
        modality,
        infinitive,
        start,
    }
}

/// Whether a noun phrase ends right before `i` and starts a clause (the sentence start, or after
/// a comma or a subordinating word).
fn starts_clause_subject(v: &View, i: usize, sent_start: usize) -> bool {
    if i == sent_start || !(pos::is_noun(v.tags[i - 1]) || pos::name(v.tags[i - 1]) == "PRP") {
        return false;
    }
    let mut s = i - 1;
    while s > sent_start {
        let t = pos::name(v.tags[s - 1]);
        if t.starts_with("NN")
            || t.starts_with("JJ")
            || t == "DT"
            || t == "PRP$"
            || t == "CD"
            || t == "POS"
        {
            s -= 1;
        } else {
            break;
        }
    }
    s == sent_start
        || matches!(
            v.word(s - 1),
            "," | "when"
                | "after"
                | "before"
                | "because"
                | "that"
                | "while"
                | "and"
                | "but"
                | "as"
                | "since"
                | "if"
        )
}

/// "no response", "without a funeral", "not a war".
fn noun_negated(v: &View, i: usize, sent_start: usize) -> Polarity {
    let mut j = i;
    while j > sent_start && i - j < 4 {
        j -= 1;
        let w = v.word(j);
        if matches!(w, "no" | "without" | "not" | "never") {
            return Polarity::Neg;
        }
        let t = pos::name(v.tags[j]);
        if !(t.starts_with("JJ") || t.starts_with("DT") || t.starts_with("NN") || t == "PRP$") {
            break;
        }
    }
    Polarity::Pos
}

/// Whether a definite determiner stands between `from` (exclusive) and `to` (exclusive).
/// Whether token `j` is the "s" of a possessive "'s" (the tokenizer splits it from its
/// apostrophe).
fn possessive_s(v: &View, j: usize) -> bool {
    crate::segment::possessive_s(v.text, v.segments.tokens(), j)
}

fn definite_before(v: &View, to: usize, from: usize) -> bool {
    (from + 1..to).any(|k| {
        matches!(
            v.word(k),
            "the" | "this" | "that" | "its" | "their" | "his" | "her"
        )
    })
}

/// Determiners that make a noun event generic or only possible ("any attack").
pub const NONSPECIFIC: &[&str] = &["any", "possible", "potential", "eventual"];

fn modal_factuality(m: &str) -> Factuality {
    MODALS
        .iter()
        .find(|(w, _)| *w == m)
        .map_or(Factuality::Hypothetical, |(_, f)| *f)
}

fn governed_by(lemma: &str) -> Option<Factuality> {
    // The three lists as one map. A word in two lists reads as future before hypothetical and
    // hypothetical before negated: the later inserts below win.
    static GOVERNORS: std::sync::OnceLock<rustc_hash::FxHashMap<&str, Factuality>> =
        std::sync::OnceLock::new();
    GOVERNORS
        .get_or_init(|| {
            let mut m = rustc_hash::FxHashMap::default();
            for (list, f) in [
                (NEGATING_GOVERNORS, Factuality::Negated),
                (HYPOTHETICAL_GOVERNORS, Factuality::Hypothetical),
                (FUTURE_GOVERNORS, Factuality::Future),
            ] {
                for w in list {
                    m.insert(*w, f);
                }
            }
            m
        })
        .get(lemma)
        .copied()
}

/// The less real of two factualities (negated < hypothetical < future < actual).
fn weaker(a: Factuality, b: Factuality) -> Factuality {
    let rank = |f| match f {
        Factuality::Negated => 0,
        Factuality::Hypothetical => 1,
        Factuality::Future => 2,
        Factuality::Actual => 3,
    };
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

/// A bare verb joined by "and" or "or" to a verb with a modal or a future shares its verb
/// group: "would close 40 stores and cut 1,200 jobs", "will withdraw and hand over the base".
pub fn coordinated(v: &View, events: &mut [Event]) {
    /// How far back the first verb may be.
    const REACH: usize = 15;
    for k in 1..events.len() {
        let e = &events[k];
        let t = e.token;
        let joined = t >= 1 && matches!(v.word(t - 1), "and" | "or");
        // A base form: tagged so, or a form that is its own lemma ("cut", "put", "set").
        let base = pos::name(v.tags[t]) == "VB"
            || (matches!(pos::name(v.tags[t]), "VBD" | "VBP") && v.lemma(t) == v.word(t));
        if !(joined && base && e.pos == EventPos::Verb && e.modality.is_none()) {
            continue;
        }
        let first = events[..k]
            .iter()
            .rev()
            .take_while(|x| x.sentence == e.sentence && t - x.token <= REACH)
            .find(|x| x.pos == EventPos::Verb)
            .filter(|x| x.modality.is_some() || x.tense == Tense::Future)
            .map(|x| (x.tense, x.modality.clone()));
        if let Some((tense, modality)) = first {
            events[k].tense = tense;
            events[k].modality = modality;
        }
    }
}

/// Set every event's factuality, left to right (a governed event inherits from its governor).
pub fn factuality(v: &View, events: &mut [Event]) {
    let seg = v.segments;
    for k in 0..events.len() {
        let e = &events[k];
        let group = verb_group(v, e.token, e.pos);
        let mut f = Factuality::Actual;
        if let Some(m) = e.modality.as_deref() {
            f = weaker(f, modal_factuality(m));
        }
        if e.tense == Tense::Future {
            f = weaker(f, Factuality::Future);
        }
        let sent = seg.sentences()[e.sentence].tokens.clone();
        // The word that governs it: before an infinitive's "to", or the word before a noun's
        // determiners and adjectives ("ordered a direct attack", "the expected response").
        let mut governor: Option<(usize, Factuality)> = None;
        let from = if group.infinitive {
            group.start
        } else {
            e.token
        };
        let mut j = from;
        let mut crossed_noun = false;
        while j > sent.start && from - j < 6 {
            j -= 1;
            let w = v.word(j);
            let t = pos::name(v.tags[j]);
            // A verb governs by its lemma ("expects", "ordered"); other words by their form
            // ("planned", "possible").
            let by_lemma = pos::is_verb(v.tags[j]) || pos::is_noun(v.tags[j]);
            // A verb other than an infinitive is not governed by the noun before it ("the plan
            // collapsed" is not a planned collapse, "forces arrested" no forced arrest), and a
            // finite verb not by the verb before it either. A gerund or participle is
            // governed by a verb: "risk losing", "wanted answered".
            let verb = e.pos == EventPos::Verb && !group.infinitive;
            let finite = verb && matches!(pos::name(v.tags[e.token]), "VBD" | "VBZ" | "VBP");
            // But "Addis Ababa denies deploying", "Rumsfeld suggests paying": a word that can
            // only be a verb, tagged as a plural noun before a gerund, is the subject's verb.
            let verb_as_noun = pos::name(v.tags[e.token]) == "VBG"
                && pos::name(v.tags[j]) == "NNS"
                && crate::wordnet::WordNet::get().noun(v.lemma(j)).is_none();
            let ungoverning = pos::is_noun(v.tags[j]) && verb && !verb_as_noun || finite;
            // "Set" schedules ("is set to", "the vote set for May", "set a timetable for the
            // withdrawal"), but an active "set" does what its direct object names
            // ("insurgents set fire to a school", "set the tone").
            let active_set = v.lemma(j) == "set"
                && pos::name(v.tags[j]) != "VBN"
                && !matches!(v.word(j + 1), "to" | "for")
                && from - j <= 2;
            // "Look to bounce back": an aim, as "seek to" is (not "look at the damage", nor
            // "looked to have been raging", which is how it seemed).
            let looks_to = group.infinitive
                && j + 1 == group.start
                && v.lemma(j) == "look"
                && !matches!(v.word(group.start + 1), "have" | "be");
            let found = if looks_to {
                Some(Factuality::Hypothetical)
            } else if ungoverning && by_lemma || active_set {
                None
            } else if by_lemma {
                governed_by(v.lemma(j)).or_else(|| governed_by(w))
            } else {
                governed_by(w)
            };
            if let Some(g) = found {
                // An adjective modifier ("planned", "possible") or a verb or adjective governing
                // the infinitive or the object noun.
                governor = Some((j, g));
                break;
            }
            // "Warned that growth was weak": "that" after a verb opens a clause, whatever its
            // tag, and the verb does not govern a subject whose own verb is in the past or
            // present (it still does before a modal: "expect that the visit will help").
            if w == "that" && j > sent.start && pos::is_verb(v.tags[j - 1]) {
                let own_verb = (e.token + 1..sent.end.min(e.token + 12))
                    .find(|&k| matches!(pos::name(v.tags[k]), "MD" | "VBD" | "VBZ" | "VBP"));
                if own_verb.is_some_and(|k| pos::name(v.tags[k]) != "MD") {
                    break;
                }
            }
            // A possessive ("calling for Israel's destruction") is part of the noun phrase:
            // its "s" is not a noun, and its possessor is not the head crossed.
            if possessive_s(v, j) {
                continue;
            }
            if e.pos == EventPos::Noun && possessive_s(v, j + 2) {
                continue;
            }
            let skippable = t.starts_with("DT")
                || t.starts_with("JJ")
                || t == "PRP$"
                || t.starts_with("RB")
                || t == "POS"
                || (e.pos == EventPos::Noun && t.starts_with("NN") && !crossed_noun)
                // "preparations for an Iranian response", "plans for a strike"
                || (e.pos == EventPos::Noun && !crossed_noun && matches!(w, "for" | "of"))
                || (group.infinitive
                    && (t.starts_with("VB") || t == "TO" || t == "PRP" || t.starts_with("NN")));
            if t.starts_with("NN") {
                crossed_noun = true;
            }
            if !skippable {
                break;
            }
        }
        // The object of an event that is only expected or possible is too ("would not survive
        // another attack", "are considering an attack"); a denied event does not deny its object
        // ("did not attend the funeral").
        if governor.is_none() && e.pos == EventPos::Noun {
            let mut j = e.token;
            while j > sent.start && e.token - j < 9 {
                j -= 1;
                let t = pos::name(v.tags[j]);
                let phrase = t.starts_with("DT")
                    || t.starts_with("JJ")
                    || t == "PRP$"
                    || t.starts_with("NN")
                    || matches!(t, "IN" | "TO" | "," | "CD" | "POS");
                // Across a preposition only to a bare or indefinite noun ("taken … for burial"),
                // not to one named before ("retaliate for the assassination").
                if matches!(t, "IN" | "TO") && definite_before(v, e.token, j) {
                    break;
                }
                if phrase {
                    continue;
                }
                if let Some(ge) = events[..k].iter().rev().find(|x| x.token == j) {
                    // "avenge the killing": a definite object was named as real before.
                    if ge.pos == EventPos::Verb && !definite_before(v, e.token, j) {
                        let inherited = match ge.factuality {
                            Factuality::Negated => ge.modality.as_deref().map(modal_factuality),
                            other => Some(other),
                        };
                        if let Some(fi) = inherited {
                            f = weaker(f, fi);
                        }
                    }
                }
                break;
            }
        }
        // "doing things to help take the temperature down": the goal of a purpose clause has
        // not happened yet.
        let t = e.token;
        if t >= 2
            && t - 2 >= sent.start
            && matches!(v.word(t - 1), "help" | "helps" | "helped" | "helping")
            && v.word(t - 2) == "to"
        {
            f = weaker(f, Factuality::Future);
        }
        if let Some((g, gf)) = governor {
            f = weaker(f, gf);
            // The governor's own factuality carries over ("will try to avoid").
            if let Some(ge) = events[..k].iter().rev().find(|x| x.token == g) {
                f = weaker(f, ge.factuality);
            }
        }
        // A noun whose predicate says it is expected: "a response is expected", "the funeral
        // will be held" (handled through the verb's event), "the burial is scheduled for".
        if e.pos == EventPos::Noun {
            let mut j = e.token + 1;
            while j < sent.end && j < e.token + 4 {
                let w = v.word(j);
                if aux_of(w).is_some_and(|a| matches!(a, Aux::Be(_))) {
                    j += 1;
                    continue;
                }
                // "is expected", "a response expected": a passive participle; not an active
                // verb ("the location of the strike forces …").
                let participle = pos::name(v.tags[j]) == "VBN" || w.ends_with("ed");
                if let Some(gf) = governed_by(v.lemma(j)).or_else(|| governed_by(w)) {
                    // A negating verb right after the noun is the noun's own verb, not a
                    // reduced passive: "the talks failed" did not fail to happen, where "the
                    // summit scheduled for May" is only expected.
                    let own_verb = gf == Factuality::Negated
                        && j == e.token + 1
                        && pos::name(v.tags[j]) != "VBN";
                    if participle && !own_verb {
                        f = weaker(f, gf);
                    }
                }
                if let Some(Aux::Modal(m)) = aux_of(w) {
                    f = weaker(f, modal_factuality(m));
                }
                break;
            }
        }
        // "will stay closed", "could remain shut": a state after a linking verb is as real
        // as the verb.
        if e.token > sent.start
            && matches!(
                v.word(e.token - 1),
                "stay" | "stays" | "remain" | "remains" | "keep" | "keeps"
            )
        {
            if let Some(ge) = events[..k].iter().rev().find(|x| x.token == e.token - 1) {
                f = weaker(f, ge.factuality);
            }
        }
        // "any attack": no attack in particular.
        if e.pos == EventPos::Noun
            && (sent.start.max(e.token.saturating_sub(3))..e.token)
                .any(|k| NONSPECIFIC.contains(&v.word(k)))
        {
            f = weaker(f, Factuality::Hypothetical);
        }
        // "to defend its citizens and to respond": coordinated infinitives share their governor.
        if group.infinitive && group.start >= 1 && matches!(v.word(group.start - 1), "and" | "or") {
            if let Some(prev) = events[..k]
                .iter()
                .rev()
                .find(|x| x.sentence == e.sentence && x.tense == Tense::Infinitive)
            {
                f = weaker(f, prev.factuality);
            }
        }
        // In a condition ("if Israel strikes").
        let cond_from = sent.start.max(e.token.saturating_sub(10));
        if (cond_from..e.token).any(|j| CONDITIONALS.contains(&v.word(j))) {
            f = weaker(f, Factuality::Hypothetical);
        }
        if e.polarity == Polarity::Neg {
            f = weaker(f, Factuality::Negated);
        }
        events[k].factuality = f;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, Aspect, Factuality, Polarity, Tense};
    use crate::time::{tag, TimeConfig};
    use crate::Document;

    /// (sentence, trigger, tense, aspect, polarity)
    const EXAMPLES: &[(&str, &str, Tense, Aspect, Polarity)] = &[
        (
            "Israel killed the commander.",
            "killed",
            Tense::Past,
            Aspect::None,
            Polarity::Pos,
        ),
        // Tagged as a third-person present by the tagger; an irregular past by its form.
        (
            "Israel struck the port on July 30.",
            "struck",
            Tense::Past,
            Aspect::None,
            Polarity::Pos,
        ),
        (
            "Iran has ordered an attack.",
            "ordered",
            Tense::Present,
            Aspect::Perfective,
            Polarity::Pos,
        ),
        (
            "The body will be taken to Doha.",
            "taken",
            Tense::Future,
            Aspect::None,
            Polarity::Pos,
        ),
        (
            "Officials are meeting in Tehran.",
            "meeting",
            Tense::Present,
            Aspect::Progressive,
            Polarity::Pos,
        ),
        (
            "They had been negotiating for weeks.",
            "negotiating",
            Tense::Past,
            Aspect::PerfectiveProgressive,
            Polarity::Pos,
        ),
        (
            "Hamas vowed to avenge him.",
            "avenge",
            Tense::Infinitive,
            Aspect::None,
            Polarity::Pos,
        ),
        (
            "Israel didn't comment on the strike.",
            "comment",
            Tense::Past,
            Aspect::None,
            Polarity::Neg,
        ),
        (
            "We're going to respond.",
            "respond",
            Tense::Future,
            Aspect::None,
            Polarity::Pos,
        ),
        (
            "The missiles would hit the port.",
            "hit",
            Tense::None,
            Aspect::None,
            Polarity::Pos,
        ),
        (
            "Iran said there was no response to the letter.",
            "response",
            Tense::None,
            Aspect::None,
            Polarity::Neg,
        ),
    ];

    #[test]
    fn examples() {
        let mut wrong = Vec::new();
        for &(text, trigger, tense, aspect, polarity) in EXAMPLES {
            let doc = Document::new(text);
            let times = tag(&doc, &TimeConfig::default());
            let ev = extract(&doc, &times);
            match ev.find(text, trigger) {
                None => wrong.push(format!("{text}: no event {trigger:?}")),
                Some(e) if (e.tense, e.aspect, e.polarity) != (tense, aspect, polarity) => wrong
                    .push(format!(
                        "{text} [{trigger}]: {:?} {:?} {:?}, expected {tense:?} {aspect:?} {polarity:?}",
                        e.tense, e.aspect, e.polarity
                    )),
                Some(_) => {}
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// (sentence, trigger, factuality)
    const FACTUALITY: &[(&str, &str, Factuality)] = &[
        // A finite verb is not governed by the noun before it: its subject.
        (
            "Security forces arrested 19 members of the group on Monday.",
            "arrested",
            Factuality::Actual,
        ),
        (
            "A similar plan collapsed in December 2022.",
            "collapsed",
            Factuality::Actual,
        ),
        ("The talks failed in December.", "talks", Factuality::Actual),
        // A gerund or participle still is, and so is a noun before a reduced passive.
        (
            "Residents would have to leave or risk losing their homes.",
            "losing",
            Factuality::Hypothetical,
        ),
        (
            "Leaders will attend the summit scheduled to start on Nov. 4.",
            "summit",
            Factuality::Future,
        ),
        (
            "Addis Ababa denies deploying troops across the border.",
            "deploying",
            Factuality::Negated,
        ),
        // A verb does not govern the subject of the clause it opens with "that".
        (
            "It warned that growth in the eurozone was still weak.",
            "growth",
            Factuality::Actual,
        ),
        (
            "Officials warned of more attacks.",
            "attacks",
            Factuality::Future,
        ),
        (
            "We expect that Bush's visit will improve ties.",
            "visit",
            Factuality::Future,
        ),
        // An active "set" does what it names; a participle schedules.
        (
            "Insurgents set fire to a school in Pattani.",
            "fire",
            Factuality::Actual,
        ),
        ("The vote is set for May 3.", "vote", Factuality::Future),
        // What is announced stands; what it foresees has its own governor.
        (
            "The government announced the suspension of classes on Thursday.",
            "suspension",
            Factuality::Actual,
        ),
        (
            "Mazda announced plans to spend 50 billion yen.",
            "spend",
            Factuality::Future,
        ),
        (
            "Khamenei ordered a direct attack on Israel.",
            "attack",
            Factuality::Future,
        ),
        (
            "Israel failed to stop the attack.",
            "stop",
            Factuality::Negated,
        ),
        // "Look to" is an aim; "looked to have been" how it seemed.
        (
            "Barcelona will be looking to bounce back after losing the final.",
            "bounce",
            Factuality::Hypothetical,
        ),
        (
            "Strachan had looked to have been raging at the referee.",
            "raging",
            Factuality::Actual,
        ),
    ];

    #[test]
    fn factuality_examples() {
        let mut wrong = Vec::new();
        for &(text, trigger, want) in FACTUALITY {
            let doc = Document::new(text);
            let times = tag(&doc, &TimeConfig::default());
            let ev = extract(&doc, &times);
            match ev.find(text, trigger) {
                None => wrong.push(format!("{text}: no event {trigger:?}")),
                Some(e) if e.factuality != want => wrong.push(format!(
                    "{text} [{trigger}]: {:?}, expected {want:?}",
                    e.factuality
                )),
                Some(_) => {}
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
