#include "ExportDocumentBuilder.h"

#include "CaseTextLayout.h"
#include "FindingPairs.h"
#include "TeachingPlan.h"
#include "model/Language.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace caselens {
namespace {

QString number(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

QString flagText(ValueFlag flag)
{
    switch (flag) {
    case ValueFlag::High:
        return ExportText::tr("↑ high");
    case ValueFlag::Low:
        return ExportText::tr("↓ low");
    case ValueFlag::Normal:
        return ExportText::tr("normal");
    case ValueFlag::None:
        break;
    }
    return {};
}

QString superscript(const QString& digits)
{
    static const QString kSuperscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString result;
    for (const QChar c : digits)
        result += c.isDigit() ? kSuperscripts[c.digitValue()] : c;
    return result;
}

QString date(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString where(DocumentRole role, const Case& aCase)
{
    const Document* document = role == DocumentRole::Original ? aCase.original() : aCase.translation();
    return QStringLiteral("%1 (%2)").arg(role == DocumentRole::Original ? ExportText::tr("Original")
                                                                        : ExportText::tr("Translation"),
                                         document ? document->language : QString());
}

// The people who reviewed the case: authors of its history and of its annotations.
QStringList reviewers(const CaseBundle& bundle)
{
    QStringList names;
    for (const AuditEntry& entry : bundle.history)
        if (!entry.author.isEmpty() && !names.contains(entry.author))
            names << entry.author;
    for (const Annotation& annotation : bundle.annotations)
        if (!annotation.author.isEmpty() && !names.contains(annotation.author))
            names << annotation.author;
    return names;
}

FindingRow rowOf(const Finding* original, const Finding* translation)
{
    const Finding& main = original ? *original : *translation;
    FindingRow row;
    row.category = main.category;
    row.originalText = original ? original->text.simplified() : QString();
    row.translationText = translation ? translation->text.simplified() : QString();
    row.value = ExportDocumentBuilder::formatValue(main);
    row.unit = main.value ? ExportDocumentBuilder::displayUnit(main.unit) : QString();
    if (main.value && main.unitInferred && !row.unit.isEmpty())
        row.unit += ExportText::tr(" (assumed)");
    row.flag = flagText(main.flag);
    row.state = displayName(main.state); // a word for the reader, not the file key
    row.negated = main.negated;
    row.uncertain = main.uncertain;
    return row;
}

// Findings table rows (rejected findings are left out: the reviewer said they are wrong).
QList<FindingRow> findingRows(const CaseBundle& bundle, const std::function<bool(qsizetype)>& include)
{
    QList<FindingRow> rows;
    const auto shown = [&](qsizetype i) {
        return include(i) && bundle.findings[i].state != FindingState::Rejected;
    };
    for (const FindingPair& pair : pairFindings(bundle, shown))
        rows << rowOf(pair.original >= 0 ? &bundle.findings[pair.original] : nullptr,
                      pair.translation >= 0 ? &bundle.findings[pair.translation] : nullptr);
    return rows;
}

AnnotationEntry entryOf(const CaseBundle& bundle, qsizetype index, int number, const TeachingPlan* teaching,
                        bool onAnswerPage)
{
    const Annotation& annotation = bundle.annotations[index];
    AnnotationEntry entry;
    entry.number = number;
    entry.label = annotation.label;
    entry.subtype = annotation.subtype;
    entry.comment = annotation.comment;
    entry.author = annotation.author;
    entry.date = annotation.updatedAt.isValid() ? annotation.updatedAt : annotation.createdAt;
    if (!annotation.isWholeCase()) {
        const DocumentRole role = bundle.annotationDocumentRoles.value(index);
        entry.where = where(role, bundle.aCase);
        const Document* document =
            role == DocumentRole::Original ? bundle.aCase.original() : bundle.aCase.translation();
        if (document) {
            const QList<uint> codePoints = document->text.toUcs4();
            const int start = std::clamp(annotation.start, 0, int(codePoints.size()));
            const int end = std::clamp(annotation.end, start, int(codePoints.size()));
            entry.quote = QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData() + start),
                                            end - start)
                              .simplified();
        }
    }
    if (teaching && !onAnswerPage) {
        entry.quote = teaching->masked(entry.quote);
        entry.comment = teaching->masked(entry.comment);
    }
    return entry;
}

} // namespace

QString ExportDocumentBuilder::displayUnit(const QString& ucum)
{
    static const QHash<QString, QString> kWords{
        {QStringLiteral("a"), ExportText::tr("years")},  {QStringLiteral("mo"), ExportText::tr("months")},
        {QStringLiteral("wk"), ExportText::tr("weeks")}, {QStringLiteral("d"), ExportText::tr("days")},
        {QStringLiteral("Cel"), QStringLiteral("°C")},   {QStringLiteral("[degF]"), QStringLiteral("°F")},
    };
    if (const auto word = kWords.constFind(ucum); word != kWords.constEnd())
        return word.value();
    QString unit = ucum;
    unit.replace(QStringLiteral("mm[Hg]"), QStringLiteral("mmHg"));
    unit.replace(QStringLiteral("[iU]"), QStringLiteral("IU"));
    unit.replace(QStringLiteral("[IU]"), QStringLiteral("IU"));
    static const QRegularExpression power(QStringLiteral("10\\*(\\d+)"));
    for (auto match = power.match(unit); match.hasMatch(); match = power.match(unit))
        unit.replace(match.capturedStart(), match.capturedLength(),
                     QStringLiteral("×10") + superscript(match.captured(1)));
    static const QRegularExpression micro(QStringLiteral("(?<![A-Za-z])u(?=(?:L|g|mol|IU|U)\\b)"));
    unit.replace(micro, QStringLiteral("µ"));
    return unit;
}

QString ExportDocumentBuilder::formatValue(const Finding& finding)
{
    if (!finding.value)
        return {};
    QString text = number(*finding.value);
    if (finding.secondValue)
        text += QLatin1Char('/') + number(*finding.secondValue);
    return text;
}

ExportDocument ExportDocumentBuilder::build(const PreparedCase& prepared, const ExportOptions& options,
                                            const FindingsEngine& engine)
{
    const CaseBundle& bundle = prepared.bundle;
    const Case& aCase = bundle.aCase;
    std::optional<TeachingPlan> teaching;
    if (options.teaching && options.teachingApplies())
        teaching = TeachingPlan::make(prepared, engine);
    const TeachingPlan* plan = teaching ? &*teaching : nullptr;
    const CaseTextLayout layout(prepared, plan);

    ExportDocument document;
    const QString title =
        aCase.title.trimmed().isEmpty() ? ExportText::tr("Untitled case") : aCase.title.trimmed();
    QStringList languageNames;
    for (const QString& code : aCase.languages())
        languageNames << language::nativeName(code);
    const QString languages = languageNames.join(QStringLiteral(" → "));
    document.title = plan ? ExportText::tr("Teaching case") : title;
    document.runningHeader = plan ? ExportText::tr("Teaching case · %1").arg(languages) : title;

    document.meta << MetaField{ExportText::tr("Languages"), languages};
    document.meta << MetaField{ExportText::tr("Review status"), displayName(aCase.status)};
    const QStringList people = reviewers(bundle);
    document.meta << MetaField{people.size() > 1 ? ExportText::tr("Reviewers") : ExportText::tr("Reviewer"),
                               people.isEmpty() ? ExportText::tr("—") : people.join(QStringLiteral(", "))};
    const QDateTime generated =
        options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTime();
    document.meta << MetaField{
        ExportText::tr("Date"),
        aCase.updatedAt.isValid()
            ? ExportText::tr("last changed %1, exported %2").arg(date(aCase.updatedAt), date(generated))
            : ExportText::tr("exported %1").arg(date(generated))};
    if (bundle.translationCheck && aCase.translation())
        document.meta << MetaField{
            ExportText::tr("Translation check"),
            ExportText::tr("score %1 of 100 · %2 critical, %3 major, %4 minor issue(s) open")
                .arg(bundle.translationCheck->score, 0, 'f', 1)
                .arg(bundle.translationCheck->critical)
                .arg(bundle.translationCheck->major)
                .arg(bundle.translationCheck->minor)};
    if (plan)
        document.meta << MetaField{ExportText::tr("Tags"), ExportText::tr("on the answer page")};
    else
        document.meta << MetaField{ExportText::tr("Tags"), aCase.tags.isEmpty()
                                                               ? ExportText::tr("—")
                                                               : aCase.tags.join(QStringLiteral(", "))};

    if (plan)
        document.notices << ExportText::tr(
            "Teaching version: the final diagnosis, the words that name it and the teaching "
            "points are on the answer page at the end.");
    if (options.deidentify)
        document.notices << ExportText::tr(
            "De-identified: dates shifted by a fixed number of days; names, places, identifiers "
            "and phone numbers replaced by placeholders such as [NAME-1]; ages over 89 given "
            "as 90 or more (%n change(s)).",
            nullptr, int(prepared.replacements.size()));
    if (prepared.findingsFromEngine)
        document.notices << ExportText::tr(
            "The findings were proposed by the findings engine; no reviewer has checked them yet.");

    document.legend = layout.shownCategories();
    document.sideBySide = options.layout == ExportLayout::SideBySide && layout.canAlign();
    if (document.sideBySide) {
        document.columnHeadings << CaseTextLayout::heading(DocumentRole::Original, aCase.original()->language)
                                << CaseTextLayout::heading(DocumentRole::Translation,
                                                           aCase.translation()->language);
        document.rows = layout.alignedRows();
    } else {
        document.stacked = layout.stacked();
    }

    document.findingColumns << ExportText::tr("Category");
    if (const Document* original = aCase.original())
        document.findingColumns << ExportText::tr("Original (%1)").arg(original->language);
    if (const Document* translation = aCase.translation())
        document.findingColumns << ExportText::tr("Translation (%1)").arg(translation->language);
    document.findingColumns << ExportText::tr("Value") << ExportText::tr("Unit") << ExportText::tr("Flag")
                            << ExportText::tr("State");
    document.findings = findingRows(bundle, [&](qsizetype i) { return !plan || !plan->isHiddenFinding(i); });

    QList<std::pair<int, qsizetype>> numbered;
    for (auto it = layout.annotationNumbers().cbegin(); it != layout.annotationNumbers().cend(); ++it)
        numbered << std::pair{it.value(), it.key()};
    std::sort(numbered.begin(), numbered.end());
    for (const auto& [number, index] : numbered)
        document.annotations << entryOf(bundle, index, number, plan, false);
    for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
        if (!bundle.annotations[i].isWholeCase())
            continue;
        if (!plan)
            document.notes << entryOf(bundle, i, 0, nullptr, false);
        else if (plan->isQuestion(i))
            document.questions << entryOf(bundle, i, 0, plan, false);
    }

    if (plan) {
        AnswerPage answer;
        answer.caseIdentity << MetaField{ExportText::tr("Case"), title};
        answer.caseIdentity << MetaField{ExportText::tr("Tags"), aCase.tags.isEmpty()
                                                                     ? ExportText::tr("—")
                                                                     : aCase.tags.join(QStringLiteral(", "))};
        if (!plan->foundDiagnosis())
            answer.note = ExportText::tr(
                "No diagnosis section (\"Diagnosis:\", \"Diagnóstico:\", \"Juicio clínico\") was found "
                "in this case, so nothing was hidden from its text.");
        answer.diagnosis = layout.diagnosisSections();
        answer.findings = findingRows(bundle, [&](qsizetype i) { return plan->isHiddenFinding(i); });
        for (qsizetype i = 0; i < bundle.annotations.size(); ++i) {
            if (!plan->isAnswerAnnotation(i))
                continue;
            if (plan->isTeachingPoint(i))
                answer.teachingPoints << entryOf(bundle, i, 0, plan, true);
            else
                answer.notes << entryOf(bundle, i, 0, plan, true);
        }
        document.answer = answer;
    }

    QStringList footer{ExportText::tr("Exported from CaseLens on %1").arg(date(generated))};
    if (plan)
        footer << ExportText::tr("teaching version");
    if (options.deidentify)
        footer << ExportText::tr("de-identified");
    document.footer = footer.join(QStringLiteral(" · "));
    return document;
}

} // namespace caselens
