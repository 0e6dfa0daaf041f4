#include "NumberFinder.h"

#include <QRegularExpression>

namespace caselens {
namespace {

constexpr int kAddressPriority = 6;
constexpr int kPhonePriority = 5;
constexpr int kIdentifierPriority = 4;
constexpr int kAgePriority = 3;
constexpr int kOldestExactAge = 89; // HIPAA Safe Harbor: ages over 89 are aggregated as 90 or older

struct Patterns {
    QRegularExpression email;
    QRegularExpression url;
    QRegularExpression keywordPhone;
    QRegularExpression internationalPhone;
    QRegularExpression bracketedPhone;
    QRegularExpression groupedPhone;
    QRegularExpression keywordIdentifier;
    QRegularExpression nationalIdentifier;
    QRegularExpression digitRun;
    QRegularExpression measurementAfter;
    QRegularExpression romanceAge;
    QRegularExpression englishAge;
    QRegularExpression englishAgedAge;

    Patterns()
    {
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        const auto insensitive = options | QRegularExpression::CaseInsensitiveOption;
        email = QRegularExpression(QStringLiteral("\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b"), options);
        url = QRegularExpression(QStringLiteral("\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]"),
                                 insensitive);
        keywordPhone = QRegularExpression(
            QStringLiteral(
                "\\b(?:tel[ée]fono|telefone|telem[óo]vel|m[óo]vil|celular|telephone|phone|mobile|tel|telf|"
                "tlf|tfno)\\.?\\s*(?:n[º°o]\\.?\\s*)?:?\\s*(\\+?\\(?\\d[\\d\\s().-]{5,}\\d)"),
            insensitive);
        internationalPhone = QRegularExpression(
            QStringLiteral("(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,5}(?![\\d])"), options);
        bracketedPhone =
            QRegularExpression(QStringLiteral("\\(\\d{2,3}\\)\\s?\\d{3,5}[\\s-]?\\d{4}\\b"), options);
        groupedPhone = QRegularExpression(
            QStringLiteral("(?<![\\d.,/])\\d{2,4}(?:[\\s.-]\\d{2,4}){2,4}(?![\\d]|[.,]\\d)"), options);
        keywordIdentifier = QRegularExpression(
            QStringLiteral("\\b(?:NHC|N\\.\\s?H\\.\\s?C\\.?|MRN|NUHSA|NUSS|CIP|SNS|DNI|NIF|NIE|CPF|SSN|NSS|"
                           "n[º°o]\\.?\\s*(?:de\\s+)?(?:processo|historia|historial|utente|benefici[áa]rio|"
                           "afiliaci[óo]n)|"
                           "processo(?:\\s+cl[íi]nico)?|historia\\s+cl[íi]nica|hist[óo]ria\\s+cl[íi]nica|"
                           "medical\\s+record(?:\\s+number)?|record\\s+(?:number|no\\.?)|hospital\\s+number|"
                           "patient\\s+ID|case\\s+(?:number|no\\.?))"
                           "\\s*(?:n[º°o]\\.?|number|no\\.?|#)?\\s*[:.]?\\s*"
                           "([A-Z]{0,3}[-\\s]?\\d[\\d./-]*\\d[A-Z]?)"),
            insensitive);
        nationalIdentifier = QRegularExpression(
            QStringLiteral("\\b(?:\\d{8}[-\\s]?[A-Z]|[XYZ]\\d{7}[A-Z]|\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2})\\b"),
            options);
        digitRun = QRegularExpression(QStringLiteral("(?<![\\d.,/])\\d{6,}(?![\\d]|[.,]\\d)"), options);
        measurementAfter = QRegularExpression(
            QStringLiteral(
                "^\\s?(?:/|%|×|x\\s?10|copias|cópias|copies|c[ée]l|cells|plaq|platelet|leuc|u/|ui\\b|"
                "iu\\b|mg|g/|ng|pg|µ|mcg|mm|ml|l\\b)"),
            insensitive);
        romanceAge =
            QRegularExpression(QStringLiteral("\\b(\\d{2,3})\\s+(años|anos|año|ano)\\b"), insensitive);
        englishAge = QRegularExpression(
            QStringLiteral(
                "\\b(\\d{2,3})(\\s*-\\s*|\\s+)(?:years?|yrs?|y)(?:\\s*-\\s*|\\s+)(?:old|of\\s+age)\\b|"
                "\\b(\\d{2,3})\\s*(?:yo|y/o|y\\.o\\.)(?!\\w)"),
            insensitive);
        englishAgedAge =
            QRegularExpression(QStringLiteral("\\b(?:aged|age of|age)\\s+(\\d{2,3})\\b"), insensitive);
    }
};

const Patterns& patterns()
{
    static thread_local const Patterns instance;
    return instance;
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

bool isOldAge(const QString& number)
{
    const int age = number.toInt();
    return age > kOldestExactAge && age < 130;
}

QString ninetyOrMore(const QString& language, bool compact)
{
    if (compact)
        return QStringLiteral("≥90");
    if (language == u"es")
        return QStringLiteral("90 o más");
    if (language == u"pt")
        return QStringLiteral("90 ou mais");
    return QStringLiteral("90 or more");
}

} // namespace

QList<DetectedSpan> NumberFinder::find(const QString& text) const
{
    const Patterns& p = patterns();
    QList<DetectedSpan> found;
    const auto add = [&](DeidKind kind, qsizetype start, qsizetype end, const QString& key, int priority,
                         const QString& replacement = {}) {
        found << DetectedSpan{kind, int(start), int(end), replacement, key, priority};
    };

    for (auto it = p.email.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(DeidKind::Identifier, m.capturedStart(), m.capturedEnd(), m.captured().toLower(),
            kAddressPriority);
    }
    for (auto it = p.url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(DeidKind::Identifier, m.capturedStart(), m.capturedEnd(), m.captured().toLower(),
            kAddressPriority);
    }
    for (const QRegularExpression* phone :
         {&p.keywordPhone, &p.internationalPhone, &p.bracketedPhone, &p.groupedPhone}) {
        const int group = phone == &p.keywordPhone ? 1 : 0;
        for (auto it = phone->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString digits = digitsOf(m.captured(group));
            // Grouped digits are a phone only when they add up to one; "27 400" is a count.
            if (digits.size() < (phone == &p.keywordPhone ? 6 : 9) || digits.size() > 15)
                continue;
            qsizetype end = m.capturedEnd(group);
            while (end > m.capturedStart(group) && !text[end - 1].isDigit())
                --end;
            add(DeidKind::Phone, m.capturedStart(group), end, digits, kPhonePriority);
        }
    }
    for (auto it = p.keywordIdentifier.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (digitsOf(m.captured(1)).size() >= 3)
            add(DeidKind::Identifier, m.capturedStart(1), m.capturedEnd(1), m.captured(1).toUpper(),
                kIdentifierPriority);
    }
    for (auto it = p.nationalIdentifier.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(DeidKind::Identifier, m.capturedStart(), m.capturedEnd(), m.captured().toUpper(),
            kIdentifierPriority);
    }
    for (auto it = p.digitRun.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (p.measurementAfter.match(text.mid(m.capturedEnd(), 16)).hasMatch())
            continue;
        add(DeidKind::Identifier, m.capturedStart(), m.capturedEnd(), m.captured(), kIdentifierPriority - 1);
    }

    for (auto it = p.romanceAge.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (isOldAge(m.captured(1)))
            // "años" is Spanish, "anos" Portuguese, whatever the text around them.
            add(DeidKind::Age, m.capturedStart(1), m.capturedEnd(1), m.captured(1), kAgePriority,
                ninetyOrMore(m.captured(2).contains(u'ñ') ? QStringLiteral("es") : QStringLiteral("pt"),
                             false));
    }
    for (auto it = p.englishAge.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int group = m.hasCaptured(1) && !m.captured(1).isEmpty() ? 1 : 3;
        if (!isOldAge(m.captured(group)))
            continue;
        const bool hyphenated = group == 1 && m.captured(2).contains(QLatin1Char('-'));
        add(DeidKind::Age, m.capturedStart(group), m.capturedEnd(group), m.captured(group), kAgePriority,
            ninetyOrMore(QStringLiteral("en"), hyphenated || group == 3));
    }
    for (auto it = p.englishAgedAge.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (isOldAge(m.captured(1)))
            add(DeidKind::Age, m.capturedStart(1), m.capturedEnd(1), m.captured(1), kAgePriority,
                ninetyOrMore(QStringLiteral("en"), false));
    }
    return found;
}

} // namespace caselens
