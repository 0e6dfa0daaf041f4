#include "TextFileReader.h"

#include "TextNormalizer.h"
#include "model/MessageContexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace caselens {
namespace {

// Windows-1252 differs from Latin-1 in 0x80–0x9F; files from Windows editors use these (€, ’, “).
// Zero marks the five bytes that the code page leaves undefined.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool decodeWindows1252(const QByteArray& bytes, QString& out)
{
    out.resize(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        char16_t unit = byte;
        if (byte >= 0x80 && byte <= 0x9F) {
            unit = kWindows1252High[byte - 0x80];
            if (unit == 0)
                return false;
        }
        out[i] = QChar(unit);
    }
    return true;
}

// Text has few control characters; executables, images and archives have many (and NULs).
bool looksBinary(const QByteArray& bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f')
            ++controls;
    }
    return sample > 0 && controls * 100 > sample; // over 1 % control bytes
}

} // namespace

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& name, const TextReadOptions& options)
{
    DecodedText decoded;
    QByteArray body = bytes;
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (utf16) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        decoded.text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return Error{ImportText::tr("%1 is not valid UTF-16 text.").arg(name)};
        decoded.encoding = QStringLiteral("UTF-16");
        decoded.notes << ImportText::tr("%1 was UTF-16; converted to UTF-8.").arg(name);
    } else {
        if (body.startsWith("\xEF\xBB\xBF"))
            body.remove(0, 3);
        if (looksBinary(body))
            return Error{ImportText::tr("%1 looks like a binary file, not a text file.").arg(name)};
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        decoded.text = decoder.decode(body);
        decoded.encoding = QStringLiteral("UTF-8");
        if (decoder.hasError()) {
            if (!decodeWindows1252(body, decoded.text))
                return Error{
                    ImportText::tr("%1 is neither UTF-8 nor Latin-1 text; save it as UTF-8 and try again.")
                        .arg(name)};
            decoded.encoding = QStringLiteral("Windows-1252");
            decoded.notes << ImportText::tr(
                                 "%1 was not UTF-8; read it as Latin-1 (Windows-1252) and converted it.")
                                 .arg(name);
        }
    }
    if (decoded.text.trimmed().isEmpty())
        return Error{ImportText::tr("%1 is empty.").arg(name)};
    if (options.normalizeForLibrary) {
        const QString before = decoded.text;
        decoded.text = normalizeText(decoded.text).text;
        if (before.contains(QLatin1Char('\r')))
            decoded.notes << ImportText::tr("%1 had Windows line ends; converted them.").arg(name);
    }
    return decoded;
}

Result<DecodedText> readTextFile(const QString& path, const TextReadOptions& options)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return Error{ImportText::tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{ImportText::tr("%1 is a folder, not a text file.").arg(path)};
    if (!info.isFile()) // devices and pipes never end; refuse them before reading
        return Error{ImportText::tr("%1 is not a regular file.").arg(path)};
    if (info.size() > options.maxBytes)
        return Error{ImportText::tr("%1 is too large for a case report (%2 MB; the limit is %3 MB).")
                         .arg(name)
                         .arg(info.size() / (1024 * 1024))
                         .arg(options.maxBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return decodeText(file.readAll(), name, options);
}

} // namespace caselens
