#pragma once

#include "findings/ExtractionResult.h"

#include <QString>

namespace caselens::cli {

// JSON for findings, written by hand so that keys keep the documented order
// ({"category", "start", "end", "text", ...}) that QJsonObject would sort away.
class FindingJson {
public:
    static QString string(const QString& text); // a JSON string literal, quotes included
    static QString number(double value);        // shortest form that reads back the same
    static QString finding(const Finding& finding);
    // {"language": ..., "findings": [...]} and, with sentences, "sentences" and "sections".
    static QString extraction(const ExtractionResult& result, bool withSentences, const QString& indent = {});
    static QString pair(const PairResult& pair);
};

} // namespace caselens::cli
