//! Word knowledge derived from WordNet 3.0: lemmas (irregular forms and detachment rules) and the
//! semantic class of a word's most frequent senses ("attack" is first an act, "funeral" an event,
//! "say" a verb of communication). The event detector reads these classes; the summaries read
//! the lemmas.
//!
//! The tables in `data/wordnet/` are generated from WordNet's database files by
//! `eventline train wordnet --dir /usr/share/wordnet --out data/wordnet` (Debian package
//! `wordnet-base`) and carry WordNet's licence beside them. They are compiled into the crate.
//!
//! ```
//! use eventline::wordnet::{WordNet, WordClass};
//! let wn = WordNet::get();
//! assert_eq!(wn.lemma("killed", WordClass::Verb), "kill");
//! assert_eq!(wn.lemma("went", WordClass::Verb), "go");
//! assert_eq!(wn.lemma("processions", WordClass::Noun), "procession");
//! assert_eq!(wn.lemma("bodies", WordClass::Noun), "body");
//! assert!(wn.eventive_noun("assassination"));
//! assert!(!wn.eventive_noun("president"));
//! assert_eq!(wn.verb_lexfile("say"), Some("verb.communication"));
//! ```

use crate::error::{Error, Result};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

/// WordNet's lexicographer files, by number: the coarse semantic class of a sense.
pub const LEXFILES: [&str; 45] = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
];

/// Noun classes whose senses are happenings: act, event, phenomenon, process.
const EVENTIVE: [u8; 4] = [4, 11, 19, 22];
/// Noun classes kept in the table (besides eventive ones): what a news event noun can also be.
const KEPT_NOUNS: [u8; 8] = [4, 9, 10, 11, 12, 19, 22, 26];

/// Which inflection rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// Nouns ("processions" → "procession").
    Noun,
    /// Verbs ("killed" → "kill").
    Verb,
    /// Anything else: the word is its own lemma.
    Other,
}

/// What WordNet says about a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounInfo {
    /// The lexicographer file of its most frequent sense (index into [`LEXFILES`]).
    pub lexfile: u8,
    /// One of its three most frequent senses is an act, event, phenomenon or process.
    pub eventive: bool,
}

/// The loaded tables.
#[derive(Debug)]
pub struct WordNet {
    /// Everything known of a word form, in one entry: a word is hashed once however many of
    /// the tables it is asked about.
    words: FxHashMap<&'static str, Entry>,
}

/// What the tables say of one word form.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    noun: Option<NounInfo>,
    /// The lexicographer file of its most frequent sense as a verb.
    verb: Option<u8>,
    /// The lemma of an irregular noun form ("men" → "man").
    noun_exc: Option<&'static str>,
    /// The lemma of an irregular verb form ("struck" → "strike").
    verb_exc: Option<&'static str>,
}

static SENSES: &str = include_str!("../data/wordnet/senses.txt");
static EXCEPTIONS: &str = include_str!("../data/wordnet/exceptions.txt");

impl WordNet {
    /// The tables compiled into the crate (parsed once, on first use).
    pub fn get() -> &'static WordNet {
        static WN: OnceLock<WordNet> = OnceLock::new();
        WN.get_or_init(|| WordNet::parse(SENSES, EXCEPTIONS))
    }

    fn parse(senses: &'static str, exceptions: &'static str) -> WordNet {
        let mut wn = WordNet {
            words: FxHashMap::default(),
        };
        for line in senses.lines().filter(|l| !l.starts_with('#')) {
            let mut parts = line.split(' ');
            let Some(word) = parts.next() else { continue };
            for p in parts {
                let (kind, rest) = p.split_at(1);
                let eventive = rest.ends_with('e');
                let Ok(lexfile) = rest.trim_end_matches('e').parse::<u8>() else {
                    continue;
                };
                match kind {
                    "n" => {
                        wn.words.entry(word).or_default().noun =
                            Some(NounInfo { lexfile, eventive });
                    }
                    "v" => {
                        wn.words.entry(word).or_default().verb = Some(lexfile);
                    }
                    _ => {}
                }
            }
        }
        for line in exceptions.lines().filter(|l| !l.starts_with('#')) {
            let mut p = line.split(' ');
            if let (Some(kind), Some(form), Some(lemma)) = (p.next(), p.next(), p.next()) {
                match kind {
                    "n" => wn.words.entry(form).or_default().noun_exc = Some(lemma),
                    "v" => wn.words.entry(form).or_default().verb_exc = Some(lemma),
                    _ => {}
                }
            }
        }
        wn
    }

    /// Whether `word` is an irregular inflected form of a verb ("struck", "led", "taken").
    pub fn is_irregular_verb_form(&self, word: &str) -> bool {
        self.entry(word).is_some_and(|e| e.verb_exc.is_some())
    }

    /// Whether `lemma` is a verb WordNet knows.
    pub fn is_verb(&self, lemma: &str) -> bool {
        self.entry(lemma).is_some_and(|e| e.verb.is_some())
    }

    /// The class of the most frequent sense of the verb `lemma`.
    pub fn verb_lexfile(&self, lemma: &str) -> Option<&'static str> {
        self.entry(lemma)
            .and_then(|e| e.verb)
            .map(|l| LEXFILES[l as usize])
    }

    /// What WordNet says about the noun `lemma` (only nouns that can name a happening, a state,
    /// a communication, a feeling or a thought are kept).
    pub fn noun(&self, lemma: &str) -> Option<NounInfo> {
        self.entry(lemma).and_then(|e| e.noun)
    }

    /// Whether one of the three most frequent senses of the noun `lemma` is a happening.
    pub fn eventive_noun(&self, lemma: &str) -> bool {
        self.noun(lemma).is_some_and(|n| n.eventive)
    }

    /// The lemma of the lower-case `word` read as `class`: WordNet's irregular forms first,
    /// then its detachment rules, preferring a result WordNet knows.
    pub fn lemma<'w>(&self, word: &'w str, class: WordClass) -> Cow<'w, str> {
        self.lemma_of(word, self.entry(word), class).0
    }

    /// The lemmas of the lower-case `word` read as a verb and as a noun, each with whether
    /// WordNet knows it as such, looking the word up once for both.
    pub(crate) fn lemmas<'w>(&self, word: &'w str) -> ((Cow<'w, str>, bool), (Cow<'w, str>, bool)) {
        let entry = self.entry(word);
        (
            self.lemma_of(word, entry, WordClass::Verb),
            self.lemma_of(word, entry, WordClass::Noun),
        )
    }

    fn entry(&self, word: &str) -> Option<&Entry> {
        self.words.get(word)
    }

    /// [`WordNet::lemma`], given what the tables say of `word` itself, and whether the tables
    /// know the lemma as `class` (found without a second lookup on the way to the lemma).
    fn lemma_of<'w>(
        &self,
        word: &'w str,
        entry: Option<&Entry>,
        class: WordClass,
    ) -> (Cow<'w, str>, bool) {
        match class {
            WordClass::Other => (Cow::Borrowed(word), false),
            WordClass::Noun => {
                if let Some(l) = entry.and_then(|e| e.noun_exc) {
                    return (Cow::Borrowed(l), self.noun(l).is_some());
                }
                const RULES: [(&str, &str); 8] = [
                    ("ies", "y"),
                    ("ses", "s"),
                    ("xes", "x"),
                    ("zes", "z"),
                    ("ches", "ch"),
                    ("shes", "sh"),
                    ("men", "man"),
                    ("s", ""),
                ];
                let known = entry.is_some_and(|e| e.noun.is_some());
                self.detach(word, known, &RULES, |e| e.noun.is_some())
            }
            WordClass::Verb => {
                if let Some(l) = entry.and_then(|e| e.verb_exc) {
                    return (Cow::Borrowed(l), self.is_verb(l));
                }
                const RULES: [(&str, &str); 8] = [
                    ("ies", "y"),
                    ("es", "e"),
                    ("es", ""),
                    ("s", ""),
                    ("ed", "e"),
                    ("ed", ""),
                    ("ing", "e"),
                    ("ing", ""),
                ];
                let known = entry.is_some_and(|e| e.verb.is_some());
                self.detach(word, known, &RULES, |e| e.verb.is_some())
            }
        }
    }

    /// `word` itself if it is `known`, else the first stem by `rules` that the tables know
    /// as `known_as` says; with whether the result is known so.
    fn detach<'w>(
        &self,
        word: &'w str,
        known: bool,
        rules: &[(&str, &str)],
        known_as: impl Fn(&Entry) -> bool,
    ) -> (Cow<'w, str>, bool) {
        if known {
            return (Cow::Borrowed(word), true);
        }
        // Stems are built on the stack; a stem longer than the buffer is no word WordNet knows.
        let mut buf = [0u8; 48];
        let mut fallback: Option<(usize, usize)> = None;
        let w = word.as_bytes();
        for (rule, (suffix, repl)) in rules.iter().enumerate() {
            let (s, r) = (suffix.as_bytes(), repl.as_bytes());
            // Most words end in none of the suffixes: the last byte settles it without a call.
            if w.last() != s.last() || w.len() < s.len() + 2 {
                continue;
            }
            let stem = &w[..w.len() - s.len()];
            if &w[stem.len()..] != s {
                continue;
            }
            let len = stem.len() + r.len();
            if let Some(b) = buf.get_mut(..len) {
                b[..stem.len()].copy_from_slice(stem);
                b[stem.len()..].copy_from_slice(r);
            }
            // A word cut before an ASCII suffix, with an ASCII ending, is still UTF-8.
            let candidate = buf.get(..len).and_then(|b| std::str::from_utf8(b).ok());
            if let Some((k, e)) = candidate.and_then(|c| self.words.get_key_value(c)) {
                if known_as(e) {
                    return (Cow::Borrowed(k), true);
                }
            }
            // A doubled consonant before "-ed"/"-ing" ("stopped").
            if r.is_empty()
                && stem.len() >= 3
                && stem[stem.len() - 1].is_ascii_alphabetic()
                && stem[stem.len() - 1] == stem[stem.len() - 2]
                && (*suffix == "ed" || *suffix == "ing")
            {
                let single = &word[..stem.len() - 1];
                if let Some((k, e)) = self
                    .words
                    .get_key_value(single)
                    .filter(|(_, e)| e.verb.is_some())
                {
                    return (Cow::Borrowed(k), known_as(e));
                }
            }
            // Unknown to WordNet: the first rule that applies ("bodies" → "body"), except that
            // "-es" and "-ed" keep their "e" only when WordNet says so.
            if fallback.is_none() && (r.is_empty() || *suffix == "ies") && !word.ends_with("ss") {
                fallback = Some((rule, stem.len()));
            }
        }
        match fallback {
            // Neither is known: the first was looked up above, and `word` was not `known`.
            Some((rule, stem)) => (
                Cow::Owned(format!("{}{}", &word[..stem], rules[rule].1)),
                false,
            ),
            None => (Cow::Borrowed(word), false),
        }
    }
}

/// Generate the two tables from a WordNet 3.0 database directory (with `index.noun`,
/// `data.noun`, `index.verb`, `data.verb`, `noun.exc`, `verb.exc`): returns the text of
/// `senses.txt` and of `exceptions.txt`.
pub fn build(dir: &Path) -> Result<(String, String)> {
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p).map_err(|e| Error::io(format!("reading {}", p.display()), e))
    };
    let simple = |w: &str| {
        !w.is_empty()
            && w.split('-').all(|p| !p.is_empty())
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    };
    let senses = |index: &str, data: &str| -> Result<Vec<(String, Vec<u8>)>> {
        let mut lexfile_of: FxHashMap<&str, u8> = FxHashMap::default();
        for line in data.lines().filter(|l| !l.starts_with(' ')) {
            let mut p = line.split(' ');
            if let (Some(off), Some(lex)) = (p.next(), p.next()) {
                if let Ok(l) = lex.parse() {
                    lexfile_of.insert(off, l);
                }
            }
        }
        let mut out = Vec::new();
        for line in index.lines().filter(|l| !l.starts_with(' ')) {
            let p: Vec<&str> = line.split_whitespace().collect();
            if p.len() < 6 || !simple(p[0]) {
                continue;
            }
            let bad = || Error::Eval {
                context: format!("WordNet index line {:?}", p[0]),
                reason: "not in WordNet's index format".into(),
            };
            let ptrs: usize = p[3].parse().map_err(|_| bad())?;
            let offsets = p.get(4 + ptrs + 2..).ok_or_else(bad)?;
            let lex: Vec<u8> = offsets
                .iter()
                .filter_map(|o| lexfile_of.get(o).copied())
                .collect();
            if !lex.is_empty() {
                out.push((p[0].to_string(), lex));
            }
        }
        Ok(out)
    };
    let nouns = senses(&read("index.noun")?, &read("data.noun")?)?;
    let verbs = senses(&read("index.verb")?, &read("data.verb")?)?;
    let mut words: std::collections::BTreeMap<String, String> = Default::default();
    for (w, lex) in nouns {
        let eventive = lex.iter().take(3).any(|l| EVENTIVE.contains(l));
        if eventive || KEPT_NOUNS.contains(&lex[0]) {
            let e = if eventive { "e" } else { "" };
            words.insert(w, format!("n{}{e}", lex[0]));
        }
    }
    for (w, lex) in verbs {
        let entry = words.entry(w).or_default();
        if !entry.is_empty() {
            entry.push(' ');
        }
        let _ = write!(entry, "v{}", lex[0]);
    }
    let mut s = String::from(
        "# WordNet 3.0 (see LICENSE): word, then n<lexfile>[e] for a noun (e: an act, event,\n\
         # phenomenon or process among its first three senses) and v<lexfile> for a verb.\n\
         # Generated by `eventline train wordnet`.\n",
    );
    for (w, info) in words {
        let _ = writeln!(s, "{w} {info}");
    }
    let mut e = String::from(
        "# WordNet 3.0 (see LICENSE) irregular forms: class, form, lemma.\n\
         # Generated by `eventline train wordnet`.\n",
    );
    for (kind, file) in [("n", "noun.exc"), ("v", "verb.exc")] {
        for line in read(file)?.lines() {
            let p: Vec<&str> = line.split(' ').collect();
            if p.len() >= 2 && simple(p[0]) && simple(p[1]) {
                let _ = writeln!(e, "{kind} {} {}", p[0], p[1]);
            }
        }
    }
    Ok((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_regular_irregular_and_odd_words() {
        let wn = WordNet::get();
        assert_eq!(wn.lemma("stopped", WordClass::Verb), "stop");
        assert_eq!(wn.lemma("bodies", WordClass::Noun), "body");
        assert_eq!(wn.lemma("went", WordClass::Verb), "go");
        // A doubled last byte inside a multi-byte letter is not a doubled consonant.
        assert_eq!(wn.lemma("\u{10a28}ed", WordClass::Verb), "\u{10a28}");
        assert_eq!(wn.lemma("making", WordClass::Verb), "make");
        assert_eq!(wn.lemma("running", WordClass::Verb), "run");
        assert_eq!(wn.lemma("kisses", WordClass::Noun), "kiss");
        assert_eq!(wn.lemma("kisses", WordClass::Verb), "kiss");
        // Unknown words: the first rule that drops a suffix; "-ss" is no plural.
        assert_eq!(wn.lemma("glorbed", WordClass::Verb), "glorb");
        assert_eq!(wn.lemma("zorbies", WordClass::Noun), "zorby");
        assert_eq!(wn.lemma("glass", WordClass::Noun), "glass");
        let long = format!("{}s", "x".repeat(60));
        assert_eq!(wn.lemma(&long, WordClass::Noun), &long[..60]);
        // Words that end in no suffix are themselves.
        assert_eq!(wn.lemma("president", WordClass::Verb), "president");
        assert_eq!(wn.lemma("été", WordClass::Noun), "été");
    }

    /// The flags `lemmas` returns say what looking each lemma up again would.
    #[test]
    fn lemmas_know_their_own_classes() {
        let wn = WordNet::get();
        let words = "went men struck stopped running bodies kisses glorbed zorbies glass \
            leaves axes data funeral funerals ordered orders attacks was has led taken \
            the of , news president presidents fought children criteria flies dying";
        for w in words.split_whitespace() {
            let ((verb, is_verb), (noun, is_noun)) = wn.lemmas(w);
            assert_eq!(is_verb, wn.is_verb(&verb), "{w} as a verb: {verb}");
            assert_eq!(is_noun, wn.noun(&noun).is_some(), "{w} as a noun: {noun}");
        }
    }
}
