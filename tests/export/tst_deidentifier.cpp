// De-identification: each kind of identifier in Portuguese, Spanish and English, consistency
// across the two languages of a case, and findings and annotations following their words.

#include "core/deid/DateFinder.h"
#include "core/deid/Deidentifier.h"
#include "core/deid/TextEdits.h"

#include <QTest>

using namespace caselens;

namespace {

// The text after de-identifying it as the original of a one-document case.
QString deidentified(const QString& text, const QString& language)
{
    CaseBundle bundle;
    bundle.aCase.documents << Document{0, DocumentRole::Original, language, text, {}};
    return Deidentifier::apply(bundle).bundle.aCase.documents.first().text;
}

QString shifted(const QString& text, const QString& language, int days)
{
    QString result = text;
    QList<DetectedSpan> spans = DateFinder(days).find(text, language);
    std::sort(spans.begin(), spans.end(),
              [](const DetectedSpan& a, const DetectedSpan& b) { return a.start > b.start; });
    // Keep the longest of overlapping matches, as the Deidentifier does.
    QList<DetectedSpan> kept;
    for (const DetectedSpan& span : spans) {
        bool covered = false;
        for (const DetectedSpan& other : spans)
            if (&other != &span && other.start <= span.start && span.end <= other.end &&
                other.end - other.start > span.end - span.start)
                covered = true;
        if (!covered)
            kept << span;
    }
    for (const DetectedSpan& span : kept)
        result.replace(span.start, span.end - span.start, span.replacement);
    return result;
}

} // namespace

class TestDeidentifier : public QObject {
    Q_OBJECT
private slots:
    void datesShiftInTheFormTheyWereWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt numeric") << "pt" << 10 << "Internado a 12/03/2019."
                                    << "Internado a 22/03/2019.";
        QTest::newRow("pt dots, two-digit year") << "pt" << 10 << "Alta em 28.02.19."
                                                 << "Alta em 10.03.19.";
        QTest::newRow("es ISO") << "es" << 10 << "Ingresó el 2019-03-12."
                                << "Ingresó el 2019-03-22.";
        QTest::newRow("es long") << "es" << 10 << "El 3 de marzo de 2019 fue intervenido."
                                 << "El 13 de marzo de 2019 fue intervenido.";
        QTest::newRow("pt long, no year") << "pt" << 30 << "Desde 12 de março."
                                          << "Desde 11 de abril.";
        QTest::newRow("pt month and year") << "pt" << -20 << "Em agosto de 2003 iniciou."
                                           << "Em julho de 2003 iniciou.";
        QTest::newRow("es month and year") << "es" << -20 << "En agosto de 2003 inició."
                                           << "En julio de 2003 inició.";
        QTest::newRow("en month first") << "en" << 10 << "Admitted on March 3, 2019."
                                        << "Admitted on March 13, 2019.";
        QTest::newRow("en day first") << "en" << 30 << "Seen on 3rd of March 2019."
                                      << "Seen on 2 of April 2019.";
        QTest::newRow("en month and year") << "en" << 20 << "Since August 2003."
                                           << "Since September 2003.";
        QTest::newRow("en month-first numeric") << "en" << 10 << "On 03/25/2019 he"
                                                << "On 04/04/2019 he";
        QTest::newRow("year alone kept") << "en" << 100 << "Diagnosed in 2009."
                                         << "Diagnosed in 2009.";
        QTest::newRow("not a day: masked") << "pt" << 10 << "Em 31/02/2019."
                                           << "Em [DATE].";
        QTest::newRow("values are not dates") << "pt" << 10 << "PA 80/50; creatinina 0,80."
                                              << "PA 80/50; creatinina 0,80.";
    }
    void datesShiftInTheFormTheyWereWritten()
    {
        QFETCH(QString, language);
        QFETCH(int, days);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(shifted(text, language, days), expected);
    }

    void namesPlacesIdentifiersPhonesAndAgesAreMasked_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // Names
        QTest::newRow("pt titles") << "pt"
                                   << "Observado pelo Dr. João Pereira e pela Sra. Ana Costa."
                                   << "Observado pelo Dr. [NAME-1] e pela Sra. [NAME-2].";
        QTest::newRow("pt surname again") << "pt"
                                          << "O Dr. João Pereira pediu TAC. Pereira confirmou."
                                          << "O Dr. [NAME-1] pediu TAC. [NAME-1] confirmou.";
        QTest::newRow("es initials and title") << "es"
                                               << "La paciente J.M.G. fue valorada por la Dra. García López."
                                               << "La paciente [NAME-1] fue valorada por la Dra. [NAME-2].";
        QTest::newRow("en titles") << "en"
                                   << "Mrs. Smith was seen by Dr. Brown."
                                   << "Mrs. [NAME-1] was seen by Dr. [NAME-2].";
        QTest::newRow("en headings are not names") << "en"
                                                   << "Patient History: none."
                                                   << "Patient History: none.";
        // Places
        QTest::newRow("es hospital and city")
            << "es"
            << "Ingresó en el Hospital Universitario 12 de Octubre de Madrid."
            << "Ingresó en el [PLACE-1].";
        QTest::newRow("pt hospital and city") << "pt"
                                              << "Transferido para o Centro Hospitalar de São João, no Porto."
                                              << "Transferido para o [PLACE-1], no [PLACE-2].";
        QTest::newRow("en hospital") << "en"
                                     << "Admitted to St Mary's Hospital in London."
                                     << "Admitted to [PLACE-1] in [PLACE-2].";
        QTest::newRow("countries kept") << "es"
                                        << "Natural de Portugal, vive en España."
                                        << "Natural de Portugal, vive en España.";
        // Identifiers
        QTest::newRow("es NHC") << "es"
                                << "NHC 1234567, ingreso urgente."
                                << "NHC [ID-1], ingreso urgente.";
        QTest::newRow("pt processo") << "pt"
                                     << "Nº de processo: 987654."
                                     << "Nº de processo: [ID-1].";
        QTest::newRow("en MRN, e-mail, URL")
            << "en"
            << "MRN: A123456; write to john.doe@example.org or see https://example.org/case/12."
            << "MRN: [ID-1]; write to [ID-2] or see [ID-3].";
        QTest::newRow("es DNI") << "es"
                                << "DNI 12345678Z."
                                << "DNI [ID-1].";
        QTest::newRow("long digit run") << "pt"
                                        << "Utente 123456789 observado."
                                        << "Utente [ID-1] observado.";
        QTest::newRow("counts are not ids") << "es"
                                            << "Plaquetas 150000/mm3 y 250000 células."
                                            << "Plaquetas 150000/mm3 y 250000 células.";
        // Phones
        QTest::newRow("pt phone") << "pt"
                                  << "Contacto: tel. 912 345 678."
                                  << "Contacto: tel. [PHONE-1].";
        QTest::newRow("es international") << "es"
                                          << "Llamar al +34 912 345 678 hoy."
                                          << "Llamar al [PHONE-1] hoy.";
        QTest::newRow("pt-BR area code") << "pt"
                                         << "Celular (11) 98765-4321."
                                         << "Celular [PHONE-1].";
        QTest::newRow("en grouped") << "en"
                                    << "Phone: 555-123-4567."
                                    << "Phone: [PHONE-1].";
        // Ages over 89
        QTest::newRow("es age") << "es"
                                << "Mujer de 92 años con disnea."
                                << "Mujer de 90 o más años con disnea.";
        QTest::newRow("pt age") << "pt"
                                << "Homem de 95 anos."
                                << "Homem de 90 ou mais anos.";
        QTest::newRow("en hyphenated age") << "en"
                                           << "A 93-year-old woman."
                                           << "A ≥90-year-old woman.";
        QTest::newRow("en aged") << "en"
                                 << "A man aged 91 presented."
                                 << "A man aged 90 or more presented.";
        QTest::newRow("ages to 89 kept") << "es"
                                         << "Varón de 89 años y su hijo de 47 años."
                                         << "Varón de 89 años y su hijo de 47 años.";
    }
    void namesPlacesIdentifiersPhonesAndAgesAreMasked()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(deidentified(text, language), expected);
    }

    void bothLanguagesAgree()
    {
        CaseBundle bundle;
        bundle.aCase.title = QStringLiteral("Caso do Dr. João Pereira");
        bundle.aCase.documents << Document{
            0,
            DocumentRole::Original,
            QStringLiteral("pt"),
            QStringLiteral("O Dr. João Pereira observou o doente em 12/03/2019 no "
                           "Hospital de Santa Maria, em Lisboa. Tel. 912 345 678."),
            {}};
        bundle.aCase.documents << Document{
            0,
            DocumentRole::Translation,
            QStringLiteral("en"),
            QStringLiteral("Dr. João Pereira saw the patient on 12/03/2019 at "
                           "Hospital de Santa Maria, in Lisbon. Tel. 912 345 678."),
            {}};
        Annotation note;
        note.label = QStringLiteral("Note");
        note.comment = QStringLiteral("Ask Pereira for the images.");
        bundle.annotations << note;
        bundle.annotationDocumentRoles << DocumentRole::Original;

        const auto outcome = Deidentifier::apply(bundle);
        const QString original = outcome.bundle.aCase.original()->text;
        const QString translation = outcome.bundle.aCase.translation()->text;
        QVERIFY2(original.startsWith(QStringLiteral("O Dr. [NAME-1] observou")), qPrintable(original));
        QVERIFY2(translation.startsWith(QStringLiteral("Dr. [NAME-1] saw")), qPrintable(translation));
        QVERIFY(original.contains(QStringLiteral("[PLACE-1]")) &&
                translation.contains(QStringLiteral("[PLACE-1]")));
        QVERIFY(original.contains(QStringLiteral("[PHONE-1]")) &&
                translation.contains(QStringLiteral("[PHONE-1]")));
        QVERIFY(!original.contains(QStringLiteral("Lisboa")) &&
                !translation.contains(QStringLiteral("Lisbon")));
        QCOMPARE(outcome.bundle.aCase.title, QStringLiteral("Caso do Dr. [NAME-1]"));
        QCOMPARE(outcome.bundle.annotations.first().comment, QStringLiteral("Ask [NAME-1] for the images."));

        // The same date, shifted by the same days, on both sides; never the original date.
        const QRegularExpression date(QStringLiteral("\\d\\d/\\d\\d/\\d{4}"));
        const QString originalDate = date.match(original).captured();
        QVERIFY(!originalDate.isEmpty());
        QCOMPARE(date.match(translation).captured(), originalDate);
        QVERIFY(originalDate != QStringLiteral("12/03/2019"));
        const int days = Deidentifier::shiftDaysFor(bundle.aCase);
        QVERIFY(std::abs(days) >= 30 && std::abs(days) <= 365);
        QCOMPARE(Deidentifier::shiftDaysFor(bundle.aCase), days); // the same case, the same shift
        QCOMPARE(QDate::fromString(originalDate, QStringLiteral("dd/MM/yyyy")),
                 QDate(2019, 3, 12).addDays(days));

        // The list the educator reviews: each change with its kind, text, language and span.
        bool sawDate = false;
        for (const DeidReplacement& replacement : outcome.replacements) {
            QVERIFY(!replacement.original.isEmpty() && !replacement.replacement.isEmpty());
            if (replacement.field == u"original")
                QCOMPARE(
                    bundle.aCase.original()->text.mid(replacement.start, replacement.end - replacement.start),
                    replacement.original);
            if (replacement.kind == DeidKind::Date && replacement.field == u"translation") {
                sawDate = true;
                QCOMPARE(replacement.language, QStringLiteral("en"));
                QCOMPARE(replacement.original, QStringLiteral("12/03/2019"));
                QCOMPARE(replacement.replacement, originalDate);
            }
        }
        QVERIFY(sawDate);
        QVERIFY(outcome.bundle.history.isEmpty());
    }

    void findingsAndAnnotationsFollowTheirWords()
    {
        CaseBundle bundle;
        const QString text = QStringLiteral(
            "A Sra. Maria Antónia Gonçalves, de 92 anos, internada a 12/03/2019 com febre 38,5 °C.");
        bundle.aCase.documents << Document{0, DocumentRole::Original, QStringLiteral("pt"), text, {}};
        const auto spanOf = [&](const QString& words) {
            const int at = int(text.indexOf(words));
            return std::pair{at, at + int(words.size())}; // all BMP: UTF-16 = code points
        };
        Finding age;
        age.category = FindingCategory::Age;
        std::tie(age.start, age.end) = spanOf(QStringLiteral("92 anos"));
        age.value = 92;
        Finding fever;
        fever.category = FindingCategory::VitalSign;
        std::tie(fever.start, fever.end) = spanOf(QStringLiteral("febre 38,5 °C"));
        Finding admission;
        admission.category = FindingCategory::Time;
        std::tie(admission.start, admission.end) = spanOf(QStringLiteral("12/03/2019"));
        bundle.findings << age << fever << admission;
        bundle.findingDocumentRoles << DocumentRole::Original << DocumentRole::Original
                                    << DocumentRole::Original;
        Annotation annotation;
        annotation.documentId = -1;
        std::tie(annotation.start, annotation.end) = spanOf(QStringLiteral("internada a 12/03/2019"));
        bundle.annotations << annotation;
        bundle.annotationDocumentRoles << DocumentRole::Original;

        const auto outcome = Deidentifier::apply(bundle);
        const QString after = outcome.bundle.aCase.original()->text;
        QVERIFY2(after.startsWith(QStringLiteral("A Sra. [NAME-1], de 90 ou mais anos, internada a ")),
                 qPrintable(after));
        const auto textOf = [&](int start, int end) {
            return after.mid(start, end - start);
        };
        const Finding& ageAfter = outcome.bundle.findings[0];
        QCOMPARE(textOf(ageAfter.start, ageAfter.end), QStringLiteral("90 ou mais anos"));
        QCOMPARE(ageAfter.text, QStringLiteral("90 ou mais anos"));
        QCOMPARE(*ageAfter.value, 90.0);
        QCOMPARE(outcome.bundle.findings[1].text, QStringLiteral("febre 38,5 °C"));
        QCOMPARE(textOf(outcome.bundle.findings[1].start, outcome.bundle.findings[1].end),
                 QStringLiteral("febre 38,5 °C"));
        const Finding& date = outcome.bundle.findings[2];
        QVERIFY(date.text != QStringLiteral("12/03/2019"));
        QVERIFY(QDate::fromString(date.text, QStringLiteral("dd/MM/yyyy")).isValid());
        const Annotation& moved = outcome.bundle.annotations.first();
        QCOMPARE(textOf(moved.start, moved.end), QStringLiteral("internada a ") + date.text);
    }

    void offsetsCountCodePoints()
    {
        // A character outside the BMP before the edit: offsets are code points, not UTF-16 units.
        const QString text = QStringLiteral("𝛼 Dr. Brown 𝛽 fim");
        TextEdits edits({TextEdits::Edit{6, 11, QStringLiteral("[NAME-1]")}});
        QCOMPARE(edits.apply(text), QStringLiteral("𝛼 Dr. [NAME-1] 𝛽 fim"));
        QCOMPARE(edits.mapSpan(14, 17), std::make_pair(17, 20)); // "fim"
        QCOMPARE(edits.mapSpan(2, 11), std::make_pair(2, 14));   // "Dr. Brown" -> "Dr. [NAME-1]"
        QCOMPARE(edits.mapSpan(8, 9), std::make_pair(6, 14));    // inside the name: the placeholder
        QCOMPARE(deidentified(text, QStringLiteral("en")), QStringLiteral("𝛼 Dr. [NAME-1] 𝛽 fim"));
    }
};

QTEST_GUILESS_MAIN(TestDeidentifier)
#include "tst_deidentifier.moc"
