#include "entity_cues.h"

#include <string>

#include "entity_chars.h"

namespace tx {
namespace entity {
namespace {

using namespace std::string_view_literals;

constexpr int kMaxSkipped = 6;     // words between a head noun and the name
constexpr int kMaxAppositionSkip = 2;

class CueReader {
 public:
  CueReader(std::u16string_view text, const std::vector<Token>& tokens)
      : text_(text),
        t_(tokens),
        lex_(Lexicons::get()),
        n_(static_cast<int>(tokens.size())) {}

  void read(Mention& m) {
    sentence_ = t_[m.first].sentence;
    // "the Santa Clara-based company": a name inside a compound adjective
    // is no head of the phrase around it.
    if (m.last < n_ && punct(m.last, u'-') && !t_[m.last].space_before) return;
    title(m);
    role_of(m);
    noun_before(m);
    verb_or_prep(m);
    apposition(m);
    product_noun_after(m);
  }

 private:
  // Token j exists, is in the mention's sentence and on the same line as j + 1.
  bool usable(int j, int next) const {
    if (j < 0 || j >= n_ || t_[j].sentence != sentence_) return false;
    for (int k = std::min(j, next) + 1; k <= std::max(j, next) && k < n_; ++k)
      if (t_[k].newline_before) return false;
    return true;
  }
  bool word(int j) const { return j >= 0 && j < n_ && t_[j].kind == TokenKind::kWord; }
  bool punct(int j, char16_t c) const {
    return j >= 0 && j < n_ && t_[j].kind == TokenKind::kPunct && text_[t_[j].start] == c;
  }
  // Place preposition read in lower case with accents ("à" is not "a"):
  // the word j alone, or else the words j - 1 and j (both words).
  EType prep_of_word(int j) const { return t_[j].facts->prep; }
  EType prep_ending_at(int j) {
    EType prep = prep_of_word(j);
    if (prep != EType::kNone || !t_[j].facts->ends_prep_phrase || !word(j - 1) || !usable(j - 1, j)) return prep;
    const std::u16string& first = t_[j - 1].facts->case_folded;
    const std::u16string& second = t_[j].facts->case_folded;
    phrase_.clear();
    phrase_.insert(phrase_.end(), first.begin(), first.end());
    phrase_.push_back(u' ');
    phrase_.insert(phrase_.end(), second.begin(), second.end());
    return lex_.prep_cue(std::u16string_view(phrase_.data(), phrase_.size()));
  }
  // Cue of `kind` made of the one or two words ending at j; *start gets its first token.
  EType cue_ending_at(CueKind kind, int j, int* start) const {
    if (!word(j)) return EType::kNone;
    if (word(j - 1) && usable(j - 1, j)) {
      EType two = lex_.cue(kind, *t_[j - 1].facts, *t_[j].facts);
      if (two != EType::kNone) { *start = j - 1; return two; }
    }
    *start = j;
    return t_[j].facts->cue(kind);
  }
  // A cue word is written in lower case (or capitals: "PDG", "CEO"), or
  // capitalized at the start of its sentence.
  bool cue_shaped(int j) const { return !t_[j].cap || t_[j].all_caps || t_[j].weak; }

  void title(Mention& m) {
    // The sentence splitter may cut after "Dr.": only the line must be the same.
    int j = m.first - 1;
    if (punct(j, u'.')) --j;
    if (j < 0 || !word(j) || t_[j + 1].newline_before || t_[m.first].newline_before) return;
    if (t_[j].facts->has_cue(CueKind::kTitle)) m.evidence(EType::kPerson, kTitle, Rule::kTitleCue);
  }

  bool of_word(int j) const {
    if (!word(j)) return false;
    return is_of_word(t_[j].folded());
  }

  void role_of(Mention& m) {
    int j = m.first - 1;
    if (word(j) && t_[j].folded() == u"the"sv && of_word(j - 1)) --j;
    if (!usable(j, m.first) || !of_word(j)) return;
    int start;
    EType type = cue_ending_at(CueKind::kOf, j - 1, &start);
    if (type != EType::kNone && usable(start, m.first) && cue_shaped(j - 1)) m.evidence(type, kRoleOf, Rule::kRoleOf);
  }

  // A word that may stand between a head noun and the name: a lower-case
  // adjective or complement ("londonienne", "d’intelligence artificielle"),
  // or an acronym in parentheses ("(IA)").
  bool skippable(int j, int toward) const {
    const Token& t = t_[j];
    if (t.kind == TokenKind::kPunct) return punct(j, u'(') || punct(j, u')');
    if (t.kind != TokenKind::kWord) return false;
    if (t.all_caps && (punct(j - 1, u'(') || t.facts->is_not_name(t.all_caps))) return true;
    if (t.cap) return false;
    if (of_word(j) || t.elision)
      return word(toward) && (!t_[toward].cap || t_[toward].facts->is_not_name(t_[toward].all_caps));
    return !t.facts->has_cue(CueKind::kStop);
  }

  void noun_before(Mention& m) {
    // "le président du club, Nasser al-Khelaïfi": a role before a comma
    // names the person after it.
    const bool after_comma = punct(m.first - 1, u',');
    int j = after_comma ? m.first - 2 : m.first - 1, skipped = 0;
    while (usable(j, j + 1)) {
      int start;
      EType type = cue_ending_at(CueKind::kNoun, j, &start);
      // Titles before a name are capitalized in English ("Prime Minister").
      if (type != EType::kNone && (cue_shaped(j) || type == EType::kPerson) &&
          !(after_comma && type != EType::kPerson)) {
        m.evidence(type, skipped == 0 && !after_comma ? kNounCue : kNounCueFar, Rule::kNounCue);
        return;
      }
      bool can_skip = j + 1 == m.first ? skippable_first(j, m.first) : skippable(j, j + 1);
      if (after_comma && j + 2 == m.first) can_skip = skippable(j, j + 1);
      if (skipped >= kMaxSkipped || !can_skip) return;
      --j;
      ++skipped;
    }
  }
  // The word right before the name may not be "de" ("le modèle économique
  // de Google" says nothing of Google).
  bool skippable_first(int j, int name) const {
    if (of_word(j) || (word(j) && t_[j].elision)) return false;
    return skippable(j, name);
  }

  void verb_or_prep(Mention& m) {
    int j = m.first - 1;
    if (!usable(j, m.first) || !word(j)) return;
    int start;
    EType verb = cue_ending_at(CueKind::kVerb, j, &start);
    if (verb != EType::kNone && !t_[j].cap) m.evidence(verb, kVerbCue, Rule::kVerbCue);
    EType prep = prep_ending_at(j);
    if (prep != EType::kNone) m.evidence(prep, kPrepCue, Rule::kPrepCue);
  }

  // "its Blackwell chips", "the ChatGPT app": a product noun right after.
  void product_noun_after(Mention& m) {
    int k = m.last;
    if (!word(k) || !usable(k, k - 1) || t_[k].cap || !t_[k].space_before) return;
    if (t_[k].facts->cue(CueKind::kNoun) == EType::kProduct && !lex_.adjective_like(t_[k].folded()))
      m.evidence(EType::kProduct, kPrepCue, Rule::kNounAfter);
  }

  void apposition(Mention& m) {
    int k = m.last;
    if (m.number_end >= 0 && k < n_ && t_[k].kind == TokenKind::kNumber) ++k;
    if (!punct(k, u',') || !usable(k, k - 1)) return;
    // "À Lyon, la start-up X": after a preposition the phrase describes
    // what follows, not the place.
    int before = m.first - 1;
    if (word(before) && usable(before, m.first) &&
        (t_[before].facts->has_cue(CueKind::kStop) || prep_of_word(before) != EType::kNone))
      return;
    for (int j = k + 1, skipped = 0; j < n_ && usable(j, j - 1) && word(j) && skipped <= kMaxAppositionSkip;
         ++j, ++skipped) {
      if (!cue_shaped(j) && t_[j].cap) return;
      if (of_word(j)) return;  // "Anthropic, concepteur du chatbot Claude": the cue is Claude's
      EType type = t_[j].facts->cue(CueKind::kNoun);
      if (word(j + 1) && usable(j + 1, j)) {
        EType two = lex_.cue(CueKind::kNoun, *t_[j].facts, *t_[j + 1].facts);
        if (two != EType::kNone) type = two;
      }
      if (type != EType::kNone) {
        m.evidence(type, kApposition, Rule::kApposition);
        return;
      }
      if (t_[j].cap && !t_[j].all_caps) return;
    }
  }

  std::u16string_view text_;
  const std::vector<Token>& t_;
  const Lexicons& lex_;
  const int n_;
  int32_t sentence_ = 0;
  UnitBuffer phrase_;  // reused by prep_ending_at
};

}  // namespace

void apply_context_cues(std::u16string_view text, const std::vector<Token>& tokens,
                        std::vector<Mention>& mentions) {
  CueReader reader(text, tokens);
  for (Mention& m : mentions) reader.read(m);
}

}  // namespace entity
}  // namespace tx
