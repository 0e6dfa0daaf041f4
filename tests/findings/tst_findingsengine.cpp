// The engine end to end on the fixture lexicons: code-point offsets, terms, ages, durations,
// vertebral levels, user terms, concept lookup, language guessing and thread safety.

#include "FindingsTestSupport.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace caselens;

Q_DECLARE_METATYPE(caselens::FindingCategory)

class TestFindingsEngine : public QObject {
    Q_OBJECT
private slots:
    void offsetsCountCodePoints()
    {
        // U+1F600 is two UTF-16 units but one code point, as brat counts.
        const QString text = QStringLiteral("\U0001F600 ceftriaxone \U0001F600\U0001F600 septic shock");
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, QStringLiteral("en"));
        QCOMPARE(result.findings.size(), 2);
        const QList<uint> points = text.toUcs4();
        for (const Finding& finding : result.findings) {
            QString spanned;
            for (int i = finding.start; i < finding.end; ++i)
                spanned += QString::fromUcs4(reinterpret_cast<const char32_t*>(&points[i]), 1);
            QCOMPARE(spanned, finding.text);
        }
        QCOMPARE(result.findings[0].start, 2);
        QCOMPARE(result.findings[0].end, 13);
        QCOMPARE(result.findings[1].start, 17);
        QCOMPARE(result.sentences.first().start, 0);
        QCOMPARE(result.sentences.last().end, static_cast<int>(points.size()));
    }

    void terms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "category:text|..."
        QTest::newRow("longest match") << "pt"
                                       << "Choque séptico."
                                       << "diagnosis:Choque séptico";
        QTest::newRow("case and accents") << "pt"
                                          << "CHOQUE SEPTICO"
                                          << "diagnosis:CHOQUE SEPTICO";
        QTest::newRow("whole words") << "en"
                                     << "Painful, feverish."
                                     << "";
        QTest::newRow("anatomy inside a symptom") << "en"
                                                  << "Abdominal pain."
                                                  << "symptom:Abdominal pain|anatomy:Abdominal";
        QTest::newRow("abbreviation as written") << "en"
                                                 << "AS was found as expected."
                                                 << "diagnosis:AS";
        QTest::newRow("organism with a dot") << "en"
                                             << "E. coli grew."
                                             << "organism:E. coli";
        QTest::newRow("misspelling is not a drug") << "pt"
                                                   << "ceftriaxona e cloxaciclina"
                                                   << "medication:ceftriaxona";
        QTest::newRow("age and sex") << "en"
                                     << "A 47-year-old man."
                                     << "age:47-year-old|sex:man";
        // U+2010 hyphens, as some journals print them (a regression while refactoring symbols).
        QTest::newRow("age with Unicode hyphens") << "en"
                                                  << "A 47\u2010year\u2010old man."
                                                  << "age:47\u2010year\u2010old|sex:man";
        QTest::newRow("pt age") << "pt"
                                << "Um homem de 47 anos."
                                << "sex:homem|age:47 anos";
        QTest::newRow("pt duration is not an age") << "pt"
                                                   << "Dor de 2 anos de evolução."
                                                   << "time:2 anos";
        QTest::newRow("es age with person") << "es"
                                            << "Paciente de 13 años."
                                            << "age:13 años";
        QTest::newRow("es age") << "es"
                                << "Varón de 76 años."
                                << "age:76 años";
        QTest::newRow("age at an event") << "en"
                                         << "Diagnosed at 42 years of age, worse since age 5."
                                         << "time:42 years of age|time:5";
        QTest::newRow("pt age at an event") << "pt"
                                            << "Diagnosticado aos 42 anos, doente até os 16 anos de idade."
                                            << "time:42 anos|time:16 anos de idade";
        QTest::newRow("es age at an event") << "es"
                                            << "Diagnosticado a los 42 años."
                                            << "time:42 años";
        QTest::newRow("durations") << "en"
                                   << "Fever for 3 days, two weeks ago."
                                   << "symptom:Fever|time:3 days|time:two weeks ago";
        QTest::newRow("pt durations") << "pt"
                                      << "Há 2 semanas, e 10 dias antes."
                                      << "time:Há 2 semanas|time:10 dias antes";
        QTest::newRow("frequency is not a duration") << "en"
                                                     << "Ceftriaxone twice a day."
                                                     << "medication:Ceftriaxone";
        QTest::newRow("abbreviated units are lower case") << "en"
                                                          << "2D echo for 24 h."
                                                          << "time:24 h";
        QTest::newRow("day of the course") << "es"
                                           << "El día 5 mejoró."
                                           << "time:día 5";
        QTest::newRow("dates") << "en"
                               << "Seen on 12/03/2009 and in 2010."
                               << "time:12/03/2009|time:2010";
        QTest::newRow("vertebral levels") << "en"
                                          << "Disc L5-S1 and T12, D12."
                                          << "anatomy:L5-S1|anatomy:T12|anatomy:D12";
        QTest::newRow("MRI sequence is not a level") << "en"
                                                     << "T2-weighted images."
                                                     << "";
    }
    void terms()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ExtractionResult result = testsupport::fixtureEngine()->extract(text, language);
        QStringList got;
        for (const Finding& finding : result.findings)
            got.append(toKey(finding.category) + QLatin1Char(':') + finding.text);
        QCOMPARE(got.join(QLatin1Char('|')), expected);
    }

    void conceptsAndCodes()
    {
        const auto engine = testsupport::fixtureEngine();
        const ExtractionResult pt = engine->extract(QStringLiteral("ceftriaxona"), QStringLiteral("pt"));
        const ExtractionResult en = engine->extract(QStringLiteral("ceftriaxone"), QStringLiteral("en"));
        QCOMPARE(pt.findings.first().conceptId, en.findings.first().conceptId);
        QCOMPARE(pt.findings.first().code, QStringLiteral("DB01212"));
        QCOMPARE(engine->extract(QStringLiteral("septic shock"), QStringLiteral("en")).findings.first().code,
                 QStringLiteral("R57.2"));
        // Language-independent concepts: "PCR" (es) and "CRP" (en) are C-reactive protein.
        QCOMPARE(engine->conceptsOf(QStringLiteral("PCR"), QStringLiteral("es")),
                 QStringList{QStringLiteral("cl:crp")});
        QCOMPARE(engine->conceptsOf(QStringLiteral("CRP"), QStringLiteral("en")),
                 QStringList{QStringLiteral("cl:crp")});
        QCOMPARE(engine->conceptsOf(QStringLiteral("crp"), QStringLiteral("en")),
                 QStringList{}); // case-sensitive name
        QCOMPARE(engine->conceptsOf(QStringLiteral("Ceftriaxona"), QStringLiteral("es")),
                 QStringList{QStringLiteral("drugbank:DB01212")});
        const auto described = engine->describeConcept(QStringLiteral("icd10:R57.2"));
        QVERIFY(described);
        QCOMPARE(described->names.value(QStringLiteral("pt")), QStringList{QStringLiteral("choque séptico")});
    }

    void userTermsWinAndDoNotChangeTheOriginal()
    {
        const auto engine = testsupport::fixtureEngine();
        UserTerm mine;
        mine.language = QStringLiteral("pt");
        mine.term = QStringLiteral("choque séptico refratário");
        mine.category = FindingCategory::Diagnosis;
        mine.conceptId = QStringLiteral("user:refractory_septic_shock");
        UserTerm same;
        same.language = QStringLiteral("*");
        same.term = QStringLiteral("ceftriaxona");
        same.category = FindingCategory::Medication;
        same.conceptId = QStringLiteral("user:my_ceftriaxone");
        const auto extended = engine->withUserTerms({mine, same});
        const QString text = QStringLiteral("Choque séptico refratário tratado com ceftriaxona.");
        const ExtractionResult before = engine->extract(text, QStringLiteral("pt"));
        const ExtractionResult after = extended->extract(text, QStringLiteral("pt"));
        QCOMPARE(before.findings.first().text, QStringLiteral("Choque séptico"));
        QCOMPARE(after.findings.first().text, QStringLiteral("Choque séptico refratário"));
        QCOMPARE(after.findings.first().conceptId, QStringLiteral("user:refractory_septic_shock"));
        QCOMPARE(after.findings.last().conceptId, QStringLiteral("user:my_ceftriaxone"));
        QVERIFY(extended->describeConcept(QStringLiteral("user:refractory_septic_shock")));
    }

    void guessesTheLanguage()
    {
        const ExtractionResult result = testsupport::fixtureEngine()->extract(
            QStringLiteral("O doente não tinha febre e foi tratado com ceftriaxona em casa."),
            QStringLiteral("auto"));
        QCOMPARE(result.language, QStringLiteral("pt"));
        QCOMPARE(result.findings.size(), 1);
    }

    void extractsFromManyThreadsAlike()
    {
        const auto engine = testsupport::fixtureEngine();
        const QString text =
            QStringLiteral("A 47-year-old man with septic shock. Leukocytes 27,400/mm3. No fever. BP 80/50.");
        const ExtractionResult reference = engine->extract(text, QStringLiteral("en"));
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 200; ++round) {
                    const ExtractionResult result = engine->extract(text, QStringLiteral("en"));
                    if (result.findings.size() != reference.findings.size())
                        ++mismatches[static_cast<std::size_t>(t)];
                    else
                        for (qsizetype i = 0; i < result.findings.size(); ++i)
                            if (result.findings[i].text != reference.findings[i].text ||
                                result.findings[i].negated != reference.findings[i].negated)
                                ++mismatches[static_cast<std::size_t>(t)];
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
        QCOMPARE(reference.findings.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestFindingsEngine)
#include "tst_findingsengine.moc"
