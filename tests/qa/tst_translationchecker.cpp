// The translation check on small hand-written pairs: each error class in pt→en, es→en and en→pt,
// at the right place and with the right type; and clean pairs (numbers in each language's
// format, equivalent units, number words) with no issue at all.

#include "QaTestSupport.h"

#include <QTest>

using namespace caselens;
using namespace caselens::qa;

class TestTranslationChecker : public QObject {
    Q_OBJECT
private slots:
    void findsEachErrorClass_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("originalLanguage");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("translationLanguage");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("originalSpan"); // the issue's text on each side ("" = none)
        QTest::addColumn<QString>("translationSpan");

        const auto row = [](const char* name, const char* original, const char* from, const char* translation,
                            const char* to, const char* type, const char* originalSpan,
                            const char* translationSpan) {
            QTest::newRow(name) << QString::fromUtf8(original) << QString::fromUtf8(from)
                                << QString::fromUtf8(translation) << QString::fromUtf8(to)
                                << QString::fromUtf8(type) << QString::fromUtf8(originalSpan)
                                << QString::fromUtf8(translationSpan);
        };
        // Portuguese → English
        row("pt-en value", "A creatinina era 0,80 mg/dL.", "pt", "Creatinine was 0.08 mg/dL.", "en", "value",
            "0,80 mg/dL", "0.08 mg/dL");
        row("pt-en grouping read as a decimal", "Leucócitos 27.400/mm3.", "pt", "Leukocytes 27.4/mm3.", "en",
            "value", "27.400/mm3", "27.4/mm3");
        row("pt-en unit", "Hemoglobina 9,9 g/dL.", "pt", "Haemoglobin 9.9 mg/dL.", "en", "unit", "9,9 g/dL",
            "9.9 mg/dL");
        row("pt-en duration unit in words", "Dor abdominal há duas semanas.", "pt",
            "Abdominal pain for two months.", "en", "unit", "duas semanas", "two months");
        row("pt-en negation dropped", "Doente sem febre.", "pt", "Patient with fever.", "en", "polarity",
            "febre", "fever");
        row("pt-en negation added", "Doente com dor abdominal intensa.", "pt",
            "Patient with no severe abdominal pain.", "en", "polarity", "dor abdominal", "abdominal pain");
        row("pt-en certainty", "A TAC mostrou lesões sugestivas de espondilodiscite.", "pt",
            "The CT scan showed lesions of spondylodiscitis.", "en", "certainty", "espondilodiscite",
            "spondylodiscitis");
        row("pt-en laterality", "Derrame pleural esquerdo.", "pt", "Right pleural effusion.", "en",
            "laterality", "esquerdo", "Right");
        row("pt-en omitted sentence",
            "Homem de 47 anos com dor lombar. A ressonância mostrou espondilodiscite L5-S1. Foi tratado com "
            "ceftriaxona durante seis semanas.",
            "pt", "A 47-year-old man with low back pain. He was treated with ceftriaxone for six weeks.",
            "en", "omission", "A ressonância mostrou espondilodiscite L5-S1.", "");
        row("pt-en misspelt drug", "Tratado com ceftriaxona e vancomicina.", "pt",
            "Treated with ceftriaxome and vancomycin.", "en", "terminology", "ceftriaxona", "ceftriaxome");
        row("pt-en untranslated term", "Doente com mixoma auricular e hemoglobina normal.", "pt",
            "Patient with atrial mixoma and normal haemoglobin.", "en", "untranslated", "mixoma", "mixoma");
        row("pt-en English grouping in Portuguese", "Leucócitos 27,400/mm3.", "pt", "Leukocytes 27,400/mm3.",
            "en", "locale_convention", "27,400/mm3", "27,400/mm3");
        // Spanish → English
        row("es-en vertebral level", "Estenosis en L4-L5.", "es", "Stenosis at L5-S1.", "en", "value",
            "L4-L5", "L5-S1");
        row("es-en unit", "Fiebre de tres días de evolución y 39 ºC de temperatura.", "es",
            "Fever for three weeks and a temperature of 39 ºC.", "en", "unit", "tres días", "three weeks");
        row("es-en negation dropped", "Se descartó neumonía.", "es", "Pneumonia was confirmed.", "en",
            "polarity", "neumonía", "Pneumonia");
        row("es-en misspelt drug", "Tratamiento con levofloxacino.", "es", "Treatment with levofloxacine.",
            "en", "terminology", "levofloxacino", "levofloxacine");
        row("es-en laterality", "Dolor en el hombro derecho.", "es", "Pain in the left shoulder.", "en",
            "laterality", "derecho", "left");
        row("es-en omitted sentence",
            "Dolor en el hombro derecho. La ecografía del hombro fue normal. Se pautó ibuprofeno durante "
            "diez días.",
            "es", "Pain in the right shoulder. Ibuprofen was prescribed for ten days.", "en", "omission",
            "La ecografía del hombro fue normal.", "");
        row("es-en added sentence",
            "Mujer de 63 años con hipertensión arterial. La radiografía de tórax mostró un derrame pleural "
            "derecho.",
            "es",
            "A 63-year-old woman with arterial hypertension. She had smoked for thirty years and drank "
            "daily. The "
            "chest X-ray showed a right pleural effusion.",
            "en", "addition", "", "She had smoked for thirty years and drank daily.");
        // English → Portuguese
        row("en-pt value", "A 70-year-old woman with a heart rate of 110 bpm.", "en",
            "Mulher de 70 anos com frequência cardíaca de 10 bpm.", "pt", "value", "110 bpm", "10 bpm");
        row("en-pt unit", "Creatinine 1.2 mg/dL. Potassium 4.5 mmol/L.", "en",
            "Creatinina 1,2 mg/dL. Potássio 4,5 mg/dL.", "pt", "unit", "4.5 mmol/L", "4,5 mg/dL");
        row("en-pt negation dropped", "A 70-year-old woman with no chest pain.", "en",
            "Mulher de 70 anos com dor torácica.", "pt", "polarity", "chest pain", "dor torácica");
        row("en-pt laterality", "The left kidney was enlarged.", "en", "O rim direito estava aumentado.",
            "pt", "laterality", "left", "direito");
        // Eyes by their initials (OD/OI), and a side word one sentence off in the alignment.
        row("es-en eye initials", "La agudeza visual era de 0,6 en OD.", "es",
            "Visual acuity was 0.6 in the left eye.", "en", "laterality", "OD", "left");
        row("es-en side named in a neighbouring sentence",
            "Mujer de 50 años. Presenta una masa de 3 cm. Está en la mama derecha y es dura. Se realizó biopsia.",
            "es",
            "A 50-year-old woman. She presents a 3 cm mass, which is in the left breast. It is hard. A biopsy "
            "was performed.",
            "en", "laterality", "derecha", "left");
        // The eye named twice in the original, "ojo derecho (OD)", is one side, not two: counted
        // twice, the translation's swapped "left eye" left the counts looking like no swap.
        row("es-en side restated in brackets",
            "Su agudeza visual era de 20/50 en el ojo derecho (OD) y de 20/25 en el izquierdo (OI).", "es",
            "His visual acuity was 20/50 in the left eye and 20/25 in the left eye.", "en", "laterality",
            "derecho", "left");
        // The translation says the side twice where the original says it once; one of the two
        // swapped left the count of the true side as the original's.
        row("es-en side repeated by the translation", "Dolor abdominal en hipocondrio derecho, sin vómitos.", "es",
            "Abdominal pain in the right hypochondrium, without vomiting, located in the left hypochondrium.",
            "en", "laterality", "derecho", "left");
        row("es-en Latin eye initials", "Agudeza visual de 0,3 en OS.", "es", "Visual acuity 0.3 in the right eye.",
            "en", "laterality", "OS", "right");
        row("en-pt misspelt drug", "She received cloxacillin 2 g every 6 hours.", "en",
            "Recebeu cloxaciclina 2 g de 6 em 6 horas.", "pt", "terminology", "cloxacillin", "cloxaciclina");
        row("en-pt omitted sentence",
            "A 35-year-old woman had fever for two weeks. The blood cultures grew Escherichia coli. She "
            "recovered "
            "fully.",
            "en", "Mulher de 35 anos com febre há duas semanas. Recuperou totalmente.", "pt", "omission",
            "The blood cultures grew Escherichia coli.", "");
    }
    void findsEachErrorClass()
    {
        QFETCH(QString, original);
        QFETCH(QString, originalLanguage);
        QFETCH(QString, translation);
        QFETCH(QString, translationLanguage);
        QFETCH(QString, type);
        QFETCH(QString, originalSpan);
        QFETCH(QString, translationSpan);
        const QaReport report =
            testsupport::checker().check(original, originalLanguage, translation, translationLanguage);
        const auto wanted = issueTypeFromKey(type);
        QVERIFY(wanted);
        const QList<QaIssue> found = testsupport::issuesOf(report, *wanted);
        QVERIFY2(found.size() == 1, qPrintable(testsupport::describe(report)));
        const QaIssue& issue = found.first();
        QCOMPARE(issue.original.text, originalSpan);
        QCOMPARE(issue.translation.text, translationSpan);
        // Spans are code points of each text; these texts have no surrogate pairs.
        if (!originalSpan.isEmpty())
            QCOMPARE(original.mid(issue.original.start, issue.original.end - issue.original.start),
                     originalSpan);
        if (!translationSpan.isEmpty())
            QCOMPARE(
                translation.mid(issue.translation.start, issue.translation.end - issue.translation.start),
                translationSpan);
        QVERIFY(!issue.message.isEmpty());
        QVERIFY(report.score.score < 100);
    }

    void cleanPairsHaveNoIssue_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("originalLanguage");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("translationLanguage");
        const auto row = [](const char* name, const char* original, const char* from, const char* translation,
                            const char* to) {
            QTest::newRow(name) << QString::fromUtf8(original) << QString::fromUtf8(from)
                                << QString::fromUtf8(translation) << QString::fromUtf8(to);
        };
        row("pt-en formats, units and words",
            "Doente de 47 anos com febre há duas semanas. Creatinina 0,80 mg/dL, leucócitos 27.400/mm3.",
            "pt",
            "A 47-year-old patient with fever for two weeks. Creatinine 0.80 mg/dL, leukocytes 27.4 x10^9/L.",
            "en");
        row("pt-en grouping both ways", "Plaquetas 250.000/mm3 e 37,5 ºC.", "pt",
            "Platelets 250,000/mm3 and 37.5 ºC.", "en");
        row("es-en negation and side",
            "Paciente de 60 años sin fiebre. Dolor en la rodilla izquierda desde hace tres días.", "es",
            "A 60-year-old patient without fever. Pain in the left knee for three days.", "en");
        row("es-en doses per day", "Tratamiento con prednisona 30 mg/día.", "es",
            "Treatment with prednisone 30 mg/day.", "en");
        row("en-pt", "A 60-year-old man with no fever. Hemoglobin 9.9 g/dL, platelets 250,000/mm3.", "en",
            "Homem de 60 anos sem febre. Hemoglobina 9,9 g/dL, plaquetas 250.000/mm3.", "pt");
        row("space grouping", "Leucócitos 27 400/mm3.", "pt", "Leukocytes 27,400/mm3.", "en");
        // Regressions from the held-out audit (docs/quality.md): years written short, number words
        // joined by a hyphen or "e"/"y", and triggers fused with the article ("resolução da").
        row("year written short", "Operado em 1999, sem complicações.", "pt", "Operated on in '99, without complications.",
            "en");
        row("hyphenated number words", "Mulher de 56 anos com febre há 24 horas.", "pt",
            "A fifty-six-year-old woman with fever for twenty-four hours.", "en");
        row("number words joined by e", "Homem de cinquenta e seis anos.", "pt", "A 56-year-old man.", "en");
        row("number words joined by y", "Fiebre durante treinta y dos días.", "es", "Fever for 32 days.", "en");
        row("trigger fused with the article", "Após a resolução da arritmia, foi operado.", "pt",
            "After the resolution of the arrhythmia, he underwent surgery.", "en");
        row("prophylaxis", "Importância da profilaxia de trombose venosa em cirurgia.", "pt",
            "Importance of venous thrombosis prophylaxis in surgery.", "en");
        // Handedness is not a side of the body, and eye initials restating the side are no
        // second mention.
        row("right-handed", "Mulher de 68 anos, destra, com dor na região maxilar esquerda.", "pt",
            "A 68-year-old right-handed woman with pain in the left maxillary region.", "en");
        row("eye named twice", "Agudeza visual de 0,6 no olho direito (OD).", "pt",
            "Visual acuity of 0.6 in the right eye.", "en");
    }
    void cleanPairsHaveNoIssue()
    {
        QFETCH(QString, original);
        QFETCH(QString, originalLanguage);
        QFETCH(QString, translation);
        QFETCH(QString, translationLanguage);
        const QaReport report =
            testsupport::checker().check(original, originalLanguage, translation, translationLanguage);
        QVERIFY2(report.issues.isEmpty(), qPrintable(testsupport::describe(report)));
        QCOMPARE(report.score.score, 100.0);
        QCOMPARE(report.originalLanguage, originalLanguage);
        QCOMPARE(report.translationLanguage, translationLanguage);
    }

    void aMissingFirstSentenceIsAnOmission()
    {
        // Regression: counting the words of a sentence that starts at the text's first token read
        // before the token list (found by the harness deleting first sentences).
        const QaReport report = testsupport::checkPair(
            "Mulher de 35 anos com febre e tosse há uma semana. A radiografia mostrou pneumonia. Recuperou.",
            "pt", "The chest X-ray showed pneumonia. She recovered.", "en");
        const QList<QaIssue> omitted = testsupport::issuesOf(report, IssueType::Omission);
        QVERIFY2(omitted.size() == 1, qPrintable(testsupport::describe(report)));
        QCOMPARE(omitted.first().original.start, 0);
    }

    void spansCountCodePoints()
    {
        // An emoji (two UTF-16 units, one code point) before the issue shifts UTF-16 offsets, not
        // code points.
        const QString translation = QStringLiteral("🙂 Creatinine was 0.08 mg/dL.");
        const QaReport report =
            testsupport::checker().check(QStringLiteral("🙂 A creatinina era 0,80 mg/dL."),
                                         QStringLiteral("pt"), translation, QStringLiteral("en"));
        const QList<QaIssue> values = testsupport::issuesOf(report, IssueType::Value);
        QVERIFY2(values.size() == 1, qPrintable(testsupport::describe(report)));
        const QList<uint> points = translation.toUcs4();
        QString spanned;
        for (int i = values.first().translation.start; i < values.first().translation.end; ++i)
            spanned += QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 1);
        QCOMPARE(spanned, QStringLiteral("0.08 mg/dL"));
        QCOMPARE(values.first().translation.start, 17);
    }

    void oneLostNegationIsOneIssue()
    {
        // "sem febre, tosse ou dispneia" → "with fever, cough or dyspnoea": one cue lost, one issue.
        const QaReport report = testsupport::checkPair("Doente sem febre, tosse ou dispneia.", "pt",
                                                       "Patient with fever, cough or dyspnoea.", "en");
        QCOMPARE(testsupport::issuesOf(report, IssueType::Polarity).size(), 1);
    }

    void issuesAreInReadingOrder()
    {
        const QaReport report =
            testsupport::checkPair("Derrame pleural esquerdo. A creatinina era 0,80 mg/dL.", "pt",
                                   "Right pleural effusion. Creatinine was 0.08 mg/dL.", "en");
        QCOMPARE(report.issues.size(), 2);
        QCOMPARE(report.issues[0].type, IssueType::Laterality);
        QCOMPARE(report.issues[1].type, IssueType::Value);
    }
};

QTEST_GUILESS_MAIN(TestTranslationChecker)
#include "tst_translationchecker.moc"
