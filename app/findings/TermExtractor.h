#pragma once

#include "CandidateFinding.h"
#include "CompiledLexicons.h"
#include "SentenceSplitter.h"
#include "UserLexicon.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// Lexicon terms (terms.tsv and the user's terms) as findings: medication, diagnosis, symptom,
// procedure, anatomy, organism, sex. Whole words, case- and accent-insensitive, except short
// all-capital abbreviations, which match only as written. Leftmost-longest: "choque séptico"
// wins over "choque", "dor abdominal" over "dor". Anatomy is matched in a lane of its own and
// may sit inside a symptom ("abdominal" in "abdominal pain": where it hurts), not inside the
// name of a disease, drug or procedure ("heart failure", "chest X-ray"). No term overlaps a
// value, an age, a duration or a vertebral level found before it. A user's term wins over a
// shipped one of the same length. Where no term starts, an analyte named without its value
// ("CRP was normal") is found as the test: a procedure with the analyte's concept.
class TermExtractor {
public:
    TermExtractor(const CompiledLexicons& lexicons, const UserLexicon* user);

    void extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                 int languageIndex, const std::vector<std::uint8_t>& claimed,
                 std::vector<CandidateFinding>& out) const;

private:
    struct Match {
        int tokenCount = 0;
        const TermEntry* entry = nullptr;
    };
    // The longest term at `first` in each lane: [0] all categories but anatomy, [1] anatomy.
    void bestAt(QStringView text, std::span<const Token> tokens, int first, int limit, int languageIndex,
                const std::vector<std::uint8_t>& claimed, bool wantMain, bool wantAnatomy,
                Match (&best)[2]) const;
    Match testNameAt(QStringView text, std::span<const Token> tokens, int first, int limit, int languageIndex,
                     const std::vector<std::uint8_t>& claimed) const;

    const CompiledLexicons& m_lexicons;
    const UserLexicon* m_user;
};

} // namespace caselens::findings
