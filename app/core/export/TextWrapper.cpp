#include "TextWrapper.h"

#include <QFontMetricsF>
#include <QImage>

namespace caselens {
namespace {

constexpr int kMeasuringDpi = 720; // ten device pixels a point: precise, and no hinting at this size
constexpr double kSlack = 0.97;    // room for the difference between this and the device's metrics

const QImage& measuringDevice()
{
    static thread_local const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        const int dotsPerMeter = qRound(kMeasuringDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return device;
}

} // namespace

TextWrapper::TextWrapper(const QFont& font)
    : m_font(font)
{
    m_font.setHintingPreference(QFont::PreferNoHinting);
}

double TextWrapper::width(const QString& text) const
{
    const QFontMetricsF metrics(m_font, &measuringDevice());
    return metrics.horizontalAdvance(text) * 72.0 / kMeasuringDpi;
}

QStringList TextWrapper::wrap(const QString& text, double widthPoints) const
{
    const double limit = widthPoints * kSlack;
    QStringList lines;
    QString line;
    const auto fits = [&](const QString& candidate) {
        return width(candidate) <= limit;
    };
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fits(candidate)) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line = word;
        // A word wider than the column: cut it where it must be cut.
        while (!fits(line) && line.size() > 1) {
            qsizetype cut = line.size() - 1;
            while (cut > 1 && !fits(line.left(cut)))
                --cut;
            lines << line.left(cut);
            line = line.mid(cut);
        }
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

} // namespace caselens
