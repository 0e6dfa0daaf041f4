#pragma once

// Helpers shared by the findings tests.

#include "TestSupport.h"
#include "findings/CompiledLexicons.h"
#include "findings/FindingsEngine.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>

namespace testsupport {

// The small hand-written lexicons of tests/data/findings/lexicons: tests of the engine's
// mechanics do not depend on what the shipped lexicons happen to contain.
inline std::shared_ptr<const caselens::findings::CompiledLexicons> fixtureLexicons()
{
    static const auto lexicons =
        caselens::findings::CompiledLexicons::load(dataPath(QStringLiteral("findings/lexicons")));
    return lexicons;
}

inline std::shared_ptr<const caselens::FindingsEngine> fixtureEngine()
{
    static const auto engine = std::make_shared<const caselens::FindingsEngine>(fixtureLexicons());
    return engine;
}

// The first finding of `category` whose text is `text`, or nullptr.
inline const caselens::Finding* findingOf(const caselens::ExtractionResult& result,
                                          caselens::FindingCategory category, const QString& text)
{
    for (const caselens::Finding& finding : result.findings)
        if (finding.category == category && finding.text == text)
            return &finding;
    return nullptr;
}

// A QStringList from UTF-8 literals (QT_NO_CAST_FROM_ASCII forbids the implicit conversion).
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

inline QString describe(const caselens::ExtractionResult& result)
{
    QString out;
    for (const caselens::Finding& f : result.findings)
        out += QStringLiteral("[%1 %2-%3 '%4' %5]")
                   .arg(toKey(f.category))
                   .arg(f.start)
                   .arg(f.end)
                   .arg(f.text, f.conceptId);
    return out;
}

} // namespace testsupport
