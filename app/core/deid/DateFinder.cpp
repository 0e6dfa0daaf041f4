#include "DateFinder.h"

#include <QDate>
#include <QRegularExpression>

#include <array>

namespace caselens {
namespace {

constexpr int kPriority = 4;

// Month names, January first. Portuguese and Spanish share "abril" and "agosto".
constexpr std::array<const char16_t*, 12> kPortuguese{u"janeiro",  u"fevereiro", u"março",    u"abril",
                                                      u"maio",     u"junho",     u"julho",    u"agosto",
                                                      u"setembro", u"outubro",   u"novembro", u"dezembro"};
constexpr std::array<const char16_t*, 12> kSpanish{u"enero",      u"febrero", u"marzo",     u"abril",
                                                   u"mayo",       u"junio",   u"julio",     u"agosto",
                                                   u"septiembre", u"octubre", u"noviembre", u"diciembre"};
constexpr std::array<const char16_t*, 12> kEnglish{u"January",   u"February", u"March",    u"April",
                                                   u"May",       u"June",     u"July",     u"August",
                                                   u"September", u"October",  u"November", u"December"};
constexpr std::array<const char16_t*, 12> kEnglishShort{u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                                        u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};

enum class MonthSet { Portuguese, Spanish, English, EnglishShort };

const std::array<const char16_t*, 12>& namesOf(MonthSet set)
{
    switch (set) {
    case MonthSet::Portuguese:
        return kPortuguese;
    case MonthSet::Spanish:
        return kSpanish;
    case MonthSet::English:
        return kEnglish;
    case MonthSet::EnglishShort:
        return kEnglishShort;
    }
    return kEnglish;
}

struct Month {
    int number = 0; // 1..12, 0 when not a month name
    MonthSet set = MonthSet::English;
};

// "Março", "marco" (no cedilla), "setiembre", "Sept." are months too.
Month monthOf(const QString& word, const QString& language)
{
    QString name = word.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == u"marco")
        name = QStringLiteral("março");
    if (name == u"setiembre")
        name = QStringLiteral("septiembre");
    if (name == u"sept")
        name = QStringLiteral("sep");
    const bool spanishFirst = language == u"es";
    for (const MonthSet set : spanishFirst ? std::array{MonthSet::Spanish, MonthSet::Portuguese,
                                                        MonthSet::English, MonthSet::EnglishShort}
                                           : std::array{MonthSet::Portuguese, MonthSet::Spanish,
                                                        MonthSet::English, MonthSet::EnglishShort}) {
        const auto& names = namesOf(set);
        for (int i = 0; i < 12; ++i)
            if (name == QString::fromUtf16(names[i]).toLower())
                return {i + 1, set};
    }
    return {};
}

QString monthName(int number, MonthSet set, const QString& asWritten)
{
    QString name = QString::fromUtf16(namesOf(set)[number - 1]);
    name = name.toLower();
    if (!asWritten.isEmpty() && asWritten[0].isUpper())
        name[0] = name[0].toUpper();
    if (asWritten.size() > 1 && asWritten.endsWith(QLatin1Char('.')))
        name += QLatin1Char('.');
    return name;
}

QString alternation()
{
    QStringList names;
    for (const auto* set : {&kPortuguese, &kSpanish, &kEnglish})
        for (const char16_t* name : *set)
            names << QString::fromUtf16(name);
    names << QStringLiteral("marco") << QStringLiteral("setiembre");
    // Short English forms need their dot or a day number after them to be a month.
    return QStringLiteral("(?:%1)").arg(names.join(QLatin1Char('|')));
}

QString shortAlternation()
{
    return QStringLiteral("(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?");
}

struct Patterns {
    QRegularExpression iso;
    QRegularExpression numeric;
    QRegularExpression monthYearNumeric;
    QRegularExpression romanceLong;       // 3 de marzo de 2019, 12 de março
    QRegularExpression romanceMonthYear;  // agosto de 2003
    QRegularExpression englishMonthFirst; // March 3, 2019; Mar. 3
    QRegularExpression englishDayFirst;   // 3 March 2019; 3rd of March
    QRegularExpression englishMonthYear;  // March 2019

    Patterns()
    {
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        const auto insensitive = options | QRegularExpression::CaseInsensitiveOption;
        const QString months = alternation();
        const QString englishMonths =
            QStringLiteral("(?:January|February|March|April|May|June|July|August|September|October|November|"
                           "December|%1)")
                .arg(shortAlternation());
        iso = QRegularExpression(QStringLiteral("(?<![\\d/.-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/-])"),
                                 options);
        numeric = QRegularExpression(
            QStringLiteral("(?<![\\d/.,-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|[.,]\\d)"),
            options);
        monthYearNumeric = QRegularExpression(
            QStringLiteral("(?<![\\d/.,-])(\\d{1,2})/(\\d{4})(?![\\d/-]|[.,]\\d)"), options);
        romanceLong = QRegularExpression(
            QStringLiteral("\\b(\\d{1,2})(?:º|°)?\\s+de\\s+(%1)(?:\\s+(de|del)\\s+(\\d{4}))?\\b").arg(months),
            insensitive);
        romanceMonthYear =
            QRegularExpression(QStringLiteral("\\b(%1)\\s+(de|del)\\s+(\\d{4})\\b").arg(months), insensitive);
        // English month names are capitalised; "may" and "march" in lower case are not months.
        englishMonthFirst =
            QRegularExpression(QStringLiteral("\\b(%1)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:(,?)\\s+(\\d{4}))?\\b")
                                   .arg(englishMonths),
                               options);
        englishDayFirst = QRegularExpression(
            QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(of\\s+)?(%1)(?:(,?)\\s+(\\d{4}))?\\b")
                .arg(englishMonths),
            options);
        englishMonthYear =
            QRegularExpression(QStringLiteral("\\b(%1)\\s+(of\\s+)?(\\d{4})\\b").arg(englishMonths), options);
    }
};

const Patterns& patterns()
{
    // One set per thread: batch export de-identifies cases on every core.
    static thread_local const Patterns instance;
    return instance;
}

QString padded(int number, int width)
{
    return QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}

// A year written with two digits: 00-49 -> 2000s, 50-99 -> 1900s.
int fullYear(int year, int digits)
{
    if (digits == 4)
        return year;
    return year < 50 ? 2000 + year : 1900 + year;
}

// A day and month without a year shift within a leap year, so that 29 February is a day.
constexpr int kYearForDayMonth = 2000;

} // namespace

DateFinder::DateFinder(int shiftDays)
    : m_shiftDays(shiftDays)
{}

QList<DetectedSpan> DateFinder::find(const QString& text, const QString& language) const
{
    const Patterns& p = patterns();
    QList<DetectedSpan> found;
    const auto add = [&](const QRegularExpressionMatch& match, const QString& replacement) {
        DetectedSpan span;
        span.kind = DeidKind::Date;
        span.start = int(match.capturedStart(0));
        span.end = int(match.capturedEnd(0));
        span.replacement = replacement;
        span.key = match.captured(0);
        span.priority = kPriority;
        found << span;
    };
    const auto masked = QStringLiteral("[DATE]");

    for (auto it = p.iso.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid()) {
            add(m, masked);
            continue;
        }
        const QDate shifted = date.addDays(m_shiftDays);
        add(m, QStringLiteral("%1-%2-%3")
                   .arg(shifted.year())
                   .arg(padded(shifted.month(), int(m.capturedLength(2))))
                   .arg(padded(shifted.day(), int(m.capturedLength(3)))));
    }
    for (auto it = p.numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int day = m.captured(1).toInt(), month = m.captured(3).toInt();
        qsizetype dayWidth = m.capturedLength(1), monthWidth = m.capturedLength(3);
        const bool monthFirst = language == u"en" && month > 12 && day <= 12;
        if (monthFirst) {
            std::swap(day, month);
            std::swap(dayWidth, monthWidth);
        }
        const int yearDigits = int(m.capturedLength(4));
        const QDate date(fullYear(m.captured(4).toInt(), yearDigits), month, day);
        if (!date.isValid()) {
            add(m, masked);
            continue;
        }
        const QDate shifted = date.addDays(m_shiftDays);
        const QString dayText = padded(shifted.day(), int(dayWidth));
        const QString monthText = padded(shifted.month(), int(monthWidth));
        const QString yearText =
            yearDigits == 4 ? QString::number(shifted.year()) : padded(shifted.year() % 100, 2);
        const QString separator = m.captured(2);
        add(m, (monthFirst ? monthText + separator + dayText : dayText + separator + monthText) + separator +
                   yearText);
    }
    for (auto it = p.monthYearNumeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int month = m.captured(1).toInt();
        if (month < 1 || month > 12)
            continue; // "5/2019" as a month: fine; "25/2019" is something else
        const QDate shifted = QDate(m.captured(2).toInt(), month, 15).addDays(m_shiftDays);
        add(m, padded(shifted.month(), int(m.capturedLength(1))) + QLatin1Char('/') +
                   QString::number(shifted.year()));
    }
    for (auto it = p.romanceLong.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Month month = monthOf(m.captured(2), language);
        const bool hasYear = m.hasCaptured(4) && !m.captured(4).isEmpty();
        const QDate date(hasYear ? m.captured(4).toInt() : kYearForDayMonth, month.number,
                         m.captured(1).toInt());
        if (!date.isValid() || month.number == 0) {
            add(m, masked);
            continue;
        }
        const QDate shifted = date.addDays(m_shiftDays);
        QString replacement = QStringLiteral("%1 de %2")
                                  .arg(shifted.day())
                                  .arg(monthName(shifted.month(), month.set, m.captured(2)));
        if (hasYear)
            replacement += QStringLiteral(" %1 %2").arg(m.captured(3)).arg(shifted.year());
        add(m, replacement);
    }
    for (auto it = p.romanceMonthYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Month month = monthOf(m.captured(1), language);
        if (month.number == 0)
            continue;
        const QDate shifted = QDate(m.captured(3).toInt(), month.number, 15).addDays(m_shiftDays);
        add(m, QStringLiteral("%1 %2 %3")
                   .arg(monthName(shifted.month(), month.set, m.captured(1)), m.captured(2))
                   .arg(shifted.year()));
    }
    for (auto it = p.englishMonthFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Month month = monthOf(m.captured(1), QStringLiteral("en"));
        const bool hasYear = !m.captured(4).isEmpty();
        const QDate date(hasYear ? m.captured(4).toInt() : kYearForDayMonth, month.number,
                         m.captured(2).toInt());
        if (month.number == 0 || !date.isValid()) {
            add(m, masked);
            continue;
        }
        const QDate shifted = date.addDays(m_shiftDays);
        QString replacement = QStringLiteral("%1 %2")
                                  .arg(monthName(shifted.month(), month.set, m.captured(1)))
                                  .arg(shifted.day());
        if (hasYear)
            replacement += m.captured(3) + QLatin1Char(' ') + QString::number(shifted.year());
        add(m, replacement);
    }
    for (auto it = p.englishDayFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Month month = monthOf(m.captured(3), QStringLiteral("en"));
        const bool hasYear = !m.captured(5).isEmpty();
        const QDate date(hasYear ? m.captured(5).toInt() : kYearForDayMonth, month.number,
                         m.captured(1).toInt());
        if (month.number == 0 || !date.isValid()) {
            add(m, masked);
            continue;
        }
        const QDate shifted = date.addDays(m_shiftDays);
        QString replacement = QStringLiteral("%1 %2%3")
                                  .arg(shifted.day())
                                  .arg(m.captured(2), monthName(shifted.month(), month.set, m.captured(3)));
        if (hasYear)
            replacement += m.captured(4) + QLatin1Char(' ') + QString::number(shifted.year());
        add(m, replacement);
    }
    for (auto it = p.englishMonthYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Month month = monthOf(m.captured(1), QStringLiteral("en"));
        if (month.number == 0)
            continue;
        const QDate shifted = QDate(m.captured(3).toInt(), month.number, 15).addDays(m_shiftDays);
        add(m, QStringLiteral("%1 %2%3")
                   .arg(monthName(shifted.month(), month.set, m.captured(1)), m.captured(2))
                   .arg(shifted.year()));
    }
    return found;
}

} // namespace caselens
