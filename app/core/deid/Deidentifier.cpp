#include "Deidentifier.h"

#include "DateFinder.h"
#include "NamePlaceFinder.h"
#include "NumberFinder.h"
#include "TextEdits.h"
#include "storage/CaseRepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace caselens {
namespace {

constexpr int kRecurrencePriority = 1;

struct Field {
    QString name;
    QString language;
    QString text;
    int itemIndex = -1;
    QList<DetectedSpan> spans;
};

QString placeholderPrefix(DeidKind kind)
{
    switch (kind) {
    case DeidKind::Name:
        return QStringLiteral("NAME");
    case DeidKind::Place:
        return QStringLiteral("PLACE");
    case DeidKind::Identifier:
        return QStringLiteral("ID");
    case DeidKind::Phone:
        return QStringLiteral("PHONE");
    case DeidKind::Date:
        return QStringLiteral("DATE");
    case DeidKind::Age:
        return QStringLiteral("AGE");
    }
    return QStringLiteral("REDACTED");
}

// Every other occurrence of a found name or place, in any field, as a whole word.
void addRecurrences(QList<Field>& fields)
{
    struct Known {
        DeidKind kind;
        QString surface;
        QString key;
    };
    QList<Known> known;
    QSet<QString> seen;
    for (const Field& field : fields)
        for (const DetectedSpan& span : field.spans) {
            if (span.kind != DeidKind::Name && span.kind != DeidKind::Place)
                continue;
            const QString surface = field.text.mid(span.start, span.end - span.start).simplified();
            if (!seen.contains(surface)) {
                seen.insert(surface);
                known << Known{span.kind, surface, span.key};
            }
            if (span.kind == DeidKind::Name)
                for (const QString& word : NamePlaceFinder::distinctiveWords(surface))
                    if (!seen.contains(word)) {
                        seen.insert(word);
                        known << Known{span.kind, word, span.key};
                    }
        }
    for (const Known& entry : known) {
        QString pattern = QRegularExpression::escape(entry.surface);
        pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
        const QRegularExpression expression(
            QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])").arg(pattern),
            QRegularExpression::UseUnicodePropertiesOption);
        for (Field& field : fields)
            for (auto it = expression.globalMatch(field.text); it.hasNext();) {
                const auto m = it.next();
                field.spans << DetectedSpan{entry.kind, int(m.capturedStart()), int(m.capturedEnd()), {},
                                            entry.key,  kRecurrencePriority};
            }
    }
}

// Keeps the strongest of overlapping spans: higher priority, then longer, then earlier.
QList<DetectedSpan> resolveOverlaps(QList<DetectedSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const DetectedSpan& a, const DetectedSpan& b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        return a.start < b.start;
    });
    QList<DetectedSpan> kept;
    for (const DetectedSpan& span : spans) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const DetectedSpan& other) {
            return span.start < other.end && other.start < span.end;
        });
        if (!overlaps && span.end > span.start)
            kept << span;
    }
    std::sort(kept.begin(), kept.end(),
              [](const DetectedSpan& a, const DetectedSpan& b) { return a.start < b.start; });
    return kept;
}

} // namespace

int Deidentifier::shiftDaysFor(const Case& aCase)
{
    const QByteArray seed =
        QByteArrayLiteral("caselens-deid-shift:") + storage::CaseRepository::contentHashOf(aCase).toLatin1();
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    quint32 bits = 0;
    for (int i = 0; i < 4; ++i)
        bits = (bits << 8) | quint8(digest[i]);
    const int days = 30 + int(bits % 336u);
    return (bits >> 31) ? days : -days;
}

Deidentifier::Outcome Deidentifier::apply(const CaseBundle& input)
{
    Outcome outcome;
    outcome.bundle = input;
    outcome.shiftDays = shiftDaysFor(input.aCase);
    CaseBundle& bundle = outcome.bundle;

    QList<Field> fields;
    for (const Document& document : bundle.aCase.documents)
        fields << Field{toKey(document.role), document.language, document.text, -1, {}};
    const qsizetype documentCount = fields.size();
    fields << Field{QStringLiteral("title"), {}, bundle.aCase.title, -1, {}};
    fields << Field{QStringLiteral("source"), {}, bundle.aCase.source, -1, {}};
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i)
        fields << Field{bundle.annotations[i].isWholeCase() ? QStringLiteral("note")
                                                            : QStringLiteral("annotation"),
                        {},
                        bundle.annotations[i].comment,
                        int(i),
                        {}};

    const DateFinder dates(outcome.shiftDays);
    const NamePlaceFinder namesAndPlaces;
    const NumberFinder numbers;
    for (Field& field : fields) {
        field.spans << dates.find(field.text, field.language);
        field.spans << namesAndPlaces.find(field.text);
        field.spans << numbers.find(field.text);
    }
    addRecurrences(fields);

    QHash<QString, int> placeholderNumber; // kind + key -> number
    QHash<DeidKind, int> lastNumber;
    QList<TextEdits> editsOfField;
    for (Field& field : fields) {
        field.spans = resolveOverlaps(field.spans);
        QList<TextEdits::Edit> edits;
        for (DetectedSpan& span : field.spans) {
            if (span.replacement.isEmpty()) {
                const QString id = placeholderPrefix(span.kind) + QLatin1Char(':') + span.key;
                if (!placeholderNumber.contains(id))
                    placeholderNumber.insert(id, ++lastNumber[span.kind]);
                span.replacement = QStringLiteral("[%1-%2]")
                                       .arg(placeholderPrefix(span.kind))
                                       .arg(placeholderNumber.value(id));
            }
            const int start = codePointIndexOf(field.text, span.start);
            const int end = codePointIndexOf(field.text, span.end);
            edits << TextEdits::Edit{start, end, span.replacement};
            outcome.replacements << DeidReplacement{span.kind,
                                                    field.name,
                                                    field.language,
                                                    field.itemIndex,
                                                    start,
                                                    end,
                                                    field.text.mid(span.start, span.end - span.start),
                                                    span.replacement};
        }
        editsOfField << TextEdits(edits);
    }

    // Texts, then everything that points into them.
    QHash<DocumentRole, qsizetype> fieldOfRole;
    for (qsizetype i = 0; i < documentCount; ++i) {
        Document& document = bundle.aCase.documents[i];
        fieldOfRole.insert(document.role, i);
        document.text = editsOfField[i].apply(document.text);
        document.contentHash.clear();
    }
    bundle.aCase.title = editsOfField[documentCount].apply(bundle.aCase.title);
    bundle.aCase.source = editsOfField[documentCount + 1].apply(bundle.aCase.source);

    QList<QList<int>> indexOfDocument;
    for (qsizetype i = 0; i < documentCount; ++i)
        indexOfDocument << utf16IndexOfCodePoints(bundle.aCase.documents[i].text);
    for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
        Finding& finding = bundle.findings[i];
        const qsizetype field =
            fieldOfRole.value(bundle.findingDocumentRoles.value(i, DocumentRole::Original), 0);
        if (editsOfField[field].isEmpty())
            continue;
        const auto [start, end] = editsOfField[field].mapSpan(finding.start, finding.end);
        const bool changed = start != finding.start || end - start != finding.end - finding.start;
        finding.start = start;
        finding.end = end;
        const QList<int>& index = indexOfDocument[field];
        finding.text =
            bundle.aCase.documents[field].text.mid(index.value(start), index.value(end) - index.value(start));
        // An exact age over 89 in a value would undo the masking of the text.
        if (changed && finding.category == FindingCategory::Age && finding.value && *finding.value > 89)
            finding.value = 90;
    }
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
        Annotation& annotation = bundle.annotations[i];
        annotation.comment = editsOfField[documentCount + 2 + i].apply(annotation.comment);
        if (annotation.isWholeCase())
            continue;
        const qsizetype field =
            fieldOfRole.value(bundle.annotationDocumentRoles.value(i, DocumentRole::Original), 0);
        std::tie(annotation.start, annotation.end) =
            editsOfField[field].mapSpan(annotation.start, annotation.end);
    }
    bundle.history.clear();
    return outcome;
}

} // namespace caselens
