// ConText: negation (with pseudo-triggers and termination), uncertainty, history, hypothesis
// and experiencer, in Portuguese, Spanish and English, with the shipped trigger lists; and the
// scope rules on the fixture triggers.

#include "FindingsTestSupport.h"
#include "findings/ContextAnalyzer.h"

#include <QTest>

using namespace caselens;
using namespace caselens::findings;

namespace {

// "negated uncertain historical hypothetical other" -> attributes; "-" for none.
ContextAttributes expected(const QString& flags)
{
    ContextAttributes attributes;
    attributes.negated = flags.contains(QLatin1String("negated"));
    attributes.uncertain = flags.contains(QLatin1String("uncertain"));
    attributes.historical = flags.contains(QLatin1String("historical"));
    attributes.hypothetical = flags.contains(QLatin1String("hypothetical"));
    attributes.experiencer =
        flags.contains(QLatin1String("other")) ? Experiencer::Other : Experiencer::Patient;
    return attributes;
}

QString describe(const ContextAttributes& a)
{
    QStringList flags;
    if (a.negated)
        flags << QStringLiteral("negated");
    if (a.uncertain)
        flags << QStringLiteral("uncertain");
    if (a.historical)
        flags << QStringLiteral("historical");
    if (a.hypothetical)
        flags << QStringLiteral("hypothetical");
    if (a.experiencer == Experiencer::Other)
        flags << QStringLiteral("other");
    return flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(' '));
}

void addRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("flags");
}

void check(const ContextAnalyzer& analyzer)
{
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, target);
    QFETCH(QString, flags);
    const auto start = static_cast<int>(sentence.indexOf(target));
    QVERIFY(start >= 0);
    const ContextAttributes got =
        analyzer.analyze(sentence, start, start + static_cast<int>(target.size()), language);
    QCOMPARE(describe(got), describe(expected(flags)));
}

} // namespace

class TestContextAnalyzer : public QObject {
    Q_OBJECT
private slots:
    void shippedTriggers_data()
    {
        addRows();
        // English
        QTest::newRow("en negation") << "en"
                                     << "No fever."
                                     << "fever"
                                     << "negated";
        QTest::newRow("en termination") << "en"
                                        << "Patient denies chest pain but reports dyspnea."
                                        << "dyspnea"
                                        << "-";
        QTest::newRow("en before termination") << "en"
                                               << "Patient denies chest pain but reports dyspnea."
                                               << "chest pain"
                                               << "negated";
        QTest::newRow("en pseudo gram-negative") << "en"
                                                 << "Gram-negative bacilli were isolated."
                                                 << "bacilli"
                                                 << "-";
        QTest::newRow("en pseudo no change") << "en"
                                             << "No change in the lesion."
                                             << "lesion"
                                             << "-";
        QTest::newRow("en backward") << "en"
                                     << "Pneumonia was ruled out."
                                     << "Pneumonia"
                                     << "negated";
        QTest::newRow("en colon") << "en"
                                  << "Neurological: no AR focality: MVC."
                                  << "focality"
                                  << "negated";
        QTest::newRow("en uncertainty") << "en"
                                        << "Possible pneumonia."
                                        << "pneumonia"
                                        << "uncertain";
        QTest::newRow("en history") << "en"
                                    << "History of diabetes."
                                    << "diabetes"
                                    << "historical";
        QTest::newRow("en family") << "en"
                                   << "His mother had breast cancer."
                                   << "breast cancer"
                                   << "other";
        // Portuguese
        QTest::newRow("pt negation") << "pt"
                                     << "Sem febre."
                                     << "febre"
                                     << "negated";
        QTest::newRow("pt verb negation") << "pt"
                                          << "Não apresenta febre."
                                          << "febre"
                                          << "negated";
        QTest::newRow("pt termination") << "pt"
                                        << "Doente sem febre, mas com tosse."
                                        << "tosse"
                                        << "-";
        QTest::newRow("pt pseudo") << "pt"
                                   << "Exame neurológico sem alterações na marcha."
                                   << "marcha"
                                   << "-";
        // "ausência dos" (de + os): the contraction must negate like "ausência de" (found by the
        // translation check, where "absence of adverse effects such as bleeding" drifted).
        QTest::newRow("pt negation contracted") << "pt"
                                                << "Ausência dos efeitos adversos e de sangramento."
                                                << "sangramento"
                                                << "negated";
        QTest::newRow("pt pseudo no data of interest") << "pt"
                                                       << "Raio-X: sem dados de interesse TAC com efusão."
                                                       << "TAC"
                                                       << "-";
        QTest::newRow("en pseudo no data of interest") << "en"
                                                       << "X-ray: no data of interest CT scan with effusion."
                                                       << "CT scan"
                                                       << "-";
        QTest::newRow("pt backward") << "pt"
                                     << "Hemoculturas negativas."
                                     << "Hemoculturas"
                                     << "negated";
        QTest::newRow("pt uncertainty") << "pt"
                                        << "Imagem sugestiva de espondilodiscite."
                                        << "espondilodiscite"
                                        << "uncertain";
        QTest::newRow("pt compatible") << "pt"
                                       << "Compatível com pneumonia."
                                       << "pneumonia"
                                       << "uncertain";
        QTest::newRow("pt history") << "pt"
                                    << "Antecedentes de hipertensão arterial."
                                    << "hipertensão arterial"
                                    << "historical";
        QTest::newRow("pt family") << "pt"
                                   << "Mãe com diabetes."
                                   << "diabetes"
                                   << "other";
        // Spanish
        QTest::newRow("es negation") << "es"
                                     << "Sin fiebre."
                                     << "fiebre"
                                     << "negated";
        QTest::newRow("es termination") << "es"
                                        << "Paciente sin fiebre pero con tos."
                                        << "tos"
                                        << "-";
        QTest::newRow("es pseudo") << "es"
                                   << "No sólo fiebre sino también tos."
                                   << "fiebre"
                                   << "-";
        QTest::newRow("es backward") << "es"
                                     << "Tuberculosis descartada."
                                     << "Tuberculosis"
                                     << "negated";
        QTest::newRow("es uncertainty") << "es"
                                        << "Hallazgos compatibles con neumonía."
                                        << "neumonía"
                                        << "uncertain";
        QTest::newRow("es suspicion") << "es"
                                      << "Sospecha de endocarditis."
                                      << "endocarditis"
                                      << "uncertain";
        QTest::newRow("es history") << "es"
                                    << "Antecedentes de hipertensión arterial."
                                    << "hipertensión arterial"
                                    << "historical";
        QTest::newRow("es family") << "es"
                                   << "Padre con diabetes."
                                   << "diabetes"
                                   << "other";
    }
    void shippedTriggers() { check(ContextAnalyzer(CompiledLexicons::shared())); }

    void scopeRules_data()
    {
        addRows();
        QTest::newRow("forward") << "en"
                                 << "No fever."
                                 << "fever"
                                 << "negated";
        QTest::newRow("not backward for a forward trigger") << "en"
                                                            << "Fever no."
                                                            << "Fever"
                                                            << "-";
        QTest::newRow("backward") << "en"
                                  << "Sepsis ruled out."
                                  << "Sepsis"
                                  << "negated";
        QTest::newRow("termination") << "en"
                                     << "No fever but pain."
                                     << "pain"
                                     << "-";
        QTest::newRow("pseudo") << "en"
                                << "Gram-negative rods."
                                << "rods"
                                << "-";
        QTest::newRow("pseudo beats an overlapping trigger") << "en"
                                                             << "No change: fever."
                                                             << "fever"
                                                             << "-";
        QTest::newRow("colon touching a backward trigger") << "en"
                                                           << "Fever: no."
                                                           << "Fever"
                                                           << "negated";
        QTest::newRow("colon inside the scope") << "en"
                                                << "No history: fever."
                                                << "fever"
                                                << "-";
        QTest::newRow("semicolon") << "en"
                                   << "No cough; fever."
                                   << "fever"
                                   << "-";
        QTest::newRow("within the window") << "en"
                                           << "No fever, cough, rash, pain or nausea."
                                           << "nausea"
                                           << "negated";
        QTest::newRow("beyond the window")
            << "en"
            << "No problems in the last years of his long life with much fever."
            << "fever"
            << "-";
        QTest::newRow("other sentence") << "en"
                                        << "No cough. Fever."
                                        << "Fever"
                                        << "-";
        QTest::newRow("trigger inside the target") << "en"
                                                   << "no fever"
                                                   << "no fever"
                                                   << "-";
        QTest::newRow("several attributes") << "en"
                                            << "His mother had no history of possible fever."
                                            << "fever"
                                            << "negated uncertain historical other";
        QTest::newRow("hypothetical") << "en"
                                      << "Return if fever."
                                      << "fever"
                                      << "hypothetical";
        QTest::newRow("pt") << "pt"
                            << "Sem alterações, com febre."
                            << "febre"
                            << "-";
        QTest::newRow("es") << "es"
                            << "Imagen compatible con neumonía."
                            << "neumonía"
                            << "uncertain";
    }
    void scopeRules() { check(ContextAnalyzer(testsupport::fixtureLexicons())); }

    void engineAppliesContextToFindings()
    {
        const ExtractionResult result = testsupport::fixtureEngine()->extract(
            QStringLiteral("No fever but abdominal pain. His mother had septic shock. No cough, BP 80/50."),
            QStringLiteral("en"));
        const Finding* fever =
            testsupport::findingOf(result, FindingCategory::Symptom, QStringLiteral("fever"));
        QVERIFY(fever && fever->negated);
        QVERIFY(!testsupport::findingOf(result, FindingCategory::Symptom, QStringLiteral("abdominal pain"))
                     ->negated);
        QCOMPARE(testsupport::findingOf(result, FindingCategory::Diagnosis, QStringLiteral("septic shock"))
                     ->experiencer,
                 Experiencer::Other);
        // A measured value is never "negated" by a trigger that follows it.
        QVERIFY(
            !testsupport::findingOf(result, FindingCategory::VitalSign, QStringLiteral("BP 80/50"))->negated);
    }
};

QTEST_GUILESS_MAIN(TestContextAnalyzer)
#include "tst_contextanalyzer.moc"
