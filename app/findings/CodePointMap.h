#pragma once

#include <QStringView>

#include <vector>

namespace caselens::findings {

// Converts UTF-16 positions (QString's) into code-point positions (what brat, the CLI's JSON
// and the library store). Free for texts without surrogate pairs, which is nearly all of them.
class CodePointMap {
public:
    void reset(QStringView text);
    int toCodePoint(int utf16) const
    {
        return m_lowSurrogatesBefore.empty() ? utf16
                                             : utf16 - m_lowSurrogatesBefore[static_cast<std::size_t>(utf16)];
    }
    // The other way, for callers that hold code-point offsets (tests, the `context` command).
    static int toUtf16(QStringView text, int codePoint);

private:
    std::vector<int> m_lowSurrogatesBefore; // empty when the text has none
};

} // namespace caselens::findings
